""" "The US will press its campaign, which includes airstrikes on Raqqa, Carter said, and ...":
a saying set in the middle of the sentence, after a relative clause or a noun of the fact's
clause, makes the fact its speaker's word, as it does for the clause it hangs on."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ("The United States will press its campaign, which includes airstrikes on Raqqa, Carter "
            "said, and will not work with Russia."),
            "P_ASH_CARTER",
        ),
        (
            ("The coalition kept up its support for Kurdish fighters, who seized the Tishrin dam last "
            "week, the Pentagon said, and will keep it up."),
            "USA_DOD",
        ),
        (
            ("Iraqi troops pressed their offensive, which began with the recapture of Rutba, the army "
            "said on Monday, and are now closing in on Qaim."),
            "IRQ_MIL",
        ),
    ],
)
def test_a_fact_in_a_clause_before_a_set_in_saying_is_the_speakers(text: str, speaker: str) -> None:
    result = extract(text, PUBLISHED)
    deeds = [*result.control_changes, *(e for e in result.events if e.type == "ASSAULT")]
    assert deeds, text
    assert all(d.claim.certainty == "attributed" for d in deeds), [d.claim for d in deeds]
    assert all(d.claim.attributed_to == speaker for d in deeds), [d.claim for d in deeds]


def test_a_fact_told_after_the_saying_in_its_own_clause_is_not_the_speakers() -> None:
    """The saying comes after what it reports: a deed told after it, hung under the same
    clause, is not taken as the speaker's by the set-in saying."""
    text = "Kurdish fighters seized the Tishrin dam on Monday, a commander said, and Iraqi troops then stormed Rutba."
    result = extract(text, PUBLISHED)
    later = [c for c in result.control_changes if c.place_text == "Rutba"]
    assert later and all(c.claim.certainty == "asserted" for c in later), [c.claim for c in later]
