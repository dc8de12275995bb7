"""The extractor is chosen by a setting from a registry; a second one can stand beside the rules."""

from __future__ import annotations

import pytest

from frontwatch.errors import InvalidSetting
from frontwatch.extract.registry import extractor_names, get_extractor, register_extractor
from frontwatch.pipeline import get_engine, process_texts
from frontwatch.records import Event
from frontwatch.settings import Settings


def test_the_rules_are_the_default_extractor():
    from frontwatch.extract.article import extract_article

    assert Settings().extractor == "rules" and get_extractor("rules") is extract_article
    assert "rules" in extractor_names()


def test_an_unknown_extractor_is_a_clear_error_naming_the_known_ones():
    with pytest.raises(InvalidSetting, match=r"unknown extractor 'nope'.*rules"):
        get_engine(Settings(extractor="nope"))


def test_a_registered_extractor_replaces_the_rules_in_a_run():
    @register_extractor("every_sentence_an_event")
    def one_event_per_sentence(doc, article, *, actor_mentions, place_mentions, places, kb):
        events = [Event(id=f"{article.id}:{s.start_char}", type="CONSULT") for s in doc.sents]
        return events, [], []

    text = "Rebels shelled Aleppo. The army said nothing."
    rules = process_texts([text])[0]
    other = process_texts([text], settings=Settings(extractor="every_sentence_an_event"))[0]
    assert [e.type for e in other.events] == ["CONSULT", "CONSULT"]
    assert [e.type for e in rules.events] != [e.type for e in other.events]
