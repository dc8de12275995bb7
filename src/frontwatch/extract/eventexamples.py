"""The sides of a tie an event gives, a class named by example standing for the example:
"Several militias, including Kataib Hezbollah, fired rockets at US bases", "factions, Ahrar
al-Sham among them, shelled the army" tie the named group, as the sides of relation cues
are read (extract/relations.py, ``_by_example``; extract/anaphora.py, ``named_example``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.anaphora import named_example
from frontwatch.extract.context import ArticleContext
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention


def example_side(actor_id: str, text: str, sent: Any, ctx: ArticleContext) -> tuple[str, str]:
    """The actor id and text of the named example a class side gives in the sentence; the
    side itself when it is no class or gives no example."""
    if not actor_id.startswith("GEN_") or not text:
        return actor_id, text
    for mention in _mentions_in(sent, ctx):
        if mention.actor_id != actor_id or mention.text != text:
            continue
        span = expanded_span(ctx.doc, mention.start, mention.end)
        found = named_example(span.root, ctx) if span is not None and len(span) else None
        if found is not None and found.actor_id:
            return found.actor_id, found.text
    return actor_id, text


def _mentions_in(sent: Any, ctx: ArticleContext) -> list[Mention]:
    found: dict[int, Mention] = {}
    for tok in sent:
        mention = ctx.actor_at.get(tok.i)
        if mention is not None:
            found.setdefault(mention.start, mention)
    return list(found.values())
