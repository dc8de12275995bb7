"""A denial that is itself negated, and a refusal, deny no deed (extract/denials.py
`deny`, cues.yaml `refusal_objects`): "did not deny bombing T" leaves the bombing
unconfirmed (hedged), not denied; "denied residents entry after shelling it" refuses entry
and the shelling stands. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The army did not deny bombing the market.",
        "Moscow has not denied striking the hospital in Kharkiv.",
        "The militia never denied attacking the convoy near Goma.",
    ],
)
def test_a_negated_denial_leaves_the_deed_hedged(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events and all(e.claim.certainty == "hedged" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Government troops denied residents entry to the besieged district after shelling it.",
        "The militia denied aid workers access to the camp after attacking it.",
        "Soldiers denied journalists passage to the village they had bombed.",
    ],
)
def test_a_refusal_denies_no_deed(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events and all(e.claim.certainty != "negated" for e in events), events


def test_a_plain_denial_still_negates() -> None:
    events = [e for e in extract("The army denied bombing the market.", PUBLISHED).events if e.type == "ASSAULT"]
    assert events and all(e.claim.certainty == "negated" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Iran has denied any military aid to the Houthis.",
        "Russia denied military aid to the separatists in Donetsk.",
        "The Kremlin has denied any aid to Wagner fighters in Mali.",
    ],
)
def test_denied_aid_is_denied_not_refused(text: str) -> None:
    aid = [e for e in extract(text, PUBLISHED).events if e.type == "AID"]
    assert aid and all(e.claim.certainty == "negated" for e in aid), aid
