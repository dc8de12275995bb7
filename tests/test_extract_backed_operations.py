"""An operation said to be backed by someone is backed for the side that carries it out.

"The offensive was backed by Russian warplanes": the "by" of a backing verb names the
backer, not the operation's doer (only a verb of doing, "the campaign was launched by X",
names its doer, extract/operations.py ``doer_in_phrase``), so the doer of the operation
told before is the one backed. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 20)
SDF_LEAD = (
    "Kurdish-led fighters of the Syrian Democratic Forces opened an assault on Manbij, "
    "held by the Islamic State, in June 2016."
)
ARMY_LEAD = "Government troops began a drive to retake Palmyra from the Islamic State in March 2016."


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (f"{SDF_LEAD} The operation was aided by American special forces.", ("USA_MIL", "SDF")),
        (f"{ARMY_LEAD} The drive was supported by Russia.", ("RUS", "SYR_MIL")),
        (f"{ARMY_LEAD} The offensive was backed by Russian warplanes.", ("RUS_AIRFORCE", "SYR_MIL")),
        (
            f"{ARMY_LEAD} The push was backed by Moscow and Tehran, state media said.",
            ("IRN", "SYR_MIL"),
        ),
    ],
)
def test_the_backer_of_an_operation_backs_its_doer(
    relations_found: Any, text: str, tie: tuple[str, str]
) -> None:
    ties = relations_found(text, PUBLISHED)
    assert any(k == "backs" and (s, t) == tie for k, s, t, _c in ties), ties


def test_backers_of_one_operation_do_not_back_each_other(relations_found: Any) -> None:
    text = f"{ARMY_LEAD} The offensive was backed by Russian warplanes and Iranian advisers."
    ties = relations_found(text, PUBLISHED)
    assert ("backs", "IRN_MIL", "SYR_MIL", "asserted") in ties, ties
    assert not any(k == "backs" and t == "RUS_AIRFORCE" for k, _s, t, _c in ties), ties


def test_an_operation_launched_by_a_side_is_that_sides(relations_found: Any) -> None:
    text = f"{ARMY_LEAD} A second offensive was launched by the Syrian army near Homs in May."
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "backs" for k, _s, _t, _c in ties), ties


def test_the_owner_of_the_means_hung_on_the_participle_backs(relations_found: Any) -> None:
    """ "was supported by air raids and artillery from the coalition": the parser hangs the
    owner's "from" on the participle, not on the means (verbalbacking.agent_actor)."""
    text = (
        "The Syrian Democratic Forces launched the battle for Tabqa against the Islamic State "
        "in 2017. The battle opened on 3 May, and was supported by air raids and artillery "
        "from the US-led coalition."
    )
    ties = relations_found(text, PUBLISHED)
    assert ("backs", "US_COALITION", "SDF", "asserted") in ties, ties


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "The SDF push on Hajin is supported by coalition rocket fire, and sorties by "
                "the Iraqi air force."
            ),
            ("IRQ_AIRFORCE", "SDF"),
        ),
        (
            (
                "Backed by Russian jets and raids by the Syrian air force, Hezbollah "
                "fighters stormed the hill."
            ),
            ("SYR_AIRFORCE", "HEZBOLLAH"),
        ),
    ],
)
def test_a_second_means_names_a_second_backer(
    relations_found: Any, text: str, second: tuple[str, str]
) -> None:
    """A second "by" the parser hangs on the verb, or a means joined to the verb, names a
    backer of the same side (verbalbacking._second_agents), never an enemy of it."""
    ties = relations_found(text, PUBLISHED)
    assert any(k == "backs" and (s, t) == second for k, s, t, _c in ties), ties
    assert not any(k == "fights" and s == second[0] for k, s, _t, _c in ties), ties
