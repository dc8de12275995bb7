"""The trigger token of an event (ArticleContext.trigger_token), the one lookup the
extractors share. Sentences written for these tests."""

from __future__ import annotations

from frontwatch.extract.context import ArticleContext
from frontwatch.pipeline import article_from_text, get_engine


def _context(text: str) -> ArticleContext:
    engine = get_engine()
    doc = engine.parse([text])[0]
    return ArticleContext(doc, article_from_text(text), engine.actor_kb)  # type: ignore[arg-type]


def test_the_token_a_trigger_starts_in_is_found() -> None:
    ctx = _context("Shelling resumed at dawn and rebels stormed the village.")
    stormed = next(t for t in ctx.doc if t.text == "stormed")
    ctx.trigger_offsets = {"first": 0, "storm": stormed.idx, "inside": stormed.idx + 3}
    # a trigger at the text's first character is a trigger too (it was once taken for none)
    assert ctx.trigger_token("first").text == "Shelling"
    assert ctx.trigger_token("storm").i == stormed.i
    assert ctx.trigger_token("inside").i == stormed.i  # an offset inside the word
    assert ctx.trigger_token("unknown") is None


def test_an_offset_past_the_text_finds_no_token() -> None:
    ctx = _context("Troops withdrew from the town.")
    ctx.trigger_offsets = {"past": len(ctx.text) + 5}
    assert ctx.trigger_token("past") is None
