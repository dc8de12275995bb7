"""The alternatives' hedging (extract/alternatives.py) reads each naming of a side once,
not once per word of the name, and a name's head is found from the doc's lists as it was
from its Tokens (extract/relspan.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract import alternatives, article
from frontwatch.extract.relspan import mention_head, mention_head_index
from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2020, 1, 9)

TEXTS = [
    "Jets struck a depot of the Islamic Revolutionary Guard Corps or Lebanon's Hezbollah group near Damascus.",
    "The Syrian Democratic Forces and the Islamic State fought near Deir ez-Zor, the Syrian Observatory said.",
    "Either the Popular Mobilization Forces or the Islamic State shelled the town, Iraqi officials said.",
]


@pytest.fixture()
def readings(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """How many namings were read, and the actor tokens and mentions of each article."""
    seen: dict[str, Any] = {"read": 0, "namings": set(), "tokens": 0}
    listed, hedge = alternatives.listed_alternatives, alternatives.hedge_alternative_sides

    def counted(head: Any) -> list[Any]:
        seen["read"] += 1
        return listed(head)

    def hedged(relations: list[Any], ctx: Any) -> None:
        for index, mention in ctx.actor_at.items():
            seen["tokens"] += 1
            if mention.actor_id:
                head = mention_head(ctx.doc[index], mention).i
                seen["namings"].add((id(ctx), mention.start, ctx.kb.top_of(mention.actor_id), head))
        hedge(relations, ctx)

    monkeypatch.setattr(alternatives, "listed_alternatives", counted)
    monkeypatch.setattr(article, "hedge_alternative_sides", hedged)  # as the article step calls it
    return seen


def test_each_naming_is_read_once(readings: dict[str, Any]) -> None:
    process_texts(TEXTS, dates=[PUBLISHED] * len(TEXTS))
    assert readings["tokens"] > 0, "the hedging was not reached"
    assert 0 < readings["read"] <= len(readings["namings"]) < readings["tokens"], readings


def test_head_index_is_the_head_found_by_tokens() -> None:
    from frontwatch.pipeline import article_from_text, get_engine

    engine = get_engine()
    for text in TEXTS:
        doc = engine.parse([text])[0]
        mentions = engine.actor_kb.resolve_doc(doc, article=article_from_text(text))
        assert mentions, text
        for mention in mentions:
            for tok in doc:
                if mention.start <= tok.idx < mention.end:
                    climbed = tok
                    while mention.start <= climbed.head.idx < mention.end and climbed.head.i != climbed.i:
                        climbed = climbed.head
                    assert mention_head_index(doc, tok.i, mention) == climbed.i == mention_head(tok, mention).i
