"""A change of hands one side claims and the other then denies is no fact (issue 13): "the
militants said they overran the post ... the army denied that the post had ever fallen"
stores the capture as negated. A denial told before the claim, or of another place, leaves
the claim as it was (sentences written for the tests). Found on the tune split: an
al-Shabaab claim of a Bay Region base, denied in the next paragraph, stored as attributed.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 1)


def capture_labels(text: str) -> list[str]:
    """The certainty of each capture the text is read to tell."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [c.claim.certainty for c in result.control_changes if c.kind == "capture"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Al-Shabaab said its fighters overran the Daynunay base on Monday, killing six "
            "soldiers. Army officers denied they had lost control of the base."
        ),
        (
            "Islamic State fighters claimed to have seized the airport of Tal Afar on Sunday. "
            "Iraqi commanders denied losing control of the airport."
        ),
        (
            "Rebels said they captured Morek after a night of fighting. A government "
            "spokesman denied that troops had lost control of Morek."
        ),
    ],
)
def test_a_claimed_capture_denied_afterwards_is_negated(text: str) -> None:
    assert capture_labels(text) == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Army officers denied on Sunday that they had lost control of Daynunay. On Monday "
            "al-Shabaab said its fighters overran Daynunay."
        ),
        "The army said it recaptured Morek on Friday. Rebels denied they had lost control of Kafr Zita.",
    ],
)
def test_a_denial_before_the_claim_or_of_another_place_leaves_it(text: str) -> None:
    assert capture_labels(text) == ["attributed"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured Saraqeb on Monday. The army said it had not yet recaptured Saraqeb.",
        "Islamic State fighters seized Ramadi in May. Iraqi forces have not retaken Ramadi, a spokesman said.",
    ],
)
def test_another_sides_change_not_yet_made_denies_no_capture(text: str) -> None:
    """ "Rebels captured T. The army has not yet recaptured T": the rebel capture stands."""
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    firsts = [c for c in found if c.kind == "capture" and c.claim.certainty != "negated"]
    assert len(firsts) == 1 and firsts[0].new_controller in ("GEN_REBELS", "ISIS")
