"""actor_near's answers are kept per token and depth while the actor index is unchanged
(extract/context.py ``near_found``): the kept answer is the one the search gives, each
token and depth is searched once, and the pronouns crossrefs.py indexes for a while are
seen while they are indexed and forgotten after. The article's party mentions
(parentnames.party_mentions) are likewise found once until the index changes. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract import context as context_module
from frontwatch.extract import parentnames
from frontwatch.extract.context import ArticleContext, actor_near, build_context
from frontwatch.extract.crossrefs import read_by_reference
from frontwatch.extract.parentnames import party_mentions
from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2017, 4, 2)
TEXTS = [
    "Russian jets and Syrian army artillery pounded rebel positions near Idlib on Sunday.",
    (
        "Fighters from the al-Qaida offshoot, the Nusra Front, attacked a checkpoint held by "
        "government troops, while militias backed by Iran shelled the town."
    ),
    "The Houthis seized the port of Hodeidah. They are backed by Iran, Saudi officials said.",
    "ISIS militants and Kurdish forces clashed in the villages east of Raqqa, a monitor said.",
]


def _context(engine: Any, text: str) -> ArticleContext:
    doc = engine.parse([text])[0]
    article = article_from_text(text, published=PUBLISHED)
    actors = engine.actor_kb.resolve_doc(doc, article=article)
    places, found = engine.gazetteer.resolve_doc(doc, article=article)
    return build_context(
        doc, article, actor_mentions=actors, place_mentions=places, places=found, kb=engine.actor_kb
    )


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_a_kept_answer_is_the_one_the_search_gives(engine: Any, text: str) -> None:
    ctx = _context(engine, text)
    named = 0
    for tok in ctx.doc:
        for depth in (1, 2, 3):
            searched = context_module._actor_near(ctx, tok, depth)
            assert actor_near(ctx, tok, depth=depth) == searched  # found, then kept
            assert actor_near(ctx, tok, depth=depth) == searched  # read back
            named += searched is not None
    assert named  # every text names sides


def test_each_token_and_depth_is_searched_once(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _context(engine, TEXTS[1])
    searched: list[tuple[int, int]] = []
    search = context_module._actor_near

    def counted(ctx: ArticleContext, token: Any, depth: int) -> Any:
        searched.append((token.i, depth))
        return search(ctx, token, depth)

    monkeypatch.setattr(context_module, "_actor_near", counted)
    for _ in range(3):
        for tok in ctx.doc:
            actor_near(ctx, tok)
            actor_near(ctx, tok, depth=1)
    assert len(searched) == 2 * len(ctx.doc) == len(set(searched))
    assert actor_near(ctx, None) is None


def test_a_pronoun_indexed_for_a_while_is_seen_then_forgotten(engine: Any) -> None:
    ctx = _context(engine, TEXTS[2])
    they = next(t for t in ctx.doc if t.lower_ == "they")
    before = actor_near(ctx, they)
    seen: list[Any] = []

    def read() -> list[Any]:
        seen.append(actor_near(ctx, they))
        seen.append(context_module._actor_near(ctx, they, 3))
        return []

    read_by_reference(they.sent, ctx, read)
    assert seen[0] == seen[1] and seen[0] is not None and seen[0].text == "They"
    assert seen[0].actor_id and seen[0] != before  # the Houthis, read through "They"
    assert actor_near(ctx, they) == before == context_module._actor_near(ctx, they, 3)


def test_party_mentions_are_found_once_until_the_index_changes(
    engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _context(engine, TEXTS[1])  # "the al-Qaida offshoot, the Nusra Front"
    rooted: list[int] = []
    root = parentnames._mention_root

    def counted(ctx: ArticleContext, i: int, mention: Any) -> bool:
        rooted.append(i)
        return root(ctx, i, mention)

    monkeypatch.setattr(parentnames, "_mention_root", counted)
    first = party_mentions(ctx)
    asked = len(rooted)
    assert asked == len(ctx.actor_at)  # every indexed token asked once
    again = party_mentions(ctx)
    assert again == first and again is not first and len(rooted) == asked  # a copy, not asked
    ctx.index_changed()
    assert party_mentions(ctx) == first and len(rooted) == 2 * asked
    parent = [m for m in ctx.actor_mentions if m.text == "al-Qaida"]
    assert parent and not any(m in first for m in parent)  # the parent named only
