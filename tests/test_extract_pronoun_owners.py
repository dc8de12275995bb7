"""Whose allies "its allies" are when no name is joined to the role noun
(extract/rolenouns.pronoun_owner): the doer of the clause the noun is an object in ("Moscow
stood behind its ally Assad"), or, when the noun is the subject of its sentence, the
subject of the sentence before ("The army retook the town. Its allies Russia and Iran sent
advisers"). A name the parser did not hang on the noun still holds the role
(enmity._named_next). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 10, 20)
PLAIN = ("asserted", "attributed")


def _top(actor: str) -> str:
    """A state's organs stand for it (SYR_MIL is SYR); a leader for his state here."""
    if actor == "P_BASHAR_AL_ASSAD":
        return "SYR"
    head = actor.split("_")[0]
    return head if len(head) == 3 and head.isupper() and not actor.startswith("GEN_") else actor


def _ties(found: set[tuple[str, str, str, str]]) -> set[tuple[str, frozenset[str]]]:
    return {(k, frozenset((_top(a), _top(b)))) for k, a, b, c in found if c in PLAIN}


OWNED_BY_PRONOUN = [
    (
        (
            "The Syrian army recaptured the town of Palmyra on Sunday. Its allies Russia and Iran "
            "sent more advisers to the desert front."
        ),
        [("allied", "RUS", "SYR"), ("allied", "IRN", "SYR")],
    ),
    (
        "Moscow has stood firmly behind its ally Bashar al-Assad since the war began.",
        [("allied", "RUS", "SYR")],
    ),
    (
        "The Syrian government leans heavily on its Russian and Iranian allies for air power.",
        [("allied", "RUS", "SYR"), ("allied", "IRN", "SYR")],
    ),
    (
        "Tehran praised its proxy Kataib Hezbollah for the rocket attack on the embassy.",
        [("backs", "IRN", "KATAIB_HEZBOLLAH")],
    ),
]


@pytest.mark.parametrize(("text", "ties"), OWNED_BY_PRONOUN)
def test_its_role_noun_is_owned_by_the_side_its_stands_for(
    text: str, ties: list[tuple[str, str, str]], relations_found: Any
) -> None:
    found = _ties(relations_found(text, PUBLISHED))
    for kind, a, b in ties:
        assert (kind, frozenset((a, b))) in found, (kind, a, b, found)


def test_its_allies_first_in_an_article_have_no_owner(relations_found: Any) -> None:
    """No sentence before and no side named before the noun: "its" stands for no one."""
    found = _ties(relations_found("Its allies Russia and Iran sent more advisers.", PUBLISHED))
    assert not [t for t in found if t[0] == "allied"], found


def test_partners_a_supporter_backs_are_no_allies(relations_found: Any) -> None:
    """ "X keeps supporting its Iraqi partners": the backing verb tells the tie."""
    text = "The coalition will keep supporting its Iraqi partners until Mosul falls."
    found = _ties(relations_found(text, PUBLISHED))
    assert not [t for t in found if t[0] == "allied"], found


NAMED_AFTER_THE_OBJECT = [
    ("A close ally of the Syrian government Russia started air strikes in the autumn.", "RUS", "SYR"),
    ("Longtime allies of the Assad government Russia and Iran blocked the motion.", "IRN", "SYR"),
    (
        "An ally of the Iraqi government the United States has carried out new strikes.",
        "USA",
        "IRQ",
    ),
]


@pytest.mark.parametrize(("text", "holder", "other"), NAMED_AFTER_THE_OBJECT)
def test_a_subject_role_nouns_name_lost_its_comma(
    text: str, holder: str, other: str, relations_found: Any
) -> None:
    """ "A close ally of the Syrian government Russia started ...": the name the parser hung on
    the "of" object (or made a second subject) holds the role (enmity._named_after_object)."""
    found = _ties(relations_found(text, PUBLISHED))
    assert ("allied", frozenset((holder, other))) in found, found


def test_a_name_of_the_object_itself_holds_no_role(relations_found: Any) -> None:
    """ "Fighters loyal to the Islamic State group ISIS ...": the name after the object is the
    object's own; no side is its own ally."""
    text = "Allies of the Islamic State group ISIS claimed the bombing in Raqqa on Friday."
    found = _ties(relations_found(text, PUBLISHED))
    assert not [t for t in found if t[0] == "allied"], found


GOVERNMENT_OWNERS = [
    (
        (
            "Syrian jets struck Idlib again. The truce was brokered by regime allies Russia and "
            "Iran and rebel-backer Turkey."
        ),
        ["RUS", "IRN"],
        "TUR",
    ),
    (
        (
            "Talks in Astana brought together Assad government allies Iran and Russia and "
            "opposition-backer Turkey."
        ),
        ["IRN", "RUS"],
        "TUR",
    ),
]


@pytest.mark.parametrize(("text", "allies", "backer"), GOVERNMENT_OWNERS)
def test_a_government_owns_allies_by_a_bare_modifier(
    text: str, allies: list[str], backer: str, relations_found: Any
) -> None:
    """ "regime allies Russia and Iran" (enmity._owning_side): a government owns its allies;
    "... and rebel-backer Turkey" is no ally of it, a role noun of its own introduces it."""
    found = _ties(relations_found(text, PUBLISHED))
    for ally in allies:
        assert ("allied", frozenset((ally, "SYR"))) in found, (ally, found)
    assert ("allied", frozenset((backer, "SYR"))) not in found, found
