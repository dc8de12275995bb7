"""An oath of a hostile deed is a threat ("have sworn to fight on", "swore revenge on X";
the lexicon's verb ``swear`` with ``needs_hostile_content``), never a fact of the deed; an
oath of office, of allegiance or of what is true is none. Sentences written for this test."""

from __future__ import annotations

import pytest
from extracted import extract, types_found


@pytest.mark.parametrize(
    "text",
    [
        "Tribal fighters have sworn to fight on until the militants leave Ramadi.",
        "The Kurdish commander swore to avenge the deaths of his men.",
        "Sunni tribesmen swore revenge on the militia after the massacre.",
        "The rebels swore to shell the airbase until the siege is lifted.",
    ],
)
def test_an_oath_of_a_hostile_deed_is_a_threat(text: str) -> None:
    events = extract(text).events
    oaths = [e for e in events if e.trigger.lower().startswith(("swor", "swear"))]
    assert [e.type for e in oaths] == ["THREATEN"]
    assert all(e.claim.certainty != "asserted" or e.type != "ASSAULT" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The new governor of Nineveh was sworn in on Monday in Erbil.",
        "Thousands of fighters in Libya swore allegiance to the Islamic State.",
        "The minister swore that the army had never used chemical weapons.",
    ],
)
def test_an_oath_of_office_allegiance_or_truth_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an oath of no deed of harm (a protest), or of a fight against an ill, no side
        #   (``oaths`` in events.yaml): no threat
        "Striking teachers in Sulaymaniyah swore to keep protesting until their salaries are paid.",
        "Residents of Basra swore to keep marching until the water is clean.",
        "The new Iraqi interior minister swore to fight terrorism and corruption.",
        "The Yemeni prime minister swore to fight smuggling and crime in Aden.",
    ],
)
def test_an_oath_of_protest_or_of_fighting_an_ill_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types_found(text)


def test_an_oath_of_the_tribes_to_fight_a_named_side_threatens_it() -> None:
    events = extract("The tribes have sworn to fight Islamic State until the last of their sons falls.").events
    assert ("THREATEN", "ISIS") in {(e.type, e.target_actor) for e in events}
