"""A side named as another's target: "Their target is Y", "Russia's main target in the
north is Y", "X said its target was Y".

The owner of the target noun fights the armed side the copula names: a name that owns it
("Russia's"), or the side a possessive pronoun stands for (``possessors.possessed_doer``:
the subject before it in the sentence, else the subject of the sentence before, when a
party and the only side that sentence names). A target that names no armed side ("their target is a ceasefire", "their
objective is the town") ties no one. Words are data (``relations.yaml``: ``aim_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.possessors import possessed_doer
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relpairs import pair_of
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention


def stated_target_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Their target is Y", "X's main target is Y": the owner fights Y."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words("aim_nouns") or tok.dep_ != "nsubj":
        return
    copula = tok.head
    if copula.lemma_.lower() != "be":
        return
    owner = _owner(tok, ctx)
    if not is_combatant(owner, ctx):
        return
    for named in (c for c in copula.children if c.dep_ == "attr"):
        for enemy in _meant(named, copula, coordinated_actors(named, ctx)):
            if is_combatant(enemy, ctx):
                yield from pair_of("fights", owner, enemy, tok)


def _meant(named: Any, copula: Any, sides: list[Mention]) -> list[Mention]:
    """The sides the copula names as the target: all of them, but under a negation ("the
    target is not Y", "not Y but W") only those after the correcting "but" (W); "not only Y
    but W" names both."""
    neg = next((c for c in copula.children if c.dep_ == "neg"), None)
    if neg is None:
        return sides
    after = neg.doc[neg.i + 1 : neg.i + 2]
    if len(after) and lemma_of(after[0]) in get_lexicon().certainty("not_only_words"):
        return sides
    correcting = get_lexicon().certainty("correcting_words")
    turn = next((t for t in named.subtree if t.dep_ == "cc" and t.lower_ in correcting), None)
    return [] if turn is None else [m for m in sides if m.start >= turn.idx]


def _owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The name that owns the target ("Russia's target"), or the side its possessive
    pronoun stands for ("their target")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = next((m for m in (actor_near(ctx, o, depth=0) for o in owners) if m), None)
    if named is not None:
        return named
    found = possessed_doer(noun, ctx)
    if found is None or found.start >= noun.sent.start_char:
        return found
    # a pronoun read back into the sentence before: only where that sentence names no other
    # side it could stand for ("X funds Y's brigades. Their target is Z" names two)
    earlier = noun.doc[noun.sent.start - 1].sent
    # (a class of fighters there is taken for the named side's men, not a side of its own)
    named_sides = (m for i, m in ctx.actor_at.items() if earlier.start <= i < earlier.end)
    sides = {m.actor_id for m in named_sides if not m.actor_id.startswith("GEN_")}
    return found if sides == {found.actor_id} else None
