"""The enemy a tie of support or alliance is aimed at: "X armed Y against Z", "Y was backed
by X against Z", "X funded the rebels against Z", "W, Ankara's ally against Z": support or
alliance given against a side sets both ends of the tie against it, so each fights Z.

Read once the tie itself has been found (extract/relations.py): the enemy is the object of
an ``enemy_preps`` phrase (``relations.yaml``: ``article_ties``) hung on the tie's cue word,
on a verb joined to it ("armed and trained Y against Z") or on the backed side's own noun
("funded the rebels against Z"). Only a named side is an enemy: "against the wishes of Z"
names a wish, not Z.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.alliancecues import alliance_phrase
from frontwatch.extract.armed import armed_non_state
from frontwatch.extract.betweensides import parted_sides
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.fightcues import a_civil_campaign
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_TIE_KINDS = frozenset({"backs", "allied"})


def tie_enemy_pairs(pairs: list[Pair], ctx: ArticleContext) -> list[Pair]:
    """A "fights" pair for each end of a backing or alliance tie and each side the tie is
    said to be aimed against."""
    out: list[Pair] = []
    for kind, source, target, trigger in pairs:
        if kind not in _TIE_KINDS or _a_deed(kind, trigger) or _in_a_pitting(trigger):
            continue
        if _in_a_parted_list(trigger, ctx):
            continue
        if _in_diplomacy(trigger, target, ctx):
            continue
        for enemy in _enemies(trigger, target, ctx):
            if kind == "backs" and not _material(trigger) and not armed_non_state(enemy.actor_id, ctx):
                continue  # "X supported Y against Z": a stand, a fight only against a militia
            out.extend(
                ("fights", side, enemy, trigger)
                for side in (source, target)
                if not _same_actor(side, enemy)
            )
    return out


def _a_deed(kind: str, trigger: Any) -> bool:
    """An alliance read from sides doing one deed together ("X and Y launched strikes
    against Z"): the deed's own "against" is read with the deed (extract/events), not here;
    only a word of alliance ("ally", "allied with", "alliance") aims the tie itself."""
    return kind == "allied" and trigger.pos_ in ("VERB", "AUX") and not alliance_phrase(trigger)


def _material(trigger: Any) -> bool:
    """Help in arms, men or money ("armed", "trained and equipped", "funded":
    ``material_help_words``), not a stand taken ("backed", "supported")."""
    material = get_lexicon().tie_words("material_help_words")
    return any(lemma_of(t) in material for t in (trigger, *trigger.conjuncts))


def _in_diplomacy(trigger: Any, target: Mention, ctx: ArticleContext) -> bool:
    """The tie is told in a setting of diplomacy ("at the UN Security Council", "during the
    diplomatic crisis": ``diplomatic_settings``, or a civil modifier on the setting)."""
    settings = get_lexicon().tie_words("diplomatic_settings")
    for head in _tie_heads(trigger, target, ctx):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ not in ("against", "with")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if lemma_of(obj) in settings or obj.lower_ in settings or a_civil_campaign(obj):
                    return True
    return False


def _in_a_pitting(trigger: Any) -> bool:
    """ "The war pits the government backed by X against rebels": the "against" is the
    pitting's, whatever word the parser hung it on (extract/pitting.py reads it)."""
    pitting = words("pitting_verbs")
    return any(lemma_of(t) in pitting or t.lower_ in pitting for t in trigger.ancestors)


def _in_a_parted_list(trigger: Any, ctx: ArticleContext) -> bool:
    """ "Clashes between A and B backed by X against C": the "against" parts the "between"
    list into sides (extract/betweensides.py reads it), whatever word the parser hung it on;
    a backer named inside a side is no side of that fight."""
    return any(
        t.dep_ == "prep" and t.lower_ == "between" and parted_sides(t, ctx) is not None
        for t in trigger.ancestors
    )


def _enemies(trigger: Any, target: Mention, ctx: ArticleContext) -> list[Mention]:
    preps = get_lexicon().tie_words("enemy_preps")
    found: list[Mention] = []
    heads = _tie_heads(trigger, target, ctx)
    for head in heads:
        for obj in (o for o in pobjs(head, preps) if not _verb_between(trigger, o.head, heads)):
            named = [m for m in coordinated_actors(obj, ctx) if _names_the_object(m, obj, ctx)]
            found.extend(m for m in named if all(m.start != f.start for f in found))
    return found


def _tie_heads(trigger: Any, target: Mention, ctx: ArticleContext) -> list[Any]:
    """The cue word, the verbs joined to it, and the backed side's noun when the cue verb
    governs it directly (the parser may hang "against Z" on any of them)."""
    heads = [trigger, *trigger.conjuncts]
    span = expanded_span(ctx.doc, target.start, target.end)
    if span is not None and len(span) and span.root.head in heads and span.root not in heads:
        heads.append(span.root)
    return heads


def _verb_between(trigger: Any, prep: Any, heads: list[Any]) -> bool:
    """A verb of another deed between the cue and the "against" ("with support from X, Y
    launched strikes against Z"): the phrase is that deed's, however the parser hung it."""
    low, high = sorted((trigger.i, prep.i))
    words = trigger.doc[low + 1 : high]
    return any(t.pos_ == "VERB" and t not in heads for t in words)


def _names_the_object(mention: Mention, obj: Any, ctx: ArticleContext) -> bool:
    """The mention is the "against" object itself or one of its conjuncts, not a name that
    only modifies it ("against the wishes of Z", "against Z's claims")."""
    tokens = [obj, *obj.conjuncts]
    return any(t.i in ctx.actor_at or mention.start <= t.idx < mention.end for t in tokens)


def _same_actor(side: Mention, enemy: Mention) -> bool:
    if side.actor_id or enemy.actor_id:
        return side.actor_id == enemy.actor_id
    return side.text == enemy.text
