"""A demonym on an ally noun names the allies' country: the state only when the patron
is on its side (kb/actors/allydemonyms.py). Plural demonyms are words of their own, not
glued possessives (nlp/possessive.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

BEFORE_THE_SNA = dt.date(2016, 9, 1)  # Turkey backs one Syrian force in the KB then
LATER = dt.date(2019, 11, 1)  # and several from 2018


def _ties_with(relations, actor: str) -> set:
    return {r for r in relations if actor in (r[1], r[2]) and r[0] in ("allied", "backs")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and its Syrian allies seized a string of border villages from the Islamic State.",
        "Turkish troops and their Syrian allies advanced on the town from two sides.",
        "Ankara's Syrian allies shelled three villages north of Manbij overnight.",
    ],
)
def test_allies_of_a_state_at_war_with_syria_are_not_syria(relations_found, text) -> None:
    for date in (BEFORE_THE_SNA, LATER):
        found = relations_found(text, date)
        assert not _ties_with(found, "SYR"), (date, found)


def test_the_one_syrian_force_turkey_backs_is_its_syrian_ally(relations_found) -> None:
    text = "Turkey and its Syrian allies seized a string of border villages from the Islamic State."
    found = relations_found(text, BEFORE_THE_SNA)
    assert ("allied", "TUR", "FSA", "asserted") in found or ("allied", "FSA", "TUR", "asserted") in found


@pytest.mark.parametrize(
    ("text", "ally"),
    [
        ("Russia and its Iranian partners have kept the Syrian government in power.", "IRN"),
        ("Moscow's Iranian allies sent more militiamen to the front.", "IRN"),
    ],
)
def test_allies_of_a_state_on_its_side_are_still_the_state(actor_mentions, text, ally) -> None:
    found = actor_mentions(text, "2018-09-01")
    assert any(m.actor_id == ally for m in found.values()), found


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The elite counter-terrorism service, trained and equipped by the Americans, led the assault.", "USA", "CTS"),
        ("Peshmerga units were trained by the Germans at a base near Erbil.", "DEU", "PESHMERGA"),
        ("The Kurdish peshmerga, armed by the Americans, pushed toward the dam.", "USA", "PESHMERGA"),
    ],
)
def test_a_plural_demonym_as_the_agent_backs(relations_found, text, backer, backed) -> None:
    found = relations_found(text, BEFORE_THE_SNA)
    assert ("backs", backer, backed, "asserted") in found, found


def test_a_plural_demonym_stays_one_token(actor_nlp) -> None:
    doc = actor_nlp("Syrias army and the Americans")
    assert [t.text for t in doc] == ["Syria", "s", "army", "and", "the", "Americans"]
