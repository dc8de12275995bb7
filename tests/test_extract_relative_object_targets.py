"""A hostile deed told in a relative clause whose relative word is its object ("X, which Y
struck") is done to the noun the clause describes (extract/arguments.verb_arguments reads
the object through relatives.relative_antecedent); a place so described is no side, and a
pronoun doer is never turned into the target's enemy by itself. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _fights(text: str, relations_found: Any) -> set[frozenset[str]]:
    return {frozenset((s, t)) for k, s, t, _c in relations_found(text, PUBLISHED) if k == "fights"}


@pytest.mark.parametrize(
    ("text", "attacker", "attacked"),
    [
        ("Hezbollah, which Israel struck repeatedly last year, buried its commanders.", "ISR_MIL", "HEZBOLLAH"),
        ("Al-Shabaab, whom Kenyan troops ambushed near the border, lost a senior commander.", "KEN_MIL", "AL_SHABAAB"),
        ("The Houthis, whom Saudi warplanes pounded overnight, still hold the port.", "SAU_AIRFORCE", "HOUTHIS"),
        (
            "Jabhat al-Nusra, which the Islamic State attacked across the north, lost several towns.",
            "ISIS",
            "JABHAT_AL_NUSRA",
        ),
        (
            "The Peshmerga, whom Islamic State fighters overran at Sinjar, regrouped in the mountains.",
            "ISIS",
            "PESHMERGA",
        ),
    ],
)
def test_the_object_of_a_relative_clause_is_the_noun_it_describes(
    text: str, attacker: str, attacked: str, relations_found: Any
) -> None:
    assert frozenset((attacker, attacked)) in _fights(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The port, which the coalition bombed on Monday, reopened on Friday.",
        "Hezbollah, which they struck again in March, buried its commanders.",
    ],
)
def test_a_place_or_an_unread_doer_gives_no_fight(text: str, relations_found: Any) -> None:
    assert not _fights(text, relations_found)
