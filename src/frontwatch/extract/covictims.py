"""Co-victims are no allies: "15 YPG fighters were killed along with nine IS militants".

A toll that counts the dead or wounded of two sides together names them as its victims, not
as sides fighting beside each other ("along with" is an alliance word only for doers: "X,
along with Y, stormed the town"). An alliance or cooperation whose trigger is a verb of
killing or wounding in the passive is dropped ("died alongside" its comrades in a battle
still allies). The verbs are the casualty cues'
(``cues.yaml``: ``casualties.killed_verbs``, ``injured_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relspan import trigger_tokens
from frontwatch.records import Relation

_FRIENDLY = frozenset({"allied", "cooperates"})
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})


def co_victims(relation: Relation, ctx: ArticleContext) -> bool:
    """The tie's two ends are the victims of one toll (see module doc)."""
    if relation.kind not in _FRIENDLY:
        return False
    return any(_suffered(tok) for tok in trigger_tokens(relation, ctx))


def _suffered(tok: Any) -> bool:
    if lemma_of(tok) not in get_lexicon().harm_verbs():
        return False
    return any(c.dep_ in _PASSIVE_DEPS for c in tok.children)


__all__ = ["co_victims"]
