"""Allies named by a participle in a list: "government troops and allied militias",
"the Syrian regime and allied Russian planes", "Iraqi forces and allied Shiite
paramilitaries": what "allied" modifies after "and" is the ally of what comes before,
when either names someone; a class ally only when it is an armed one ("HTS and allied
rebels", not "the United States and allied nations").

Read from the words, not the parse, which often makes "allied" a verb with the second
noun its object. The participles are data (``relations.yaml``: ``allied_modifiers``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.armed import GENERIC_PREFIX
from frontwatch.extract.coalitions import one_body
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.loyalties import loyal_pairs
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.sidelists import phrase_head
from frontwatch.records import Mention


def allied_modifier_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and allied Y": X and Y are allies; "X, a pro-government militia": X is the
    government's ally (extract/loyalties.py)."""
    yield from loyal_pairs(tok, ctx)
    if tok.lower_ not in words("allied_modifiers") or tok.i < 2 or tok.i + 1 >= tok.sent.end:
        return
    if tok.doc[tok.i - 1].lower_ != "and" or tok.text != tok.lower_:
        return  # "the army and Allied Democratic Forces rebels": a name, no ally
    first = actor_near(ctx, tok.doc[tok.i - 2])
    ally = actor_near(ctx, phrase_head(tok))
    if first is None or ally is None or first is ally or one_body(first, ally, ctx):
        return
    if _class_only(ally) and (_class_only(first) or not is_combatant(ally, ctx)):
        return  # "militias and allied gunmen" names no one; "X and allied nations" no fighters
    yield "allied", first, ally, tok


def _class_only(mention: Mention) -> bool:
    return not mention.actor_id or mention.actor_id.startswith(GENERIC_PREFIX)


__all__ = ["allied_modifier_pairs"]
