"""A siege another side laid, broken or lifted (extract/brokensieges.py): the siege is the
deed of the side that laid it (a COERCE at the town), and lifting it is no retreat of the
side that broke it; a side lifting its own siege still withdraws, and a siege with no owner
named ("broke the siege of T") tells no act of its own; a siege lifted in the passive names no
side that withdrew. The side a siege was "laid" or "enforced" by did it (events.yaml
``carrier_verbs``)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 2, 10)


def acts(text: str) -> set[tuple[str, str, str]]:
    """(type, doer, place) of the events stored as fact."""
    return {
        (e.type, e.source_actor, e.place_text or "")
        for e in extract(text, PUBLISHED).events
        if e.claim.certainty in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "owner", "place"),
    [
        ("Troops broke the rebels' siege of Kobani on Tuesday.", "GEN_REBELS", "Kobani"),
        (
            (
                "Government forces lifted the Islamic State group's siege of Deir el-Zour, state"
                " media said."
            ),
            "ISIS",
            "Deir el-Zour",
        ),
        (
            (
                "Pro-government fighters on Monday broke the insurgents' siege of the towns of Fuah"
                " and Kefraya."
            ),
            "GEN_INSURGENTS",
            "Fuah",
        ),
    ],
)
def test_a_siege_broken_is_the_deed_of_whoever_laid_it(text: str, owner: str, place: str) -> None:
    found = acts(text)
    assert ("COERCE", owner, place) in found, found
    assert not any(kind == "RETREAT" for kind, _, _ in found), found


def test_lifting_a_siege_laid_by_another_side_is_no_retreat() -> None:
    found = acts("The army lifted the siege imposed by Islamic State militants on Deir el-Zour.")
    assert not any(kind == "RETREAT" for kind, _, _ in found), found


def test_a_side_lifting_its_own_siege_withdraws() -> None:
    found = acts("The rebels lifted their siege of Deir el-Zour on Tuesday.")
    assert ("RETREAT", "GEN_REBELS", "Deir el-Zour") in found, found


def test_a_siege_with_no_owner_named_tells_no_act() -> None:
    assert not any(
        kind == "COERCE"
        for kind, _, _ in acts("Troops broke the siege of Deir el-Zour on Tuesday.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The siege was lifted in February after a government offensive.",
        "The siege of the air base was broken by the army on Sunday.",
        "By March the blockade had been lifted, residents said.",
    ],
)
def test_a_siege_lifted_in_the_passive_names_no_side_that_withdrew(text: str) -> None:
    assert not any(kind == "RETREAT" for kind, _, _ in acts(text)), acts(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The siege of Kobani was laid by Islamic State fighters in September 2014.", "ISIS"),
        ("The siege, laid by government forces in 2013, starved thousands in Homs.", "SYR"),
        ("The blockade of the port, enforced by the Saudi-led coalition, caused shortages.", "SAUDI"),
    ],
)
def test_the_side_that_laid_or_enforced_a_siege_did_it(text: str, owner: str) -> None:
    doers = {doer for kind, doer, _ in acts(text) if kind == "COERCE"}
    assert any(d.startswith(owner) for d in doers), doers


def test_laying_mines_is_no_siege() -> None:
    assert not any(kind == "COERCE" for kind, _, _ in acts("Fighters laid mines around the town."))
