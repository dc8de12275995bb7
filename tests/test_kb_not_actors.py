"""Spans the NER tags as names but that are no actor stay off the unknown-actor list:
web furniture, times, cut-off names, and unknown names the words around call a place."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors.furniture import why_not_an_actor
from frontwatch.pipeline import article_from_text


def _mentions(actor_kb, actor_nlp, text):
    article = article_from_text(text, published=dt.date(2016, 11, 7))
    return actor_kb.resolve_doc(actor_nlp(text), article=article)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Youtube Subscribe", "web furniture"),
        ("Android Youtube Satellite Coverage Partner", "web furniture"),
        ("Instagram", "web furniture"),
        ("Related News", "web furniture"),
        ("Showcase Category News", "web furniture"),
        ("Episode", "web furniture"),
        ("GMT", "a time"),
        ("600am", "a time"),
        ("Jul 152015", "a date or time"),
        ("al-", "truncated name"),
        ("Abu Osama al-", "truncated name"),
        ("the Wrath of", "truncated name"),
        ("1130", "no letters"),
    ],
)
def test_page_furniture_times_and_cut_off_names_are_not_actors(text, reason):
    assert why_not_an_actor(text) == reason


@pytest.mark.parametrize(
    "text",
    ["Orient News", "The New Arab", "Islamic State", "G20", "Fars News", "Abdel Rahman"],
)
def test_real_names_are_never_furniture(text):
    assert why_not_an_actor(text) == ""


def test_boilerplate_in_an_article_yields_no_unresolved_actor(actor_kb, actor_nlp):
    text = (
        "Subscribe to our Youtube channel for the latest news. Follow us on Instagram. "
        "The raids hit the town around 0945 am (0645 GMT), an activist told AFP."
    )
    mentions = _mentions(actor_kb, actor_nlp, text)
    assert [m.text for m in mentions if m.resolution == "unresolved"] == []
    assert any(m.actor_id == "AFP" for m in mentions)


def test_unknown_names_that_read_as_places_are_not_actors(actor_kb, actor_nlp):
    text = (
        "A car bomb exploded outside a police post in the capital's al-Midan neighborhood. "
        "Terrorists fired shells on Foua and Kefraya, the Syrian army said."
    )
    mentions = _mentions(actor_kb, actor_nlp, text)
    texts = {m.text for m in mentions}
    assert not texts & {"al-Midan", "Foua", "Kefraya"}
    assert any(m.actor_id == "SYR_MIL" for m in mentions)


def test_an_unknown_organisation_without_place_words_is_still_reported(actor_kb, actor_nlp):
    text = "The Northern Hawks Battalion said it had joined the offensive."
    mentions = _mentions(actor_kb, actor_nlp, text)
    unresolved = [m for m in mentions if m.resolution == "unresolved"]
    assert unresolved and all(m.note for m in unresolved)


def test_names_that_are_everyday_words_need_a_capital(actor_kb):
    assert actor_kb.resolve("Ban", label="PERSON").actor_id == "P_BAN_KI_MOON"
    assert actor_kb.resolve("the ban") is None
    assert actor_kb.resolve("amnesty") is None
    assert actor_kb.resolve("Amnesty").actor_id == "AMNESTY"


def test_place_names_spelled_like_an_actor_stay_places(actor_kb):
    assert actor_kb.resolve("Douma", label="GPE") is None  # not the State Duma
    assert actor_kb.resolve("Mayadin", label="GPE") is None  # not Al Mayadeen TV
    assert actor_kb.resolve("Mallah", label="GPE") is None  # not Male, the Maldives
    assert actor_kb.resolve("Jeish al-Fatah", label="PERSON").actor_id == "JAISH_AL_FATAH"


def test_titles_are_dropped_only_before_a_person(actor_kb):
    assert actor_kb.resolve("The Hague", label="GPE") is None  # not William Hague
    assert actor_kb.resolve("al-Fardos Sheikh", label="ORG") is None
    lavrov = actor_kb.resolve("Foreign Minister Lavrov", label="PERSON")
    assert lavrov.actor_id == "P_SERGEI_LAVROV"


def test_a_whole_anti_name_the_kb_knows_still_resolves(actor_kb, actor_nlp):
    found = {m.actor_id for m in _mentions(actor_kb, actor_nlp, "Anti-government fighters fled.")}
    assert "GEN_REBELS" in found
