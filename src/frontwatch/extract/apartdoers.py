"""Two doers of one deed who are no allies: the sentence says they act apart ("Russia and
the coalition carry out separate strikes") or names them as alternatives ("warplanes,
either Russian or Syrian"). An apart word that describes an end ("invited its old rival,
Damascus, to defend T") says nothing of the deed. Split from extract/tieguards.py.
"""

from __future__ import annotations

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relspan import mention_heads, trigger_tokens
from frontwatch.records import Relation


def apart_or_alternatives(relation: Relation, ctx: ArticleContext) -> bool:
    """Two doers of one deed are not allies when the sentence says they act apart ("Russia
    and the coalition carry out separate strikes") or names them as alternatives
    ("warplanes, either Russian or Syrian")."""
    if relation.kind not in ("allied", "cooperates"):
        return False
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    near = (
        [*trigger.children, *(g for c in trigger.children for g in c.children)] if trigger else []
    )
    described = _described_ends(relation, ctx)  # "invited its old rival Damascus": a name
    if any(lemma_of(t) in get_lexicon().guard_words("apart_words") and t.i not in described for t in near):
        return True
    return _alternatives(relation, ctx)


def _described_ends(relation: Relation, ctx: ArticleContext) -> set[int]:
    """The nouns an end is set beside as a description ("its old rival, Damascus")."""
    return {
        tok.head.i
        for text in (relation.source_text, relation.target_text)
        if text
        for tok, _m in mention_heads(text, relation, ctx)
        if tok.dep_ == "appos"
    }


def _alternatives(relation: Relation, ctx: ArticleContext) -> bool:
    heads = [
        tok
        for text in (relation.source_text, relation.target_text)
        for tok, _m in mention_heads(text, relation, ctx)
    ]
    return any(
        a.dep_ == "conj" and a.head.i == b.i and any(c.lower_ in ("or", "nor") for c in b.children)
        for a in heads
        for b in heads
    )
