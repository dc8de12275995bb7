"""A side's aim told as its enemy's defeat ("committed to the defeat of Y", "the goal of
defeating Y", "our efforts to ensure the destruction of Y"): the aim's holder fights Y,
found through the words of an aim only (extract/defeataims.py, relations.yaml
``defeat_nouns``, ``aim_chain_words``); a statement's "we" is its issuer. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2018, 5, 2)
OPENING = "The United States condemns the bombing in Tikrit. "


def fights(text: str, *, plain: bool = False) -> set[frozenset[str]]:
    """The pairs the text's fights ties join; ``plain``: only those told as fact."""
    return {
        frozenset((r.source_actor, r.target_actor))
        for r in extract(text, PUBLISHED).relations
        if r.kind == "fights" and (not plain or r.claim.certainty in ("asserted", "attributed"))
    }


@pytest.mark.parametrize(
    ("text", "holder", "enemy"),
    [
        (
            OPENING + "We remain committed to our efforts to ensure the lasting defeat of ISIL.",
            "USA",
            "ISIS",
        ),
        (
            OPENING + "We urge restraint in Syria and support the shared goal of defeating Daesh.",
            "USA",
            "ISIS",
        ),
        (OPENING + "We are determined to see the destruction of Daesh.", "USA", "ISIS"),
        ("Britain remains committed to the defeat of the Islamic State.", "GBR", "ISIS"),
        ("Turkey reaffirmed its commitment to the defeat of the PKK.", "TUR", "PKK"),
        ("Turkey has renewed its pledge to work for the elimination of the PKK.", "TUR", "PKK"),
    ],
)
def test_the_holder_of_an_aim_of_defeat_fights_the_enemy(
    text: str, holder: str, enemy: str
) -> None:
    # a stance held now: the fight is a fact, not the aim's hypothetical
    assert frozenset((holder, enemy)) in fights(text, plain=True), fights(text)


@pytest.mark.parametrize(
    ("text", "side", "enemy"),
    [
        ("Iraqi officials celebrated the defeat of ISIS in Mosul.", "IRQ", "ISIS"),
        ("Russia opposes the destruction of the Assad government.", "RUS", "SYR_GOV"),
        ("Kurdish commanders said the defeat of ISIS in Raqqa was near.", "KRG", "ISIS"),
        ("Turkey mourned the defeat of the rebels in Aleppo.", "TUR", "SYR_REBELS"),
    ],
)
def test_a_defeat_told_by_other_words_is_no_aim(text: str, side: str, enemy: str) -> None:
    assert not any(
        any(a.startswith(side) for a in pair) and any(b.startswith(enemy) for b in pair)
        for pair in fights(text)
    ), fights(text)


def test_a_defeat_the_aim_is_to_prevent_is_no_fight() -> None:
    text = OPENING + "We are committed to preventing the defeat of the Iraqi army."
    assert frozenset(("USA", "IRQ_MIL")) not in fights(text), fights(text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain may soon commit to the defeat of the Islamic State.",
        "Britain said it could make the destruction of the Islamic State its goal if attacked.",
    ],
)
def test_a_stance_only_planned_is_no_fact(text: str) -> None:
    assert frozenset(("GBR", "ISIS")) not in fights(text, plain=True), fights(text)
