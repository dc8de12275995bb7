"""The side a taking was won from, where the taking names none: the rival its own sentence
names for the place, and never a side the article names only as victims (moved out of
ties.py, which guesses the other end of every implied tie)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from frontwatch.extract.armed import kb_friends, setting
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.records import ControlChange

_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
_VICTIM_PATH = frozenset({"compound", "amod", "nmod", "poss", "pobj", "prep", "appos", "conj"})
_RIVAL_KINDS = frozenset({"capture", "held"})  # a side the sentence says takes or holds a place


def sentence_rival(
    key: str, source: str, controls: list[ControlChange], ctx: ArticleContext
) -> str:
    """The loser of a taking that names none, as its own sentence gives it: the one other
    side it says holds the place or takes (or tries to retake) it ("troops are trying to
    retake Hit, which fell to IS": the troops lost Hit to IS), before any side named
    elsewhere in the article ("members of a tribe killed there" held nothing); '' if none."""
    change = next((c for c in controls if c.id == key), None)
    if change is None or change.evidence is None or not change.place_id or not source:
        return ""
    top = ctx.kb.top_of
    own = top(source)
    rivals = {
        c.new_controller
        for c in controls
        if c.id != change.id
        and c.kind in _RIVAL_KINDS
        and c.place_id == change.place_id
        and c.evidence is not None
        and c.evidence.start == change.evidence.start
        and c.new_controller
        and top(c.new_controller) != own
        and not kb_friends(own, c.new_controller, ctx)
    }
    return rivals.pop() if len(rivals) == 1 else ""


def holder_candidates(candidates: dict[str, str], ctx: ArticleContext) -> dict[str, str]:
    """The candidates for a place's lost holder but the sides the article names only as
    victims ("killed members of the X tribe"): the people a deed hits held no place."""
    named: dict[str, list[bool]] = defaultdict(list)
    for index, mention in ctx.actor_at.items():
        if mention.actor_id:
            named[ctx.kb.top_of(mention.actor_id)].append(_victim(ctx.doc[index]))
    return {top: actor for top, actor in candidates.items() if not all(named.get(top) or [False])}


def _victim(token: Any) -> bool:
    """The word is in the object of a verb of harm ("executed members of the tribe", "tribesmen
    were killed"): up to its first verb, through objects and "of" phrases only."""
    node, head = token, token.head  # each step's head made once
    while head.i != node.i:
        if node.dep_ in _VICTIM_DEPS and head.pos_ in ("VERB", "AUX"):
            return lemma_of(head) in setting("victim_verbs")
        if node.dep_ not in _VICTIM_PATH or head.pos_ in ("VERB", "AUX"):
            return False
        node, head = head, head.head
    return False
