"""Guards found by the review of h-relcoord16 (our own sentences): owners of one force noun
that clash or are killed are not allies; a place's state adjective is not the enemy it is
taken from; a list that is the deed's object is not what a backer backs; one person named
twice is not two targets."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

DAY = dt.date(2016, 10, 20)


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in extract(text, DAY).relations}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish and Kurdish forces clashed near Manbij on Tuesday.",
        "Ugandan and South Sudanese soldiers killed each other in a border skirmish.",
        "Turkish and Kurdish soldiers were killed in the fighting near the border.",
    ],
)
def test_owners_that_clash_or_suffer_are_no_allies(text: str) -> None:
    assert not [t for t in _ties(text) if t[0] == "allied"], _ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi and Kurdish forces are battling to recapture the Iraqi city of Mosul.",
        "Iraqi and Kurdish units fought to retake the Iraqi town of Bashiqa from the militants.",
    ],
)
def test_a_places_state_is_not_the_enemy_it_is_taken_from(text: str) -> None:
    assert not [t for t in _ties(text) if t[0] == "fights" and "IRQ" in (t[1], t[2]) and "PESHMERGA" in (t[1], t[2])]


def test_an_object_list_is_not_what_a_backer_backs() -> None:
    ties = _ties("The Syrian army recaptured the town from ISIS and al-Nusra, backed by Russian air strikes.")
    assert not [t for t in ties if t[0] == "backs" and t[2] == "JABHAT_AL_NUSRA"], ties


def test_the_allies_of_a_shared_deed_stay() -> None:
    ties = _ties("Iraqi and Kurdish forces retook the town from Islamic State militants.")
    assert ("allied", "IRQ", "PESHMERGA") in ties or ("allied", "PESHMERGA", "IRQ") in ties, ties
