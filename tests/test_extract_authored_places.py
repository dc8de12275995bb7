"""A capital named as the author of a thing said or proposed ("a demand from Tehran", "the
offer by Damascus") is no place of the act that answers it (extract/placeparties.py).
Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import extract


def _placed(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.place_text) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "kind", "author"),
    [
        ("Kurdish leaders rejected a proposal from Ankara for a buffer zone.", "REJECT", "Ankara"),
        ("The rebels welcomed the offer by Damascus to open a corridor.", "SUPPORT", "Damascus"),
        ("Israel rejected a demand from Tehran to halt the strikes.", "REJECT", "Tehran"),
        ("Washington condemned the decision by Moscow to send more troops.", "ACCUSE", "Moscow"),
    ],
)
def test_the_author_of_a_proposal_is_not_where_it_was_answered(text: str, kind: str, author: str) -> None:
    found = [place for k, place in _placed(text) if k == kind]
    assert found and author not in found, _placed(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government troops withdrew from Aleppo on Monday.", "Aleppo"),
        ("Rockets fired from Idlib struck a village near Hama.", "Hama"),
        ("Hezbollah fighters were attacked by drones near Damascus.", "Damascus"),
    ],
)
def test_places_after_from_or_by_still_place_acts(text: str, place: str) -> None:
    assert any(p == place for _, p in _placed(text)), _placed(text)
