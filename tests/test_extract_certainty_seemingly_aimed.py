"""A deed whose aim only seems so (extract/seemings.py): "the raids seemed directed at rebel
posts", "the strikes appeared to target oil trucks": the target, and the tie drawn from
it, are an impression, so the fact is hedged. "The mortar attack appeared deliberate" and a
deed told plainly beside a verb of seeming stay facts. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)
PLAIN = {"asserted", "attributed"}


def _with_target(text: str) -> list[Any]:
    result = extract(text, PUBLISHED)
    events = [e for e in result.events if e.type == "ASSAULT" and e.target_actor]
    return events + [r for r in result.relations if r.kind == "fights"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian raids on Idlib seemed directed at rebel command posts rather than at Islamic State.",
        "The coalition raids appeared to target Islamic State oil trucks near Deir ez-Zor.",
        "Turkish shelling near Jarablus appears aimed at Kurdish fighters west of the Euphrates.",
        "Jets pounded Hama overnight, activists said.\n\nThe raids appear targeted on rebel depots.",
    ],
)
def test_a_deed_whose_target_only_seems_so_is_hedged(text: str) -> None:
    facts = _with_target(text)
    assert facts
    assert {f.claim.certainty for f in facts} == {"hedged"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck Free Syrian Army headquarters in Idlib; the strike appeared deliberate.",
        "Turkish troops shelled Kurdish fighters near Afrin after the militia appeared at the border.",
    ],
)
def test_a_deed_told_plainly_beside_a_verb_of_seeming_stays_a_fact(text: str) -> None:
    facts = _with_target(text)
    assert facts
    assert {f.claim.certainty for f in facts} <= PLAIN
