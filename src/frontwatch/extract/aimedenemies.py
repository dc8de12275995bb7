"""The enemy an act's purpose clause names: "Turkey invaded northern Syria to push out
Kurdish fighters", "the army launched an offensive to drive IS militants from the desert",
"troops attacked the village in order to dislodge the militants". When the act names no
target of its own, whom it set out to oust or defeat is what it was aimed at. The verbs of
ousting are data (``purpose_enemy_verbs`` in events.yaml); a purpose of any other verb
("to protect civilians", "to open a road") names no enemy.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.argsides import object_actor
from frontwatch.extract.context import ArticleContext, clause_head
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.purposes import to_infinitive
from frontwatch.records import Mention

_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def purpose_enemy(anchor: Any, ctx: ArticleContext) -> Mention | None:
    """The side the purpose clause on a hostile act's clause sets out to oust, or None (aid
    "to help X defeat Y" is not aimed at Y: ``purpose_enemy_types``)."""
    lex = get_lexicon()
    if not _hostile(anchor, lex):
        return None
    return _ousted(_own_purposes(anchor) + _purposes(clause_head(anchor)), ctx)


def operation_purpose_enemy(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "an operation to remove the group's remnants from T", "a campaign to root out IS
    cells": the side an operation noun's own purpose clause sets out to oust
    (``operation_purpose_verbs``)."""
    return _ousted(_own_purposes(noun), ctx, "operation_purpose_verbs")


def _ousted(purposes: list[Any], ctx: ArticleContext, verbs: str = "purpose_enemy_verbs") -> Mention | None:
    ousting = frozenset(get_lexicon().events[verbs])
    for purpose in purposes:
        if lemma_of(purpose) not in ousting:
            continue
        for obj in (c for c in purpose.children if c.dep_ == "dobj"):
            found = object_actor(obj, ctx)
            if found is not None:
                return found
    return None


def _own_purposes(anchor: Any) -> list[Any]:
    """ "an operation to remove X": the purpose hung on an act noun itself."""
    if anchor.pos_ != "NOUN":
        return []
    return [c for c in anchor.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]


def _hostile(anchor: Any, lex: Any) -> bool:
    entries = lex.verbs if anchor.pos_ == "VERB" else lex.nouns
    entry = entries.get(lemma_of(anchor)) or {}
    types = frozenset(lex.events["purpose_enemy_types"])
    return bool({entry.get("type"), entry.get("territory_type")} & types)


def _purposes(verb: Any) -> list[Any]:
    """ "to push out X" on the verb, or "in order to dislodge X"."""
    found = [c for c in verb.children if c.dep_ in _PURPOSE_DEPS and to_infinitive(c)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for order in (c for c in prep.children if c.lower_ == "order"):
            found += [c for c in order.children if c.dep_ == "acl" and to_infinitive(c)]
    return found
