"""A denial pointing back to a claim told before reaches over a sentence that tells no claim
("Rebels said they shelled T. Fighting continued. The army denied the claims."), reads "the
claims of its involvement (in the attack)" as pointing back, and the object shared by "denied
and condemned the claims"; the denier's part in a deed is denied, not a tie named on the way
("Iranian-backed militias"), and a part in another deed ("in a separate attack in Basra")
points back to nothing (extract/deniedbefore.py, cues.yaml ``involvement_nouns``).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2021, 3, 1)


def _assaults_at(events_found: Any, text: str, place: str) -> list[str]:
    found = [
        e.claim.certainty
        for e in events_found(text, PUBLISHED)
        if e.type == "ASSAULT" and place in e.place_text
    ]
    assert found, f"no ASSAULT at {place} in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Iraqi officials blamed Iran for the rocket attack on the base in Erbil. "
                "Iranian authorities denied the claims of its involvement in the attack."
            ),
            "Erbil",
        ),
        (
            (
                "Kurdish officials blamed Iran for the drone attack on Erbil airport. "
                "Tehran rejected the allegations of its involvement in the attack."
            ),
            "Erbil",
        ),
        (
            (
                "Rebels said they had shelled the army base near Hama. Fighting continued in "
                "the area. The army denied the claims."
            ),
            "Hama",
        ),
        (
            (
                "Iraqi officials blamed Iran for the rocket attack on the base in Erbil. Oil prices "
                "rose sharply on Monday. Iranian authorities denied and condemned the claims."
            ),
            "Erbil",
        ),
    ],
)
def test_a_denial_pointing_back_negates_the_claimed_deed(
    events_found: Any, text: str, place: str
) -> None:
    assert _assaults_at(events_found, text, place) == ["negated"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # a part in another deed is no claim told before
            (
                "Iraqi officials blamed Iran for the rocket attack on the base in Erbil. "
                "Iranian authorities denied the claims of its involvement in a separate attack in Basra."
            ),
            "Erbil",
        ),
        (  # the nearest claim is the one denied
            (
                "Rebels said they had shelled the army base near Hama. Activists said government "
                "jets bombed a market in Idlib. The army denied the claims."
            ),
            "Hama",
        ),
    ],
)
def test_a_claim_the_denial_does_not_reach_stays_attributed(
    events_found: Any, text: str, place: str
) -> None:
    assert _assaults_at(events_found, text, place) == ["attributed"]


def test_a_tie_named_on_the_way_is_not_the_denied_part(events_found: Any) -> None:
    from frontwatch.pipeline import process_texts

    text = (
        "Kurdish officials blamed Iran and Iranian-backed militias for the drone attack on "
        "Erbil airport. Tehran rejected the allegations of its involvement in the attack."
    )
    result = process_texts([text], dates=[PUBLISHED])[0]
    backing = [r for r in result.relations if r.kind == "backs" and r.source_actor == "IRN"]
    assert backing and all(r.claim.certainty != "negated" for r in backing), backing
    assert _assaults_at(events_found, text, "Erbil") == ["negated"]
