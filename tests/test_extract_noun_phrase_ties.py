"""Ties told inside a noun phrase: a role noun a past word marks ("his former allies Y",
"once a key backer of Y") is no tie at the article's date (``lasting_kinds`` and
``past_words`` in relations.yaml, tieguards.py); an alliance that modifies a noun
("militiamen allied to Y") is taken for granted whatever the clause hedges or plans, as a
backing so told already is (tieclaims.relation_claim). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2013, 6, 1)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Assad has fallen out with his former allies Hamas.", "allied", "SYR", "HAMAS"),
        ("Qatar, a former backer of the Nusra Front, says it has cut all ties.", "backs", "QAT", "JABHAT_AL_NUSRA"),
        ("Saleh broke with his erstwhile allies the Houthis in late 2017.", "allied", "HOUTHIS", "SALEH_LOYALISTS"),
    ],
)
def test_a_role_noun_marked_as_past_is_no_tie(
    relations_found: Any, text: str, kind: str, source: str, target: str
) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k == kind and {s, t} == {source, target} for k, s, t, _c in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Hezbollah, a longtime ally of Damascus, sent more fighters.", ("allied", "HEZBOLLAH", "SYR")),
        ("Iran, the main backer of the Houthis, rejected the charge.", ("backs", "IRN", "HOUTHIS")),
    ],
)
def test_a_present_role_is_still_a_tie(relations_found: Any, text: str, tie: tuple[str, str, str]) -> None:
    assert (*tie, "asserted") in relations_found(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The fighting seems to be drawing in Iraqi militiamen allied to the Syrian government.",
            ("allied", "GEN_IRAQI_MILITIAS", "SYR_GOV"),
        ),
        ("The battle may pull in Hezbollah fighters allied with Damascus.", ("allied", "HEZBOLLAH", "SYR")),
    ],
)
def test_an_alliance_modifying_a_noun_is_taken_for_granted(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert (*tie, "asserted") in relations_found(text, PUBLISHED)


def test_an_alliance_the_clause_itself_hedges_stays_hedged(relations_found: Any) -> None:
    found = relations_found("Hezbollah may be allied with the Syrian government.", PUBLISHED)
    assert ("allied", "HEZBOLLAH", "SYR_GOV", "hedged") in found, found
