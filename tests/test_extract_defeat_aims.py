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
WITNESS = "The United States condemns the attack in Kirkuk. "


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


# an aim told as a purpose chain of any depth below a committing, continuing or supporting
# head ("stand prepared to assist in dismantling Y", "will keep backing the efforts to root
# out Y"), verbal, nominal or passive ("ensuring that Y is vanquished"); relations.yaml
# ``aim_verbs``
@pytest.mark.parametrize(
    ("text", "holder", "enemy"),
    [
        # verbal aims, two to four links below the head, "we" read as the issuer
        (WITNESS + "We stand prepared to assist in dismantling ISIS.", "USA", "ISIS"),
        (
            WITNESS + "We remain dedicated to working alongside our allies to eradicate Daesh.",
            "USA",
            "ISIS",
        ),
        (WITNESS + "We will keep backing the efforts to root out ISIS cells.", "USA", "ISIS"),
        (WITNESS + "We will continue to help defeat ISIS.", "USA", "ISIS"),
        (WITNESS + "We are determined to keep working to disrupt Daesh's networks.", "USA", "ISIS"),
        # a named issuer; nominal heads with the verb below them
        ("Turkey pursues its mission to eliminate the PKK.", "TUR", "PKK"),
        (
            "Britain is resolved to continue its campaign to neutralise the Islamic State.",
            "GBR",
            "ISIS",
        ),
        ("Turkey has pledged to keep up the operation to uproot the PKK.", "TUR", "PKK"),
        ("Britain stays committed to the mission of combating the Islamic State.", "GBR", "ISIS"),
        # passive aims: the enemy is the aim's passive subject
        ("Turkey is committed to ensuring that the PKK is vanquished.", "TUR", "PKK"),
        ("Britain remains determined to make sure the Islamic State is destroyed.", "GBR", "ISIS"),
        # coordinated aim verbs
        (
            WITNESS + "We remain committed to working to degrade and ultimately dismantle ISIS.",
            "USA",
            "ISIS",
        ),
    ],
)
def test_the_head_of_a_purpose_chain_fights_the_aims_enemy(
    text: str, holder: str, enemy: str
) -> None:
    assert frozenset((holder, enemy)) in fights(text, plain=True), fights(text)


@pytest.mark.parametrize(
    ("text", "side", "enemy"),
    [
        ("Iraqi officials celebrated the defeat of ISIS in Mosul.", "IRQ", "ISIS"),
        ("Russia opposes the destruction of the Assad government.", "RUS", "SYR_GOV"),
        ("Kurdish commanders said the defeat of ISIS in Raqqa was near.", "KRG", "ISIS"),
        ("Turkey mourned the defeat of the rebels in Aleppo.", "TUR", "SYR_REBELS"),
        # a denied or opposed link on a purpose chain
        ("Turkey is not committed to efforts to dismantle the PKK.", "TUR", "PKK"),
        ("Turkey rejects the campaign to root out the PKK.", "TUR", "PKK"),
        ("Britain refused to help dismantle the Islamic State.", "GBR", "ISIS"),
        ("Turkey condemned the campaign to eradicate the PKK.", "TUR", "PKK"),
        (
            "Britain remains committed to working without ever trying to crush the Islamic State.",
            "GBR",
            "ISIS",
        ),
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


def test_an_aim_held_by_another_side_stays_with_it() -> None:
    # "support Iraq's efforts": the effort's possessor holds the aim, met before the supporter
    found = fights("Britain supports Iraq's efforts to dismantle the Islamic State.")
    assert frozenset(("IRQ", "ISIS")) in found, found
