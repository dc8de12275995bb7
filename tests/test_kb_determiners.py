"""One set of determiners for actor phrases (kb/actors/data/phrases.yaml: determiners), read
by phrases, antecedents and mentions alike. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from frontwatch.kb.actors.phrases import _determiners, core_text
from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2016, 4, 15)


def _found(actor_kb: Any, actor_nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    article = article_from_text(text, published=PUBLISHED)
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    return {m.text: (m.actor_id, m.resolution) for m in mentions}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("No group claimed responsibility for the car bomb in Azaz on Sunday.", "No group"),
        ("Some groups claimed the blast near Jarablus, a monitor said.", "Some groups"),
        (
            "Any government that arms the insurgents will pay, the minister warned.",
            "Any government",
        ),
    ],
)
def test_an_indefinite_anaphor_class_is_no_actor(actor_kb: Any, actor_nlp: Any, text, phrase):
    assert phrase not in _found(actor_kb, actor_nlp, text)


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        (
            "Jaish al-Islam shelled the camp on Monday. His group later pulled out of the area.",
            "His group",
            "JAYSH_AL_ISLAM",
        ),
        (
            "Nusra Front fighters stormed a checkpoint. Her group called the raid revenge.",
            "Her group",
            "JABHAT_AL_NUSRA",
        ),
        (
            "Ahrar al-Sham shelled a checkpoint near Idlib. Their group later denied it.",
            "Their group",
            "AHRAR_AL_SHAM",
        ),
    ],
)
def test_every_possessive_is_definite(actor_kb: Any, actor_nlp: Any, text, phrase, actor_id):
    assert _found(actor_kb, actor_nlp, text)[phrase] == (actor_id, "context")


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("one soldier", "soldier"),
        ("the two rebel groups", "rebel groups"),
        ("every militia", "militia"),
        ("at least 12 civilians", "civilians"),
    ],
)
def test_determiners_and_quantities_are_dropped_before_the_head(text: str, core: str) -> None:
    assert core_text(text) == core


def test_the_lists_are_checked_at_load() -> None:
    unquoted = yaml.safe_load("determiners: {definite: [the], indefinite: [a, no], quantities: []}")
    with pytest.raises(ValueError, match="indefinite"):
        _determiners(unquoted)
    with pytest.raises(ValueError, match="definite"):
        _determiners({"determiners": {"indefinite": ["a"], "quantities": []}})
