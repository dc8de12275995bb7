"""A side's aim told as the defeat of its enemy: "We remain committed to the enduring
defeat of Y", "Britain's commitment to the destruction of Y", "support the common goal of
defeating Y", "our efforts to ensure the defeat of Y": the holder of the aim fights Y.

The cue is a noun of defeat with its "of" object (``defeat_nouns``, relations.yaml: defeat,
destruction, elimination, ...; "X's defeat" alone names no enemy), or a gerund of an
enemy verb taken by a preposition ("the goal of defeating Y": ``against_verbs``), which
names no subject of its own. Its holder is found by walking up the parse through the words
of an aim or a stance only (``aim_chain_words`` of ``article_ties``: committed, commitment,
effort, goal, ensure, support, remain ...): the first subject met ("We remain committed"),
or the possessor of a noun on the way ("our efforts", "its commitment"). A word of any
other sense on the way ends the walk: "celebrated the defeat of Y", "opposes the
destruction of Y", "said the defeat of Y was near" tie no one. A statement's own "we" is
read as its issuer by extract/voiceties.py, as for the other cues.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relpairs import pair_of
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_OF = frozenset({"of"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# how an aim's words hang on one another: "committed to [the defeat]", "efforts to ensure",
# "the goal of [defeating]", "remain committed", "support the goal"
_CHAIN_LINKS = frozenset({"pobj", "prep", "pcomp", "dobj", "xcomp", "acl", "acomp", "attr", "amod"})
_MAX_STEPS = 8


def aimed_defeat_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "We remain committed to the defeat of Y", "the goal of defeating Y": the aim's
    holder fights Y."""
    enemies = _enemy_tokens(tok)
    if not enemies:
        return
    holder = _holder(tok, ctx)
    if holder is None or not is_combatant(holder, ctx):
        return
    for enemy_tok in enemies:
        for enemy in coordinated_actors(enemy_tok, ctx):
            if enemy.actor_id != holder.actor_id and is_combatant(enemy, ctx):
                yield from pair_of("fights", holder, enemy, tok)


def _enemy_tokens(tok: Any) -> list[Any]:
    """Y of "the defeat of Y", or of "(the goal of) defeating Y"; [] for any other word."""
    lemma = lemma_of(tok)
    if tok.pos_ == "NOUN" and lemma in words("defeat_nouns"):
        return pobjs(tok, _OF)
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj") and lemma in words("against_verbs"):
        return [c for c in tok.children if c.dep_ == "dobj"]
    return []


def _holder(tok: Any, ctx: ArticleContext) -> Mention | None:
    return held_aim(tok, ctx)[0]


def held_aim(tok: Any, ctx: ArticleContext) -> tuple[Mention | None, Any | None]:
    """Whose aim the defeat is, and the word it is found at: the first subject or possessor
    met walking up through the words of an aim (``aim_chain_words``) and the prepositions
    between them; (None, None) when the walk meets another word first."""
    chain = get_lexicon().tie_words("aim_chain_words")
    cur = tok
    for _ in range(_MAX_STEPS):
        owner, settled = _owner_of(cur, ctx, chain)
        if settled:
            return owner, cur
        if cur.dep_ not in _CHAIN_LINKS or cur.head.i == cur.i:
            return None, None
        cur = cur.head
        if cur.dep_ != "prep" and cur.pos_ != "ADP" and lemma_of(cur) not in chain:
            return None, None
    return None, None


def aim_holding_word(tok: Any, ctx: ArticleContext) -> Any | None:
    """The word whose subject or possessor holds the defeat at ``tok`` as an aim ("We
    *remain* committed to the defeat of Y", "Turkey reaffirmed its *commitment* to ..."):
    the tie is as sure as that word's clause, not hypothetical as an aim's object is
    (extract/tieclaims.py); None for a word that is no such cue."""
    if not _enemy_tokens(tok):
        return None
    owner, word = held_aim(tok, ctx)
    return word if owner is not None else None


def _owner_of(tok: Any, ctx: ArticleContext, chain: frozenset[str]) -> tuple[Mention | None, bool]:
    """The side a word of the chain belongs to, and whether the walk ends there: its
    possessor ("our efforts", "Britain's commitment"; a possessive pronoun no side is
    indexed for stands for the subject further up: "Turkey reaffirmed its commitment"), or
    its subject ("We remain committed"; a verb joined to another shares its subject: "We
    urge X and support the goal of ..."; "the coalition's goal is the defeat of Y": the
    possessor of a subject that is itself an aim word)."""
    for child in tok.children:
        if child.dep_ == "poss":
            named = actor_near(ctx, child, depth=0)
            return named, named is not None or child.pos_ != "PRON"
    subject = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if subject is None and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        subject = next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None, False
    if lemma_of(subject) in chain:
        return _owner_of(subject, ctx, chain)[0], True
    return actor_near(ctx, subject), True


__all__ = ["aim_holding_word", "aimed_defeat_pairs"]
