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


def test_a_trigger_moved_to_another_word_is_read_at_its_new_place() -> None:
    # the token is kept by character, not by event: a rule that moves an event's trigger
    # (mournedlosses.py writes a noun's offset) gets the new word at the next ask
    ctx = _context("Militants ambushed a convoy, and the army shelled their camp.")
    ambushed = next(t for t in ctx.doc if t.text == "ambushed")
    shelled = next(t for t in ctx.doc if t.text == "shelled")
    ctx.trigger_offsets = {"ev": ambushed.idx, "twin": ambushed.idx}
    assert ctx.trigger_token("ev").i == ambushed.i
    assert ctx.trigger_token("ev") is ctx.trigger_token("twin")  # one Token made per offset
    ctx.trigger_offsets["ev"] = shelled.idx
    assert ctx.trigger_token("ev").i == shelled.i
    assert ctx.trigger_token("twin").i == ambushed.i
