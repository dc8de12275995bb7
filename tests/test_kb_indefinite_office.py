"""An office phrase names its one holder only when definite: "a Hezbollah commander" is one
of many, not the group's leader (kb/actors/roles.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import article_from_text

SPRING_2016 = dt.date(2016, 2, 1)


def _actors(actor_kb: Any, actor_nlp: Any, text: str) -> dict[str, str]:
    article = article_from_text(text, published=SPRING_2016)
    return {m.text: m.actor_id for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("A Hezbollah commander said the fighters had entered Qusayr.", "P_HASSAN_NASRALLAH"),
        ('"We will hold the ridge," a Hezbollah commander told reporters.', "P_HASSAN_NASRALLAH"),
        ("An Islamic State leader was seen in Mosul last week.", "P_ABU_BAKR_AL_BAGHDADI"),
    ],
)  # fmt: skip
def test_an_indefinite_office_phrase_names_no_holder(
    actor_kb: Any, actor_nlp: Any, text: str, leader: str
) -> None:
    assert leader not in _actors(actor_kb, actor_nlp, text).values()


def test_a_definite_office_phrase_names_its_holder(actor_kb: Any, actor_nlp: Any) -> None:
    found = _actors(actor_kb, actor_nlp, "The Hezbollah leader said the fighters had entered Qusayr.")
    assert "P_HASSAN_NASRALLAH" in found.values()
