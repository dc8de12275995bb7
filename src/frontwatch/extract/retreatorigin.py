"""Where a withdrawal told with no place of its own began: the place its doer is said to
hold ("militias who were guarding the shrine fell back to the hills", "rebels
who had held Kafr Zita for years withdrew"). A withdrawal is placed where it leaves from
("withdrew from T"), and the clause on the doer names that place; where the doer went
("to the hills") is no place of the act. The verbs of holding and the event types
are data (events.yaml: ``retreat_origin``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Event, Mention

_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # "who were guarding T", "guarding T"
_CHAIN_DEPS = frozenset({"xcomp", "conj"})  # "had to withdraw", "fought and withdrew"


def place_retreats_where_held(events: list[Event], ctx: ArticleContext) -> None:
    """Place each withdrawal its sentence places nowhere at the place its doer's own clause
    says it held, over the article's main town (which leaves ``place_text`` empty: the
    sentence did not name it); run before the scene look-back, which would put it at the
    last town told."""
    rule = get_lexicon().events["retreat_origin"]
    types, verbs = frozenset(rule["types"]), frozenset(rule["holding_verbs"])
    for event in events:
        if event.type not in types or event.place_text:
            continue
        anchor = ctx.trigger_token(event.id)
        held = _held_by_the_doer(anchor, verbs, ctx) if anchor is not None else None
        if held is not None:
            event.place_id, event.place_text = held.place_id, held.text


def _held_by_the_doer(anchor: Any, verbs: frozenset[str], ctx: ArticleContext) -> Mention | None:
    for doer in _subjects(anchor):
        for clause in (c for c in doer.children if c.dep_ in _CLAUSE_DEPS):
            if lemma_of(clause) not in verbs:
                continue
            for tok in clause.subtree:
                mention = ctx.place_at.get(tok.i)
                if mention is not None and mention.place_id and _held_object(tok, mention, clause):
                    return mention
    return None


def _held_object(tok: Any, mention: Mention, clause: Any) -> bool:
    """The place is what the clause's verb holds ("guarding the shrine", "held T")."""
    head = mention_head(tok, mention)
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "the Sherfedin shrine": the shrine is held
    return bool(head.dep_ == "dobj" and head.head.i == clause.i)


def _subjects(anchor: Any) -> Iterator[Any]:
    """The subject of the withdrawing verb, climbing "had to withdraw" to "had"."""
    verb = anchor
    for _ in range(3):
        yield from (c for c in verb.children if c.dep_ == "nsubj")
        if verb.dep_ not in _CHAIN_DEPS or verb.head.i == verb.i:
            return
        verb = verb.head
