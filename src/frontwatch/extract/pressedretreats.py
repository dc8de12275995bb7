"""A retreat under an enemy's pressure sets the two sides against each other.

"Syrian troops withdrew amid an advance by Turkey-backed fighters", "Kurdish forces
pulled back under heavy pressure from the rebels", "Russian troops fled the village as
Ukrainian forces advanced": the side that pressed fights the side that left, though no
verb says they fought. The pressing side is the doer ("by", "from", an owner) of a
pressure noun after one of the retreat's prepositions, or the subject of a verb of
advancing in a clause the retreat hangs on ("as X advanced"). The tie keeps the retreat's
certainty and sentence. The words are data (``relations.yaml``:
``article_ties.pressed_retreats``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import named_side_ties
from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.squeezedsides import abstract_object
from frontwatch.records import Event, Mention, Relation

_RETREAT = "RETREAT"
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def pressed_retreat_ties(events: list[Event], ctx: ArticleContext) -> list[Relation]:
    """Fights ties between each retreating side and the side its sentence says pressed it
    (events given are one sentence's). Not a halt or a release ("suspended its operations after
    X's attack", ``unpressed_modes``): a side that stops fighting or frees captives is not
    said to give ground to anyone."""
    unpressed = _words()["unpressed_modes"]
    retreats = [e for e in events if e.mode not in unpressed]
    return named_side_ties(retreats, _RETREAT, _presser, "pressed", ctx)


def _presser(retreat: Any, ctx: ArticleContext) -> Mention | None:
    """Who the retreat's sentence says pressed it: "amid an advance by X", "under
    pressure from X", "after X's assault", "as X advanced"."""
    table = _words()
    if abstract_object(retreat):
        return None  # "retreated from its demands under pressure from X": a concession
    for child in retreat.children:
        found = _pressing_phrase(child, table, ctx) or _advancing_clause(child, table, ctx)
        if found is not None:
            return found
    return None


def _pressing_phrase(
    prep: Any, table: dict[str, frozenset[str]], ctx: ArticleContext
) -> Mention | None:
    """ "amid an advance by X", "under pressure from X", "after X's assault"."""
    if prep.dep_ != "prep" or prep.lower_ not in table["preps"]:
        return None
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    pressing = [n for n in nouns if lemma_of(n) in table["pressure_nouns"]]
    return next((m for m in (_doer_of_pressure(n, ctx) for n in pressing) if m), None)


def _advancing_clause(
    clause: Any, table: dict[str, frozenset[str]], ctx: ArticleContext
) -> Mention | None:
    """ "as X advanced", "after X stormed the town": the advancing clause's subject."""
    if clause.dep_ != "advcl" or lemma_of(clause) not in table["advancing_verbs"]:
        return None
    if not any(m.dep_ == "mark" and m.lower_ in table["marks"] for m in clause.children):
        return None
    return actor_near(ctx, acting_subject(clause, ctx))


def _doer_of_pressure(noun: Any, ctx: ArticleContext) -> Mention | None:
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    return first_actor(pobjs(noun, frozenset({"by", "from"})), ctx) or first_actor(owners, ctx)


def _words() -> dict[str, frozenset[str]]:
    table: dict[str, list[str]] = get_lexicon().relations["article_ties"]["pressed_retreats"]
    return {key: frozenset(words) for key, words in table.items()}


__all__ = ["pressed_retreat_ties"]
