"""A class that names sides besides the one just named takes no antecedent
(kb/actors/classgates.py, phrases.yaml ``others_words``): in "X and allied rebels" or "X and
other militias" the class is not X, whatever the parse. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2018, 3, 1)


def _mention(actor_kb: Any, actor_nlp: Any, text: str, words: str) -> Any:
    article = article_from_text(text, published=PUBLISHED)
    found = {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}
    return found[words]


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        ("Syrian troops captured the airbase from Jaish al-Islam and allied rebels at dawn.", "allied rebels", "JAYSH_AL_ISLAM"),
        ("Ahrar al-Sham and other rebels shelled the loyalist districts overnight.", "other rebels", "AHRAR_AL_SHAM"),
    ],
)
def test_a_class_of_others_is_not_the_side_named_before_it(
    actor_kb: Any, actor_nlp: Any, text: str, words: str, named: str
) -> None:
    assert _mention(actor_kb, actor_nlp, text, words).actor_id != named


def test_a_bare_class_still_takes_the_side_named_before_it(actor_kb: Any, actor_nlp: Any) -> None:
    text = "Jaish al-Islam shelled Damascus on Monday. The rebels said they had hit an army post."
    assert _mention(actor_kb, actor_nlp, text, "The rebels").actor_id == "JAYSH_AL_ISLAM"
