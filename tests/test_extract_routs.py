""" "X routed Y", "Y was overwhelmed by X": X attacked Y (ASSAULT from X to Y, the lexicon's
verbs ``rout``, ``overwhelm``, ``overpower``), in the active and in the passive; no event when
no side does it or none is beaten. Sentences written for this test."""

from __future__ import annotations

import pytest
from extracted import extract, types_found

# (sentence, doer, beaten)
ROUTS = [
    ("The Peshmerga were routed by Islamic State militants near Sinjar in August.", "ISIS", "PESHMERGA"),
    ("Islamic State fighters routed Iraqi troops outside Mosul in June 2014.", "ISIS", "IRQ_MIL"),
    ("Iraqi troops were overwhelmed by Islamic State fighters in Ramadi.", "ISIS", "IRQ_MIL"),
    ("Houthi fighters overpowered Yemeni government troops at the airport gate.", "HOUTHIS", "YEM_MIL"),
]


@pytest.mark.parametrize(("text", "doer", "beaten"), ROUTS)
def test_a_side_beaten_was_attacked_by_the_victor(text: str, doer: str, beaten: str) -> None:
    events = [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]
    assert ("ASSAULT", doer, beaten) in events
    assert ("ASSAULT", beaten, doer) not in events


@pytest.mark.parametrize(
    "text",
    [
        "The news overwhelmed the families of the missing soldiers.",
        "Hospitals in Mosul were overwhelmed by the number of wounded civilians.",
    ],
)
def test_overwhelmed_by_no_side_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a win at the polls or in sport (``contest_nouns``, ``not_in_contest``) is no fight
        "Jordan's national team routed Syria 4-1 in the World Cup qualifier in Amman.",
        "The ruling Justice and Development Party routed the Kurdish opposition in the June elections.",
        "Saudi Arabia overpowered Qatar in the Gulf Cup final game on Friday.",
        "Lebanon's squad, which overwhelmed Iraq in the semi-final, will face Iran next week.",
    ],
)
def test_a_win_at_the_polls_or_in_sport_is_no_attack(text: str) -> None:
    found = extract(text)
    assert "ASSAULT" not in {e.type for e in found.events}
    assert "fights" not in {r.kind for r in found.relations}


def test_a_rout_in_a_war_told_beside_a_vote_is_still_an_attack() -> None:
    events = [(e.type, e.source_actor, e.target_actor) for e in extract(
        "Islamic State militants routed Iraqi troops near Ramadi on Sunday."
    ).events]
    assert ("ASSAULT", "ISIS", "IRQ_MIL") in events
