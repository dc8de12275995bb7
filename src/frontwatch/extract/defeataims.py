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
_CHAIN_LINKS = frozenset(
    {
        "pobj",
        "prep",
        "pcomp",
        "dobj",
        "xcomp",
        "acl",
        "acomp",
        "attr",
        "amod",
        "advcl",
        "ccomp",
        "oprd",
        "conj",
    }
)
# a verb of an aim told as a purpose: "(continue) to destroy Y", "(efforts) to root out Y",
# "(help) dismantle Y", "(work with partners) to defeat Y", "(degrade and) destroy Y"
_PURPOSE_LINKS = frozenset({"xcomp", "advcl", "acl", "conj"})
# "(ensuring that) Y is defeated", "(to see) Y defeated"
_PASSIVE_AIM_LINKS = frozenset({"ccomp", "xcomp", "oprd", "conj"})
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
    """Y of "the defeat of Y", of "(the goal of) defeating Y", of a purpose "(efforts) to
    root out Y" / "(help) dismantle Y" / "(to work) to defeat Y", or the passive subject of
    "(ensuring that) Y is defeated"; [] for any other word."""
    lemma = lemma_of(tok)
    if tok.pos_ == "NOUN" and lemma in words("defeat_nouns"):
        return pobjs(tok, _OF)
    if not _is_aim_verb(tok):
        return []
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj"):
        return _objects(tok)
    if tok.tag_ == "VBN" and tok.dep_ in _PASSIVE_AIM_LINKS:
        return [c for c in tok.children if c.dep_ in _SUBJECTS]
    if tok.tag_ in ("VB", "VBG") and tok.dep_ in _PURPOSE_LINKS:
        return _objects(tok)
    return []


def _is_aim_verb(tok: Any) -> bool:
    return tok.pos_ == "VERB" and lemma_of(tok) in words("against_verbs") | words("aim_verbs")


def _objects(verb: Any) -> list[Any]:
    """A verb's objects, and the side an object belongs to: "disrupt Y's networks", "root
    out Y cells"."""
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        found.append(obj)
        found.extend(c for c in obj.children if c.dep_ in ("poss", "compound") and c.pos_ != "PRON")
    return found


def _holder(tok: Any, ctx: ArticleContext) -> Mention | None:
    return held_aim(tok, ctx)[0]


def held_aim(tok: Any, ctx: ArticleContext) -> tuple[Mention | None, Any | None]:
    """Whose aim the defeat is, and the word it is found at: the first subject or possessor
    met walking up through the words of an aim (``aim_chain_words``) and the prepositions
    between them; (None, None) when the walk meets another word first."""
    chain = get_lexicon().tie_words("aim_chain_words")
    cur = tok
    for _ in range(_MAX_STEPS):
        if any(c.dep_ == "neg" for c in cur.children):
            return None, None  # "not committed to", "committed to not destroying"
        # "(ensuring that) Y is defeated": the aim's passive subject is its enemy, no holder
        owner, settled = (
            (None, False) if cur.i == tok.i and tok.tag_ == "VBN" else _owner_of(cur, ctx, chain)
        )
        if settled:
            return owner, cur
        if cur.dep_ not in _CHAIN_LINKS or cur.head.i == cur.i:
            return None, None
        step, cur = cur.dep_, cur.head
        if not _links_aim(cur, step, chain):
            return None, None
    return None, None


def _links_aim(word: Any, step: str, chain: frozenset[str]) -> bool:
    """Whether the walk goes on through ``word``, reached by a ``step`` link: a preposition,
    a word of an aim, or the first of coordinated aim verbs ("degrade and destroy Y")."""
    if word.dep_ == "prep" or word.pos_ == "ADP" or lemma_of(word) in chain:
        return True
    return step == "conj" and _is_aim_verb(word)


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
