"""Ties read from the ties a sentence's cues state: the enemies a tie is aimed at
(extract/tieenemies.py), and the alliance a membership between two armed groups is.

An armed group that is a member of another (a branch, an affiliate, an offshoot, a wing, a
faction of it: "ISIL, a branch of al-Qaeda", "the al-Qaeda affiliate Hurras al-Din",
"Northern Storm, part of the FSA"; or one that joined it: extract/joinedgroups.py) fights
on its side: the two are allies too, as a core member already is (extract/coremembers.py).
A state, a state's forces or a person in a body (a minister of a government, a fighter of
a group) is no such ally (an armed group in a state's force is: "one of the militias that
formed the Popular Mobilization Forces"): its membership says nothing of sides. Nor is a
member of a bloc of states and movements (an ``igo`` of the packs: "acts as part of the Axis
of Resistance"): it is a member of it, as the member_of tie says, not an ally of the bloc
(its allies are the bloc's other members). Nor is a part of a whole
described by its parts ("the SDF, an alliance of the YPG and Arab militias", "X consists
of A and B"): the parts are allies of one another there (extract/inclusion.py,
extract/alliancecues.py), not of the whole they make.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import armed_non_state
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relpairs import Pair, words
from frontwatch.extract.tieenemies import tie_enemy_pairs
from frontwatch.records import Mention

_STATE_TYPES = frozenset({"state", "state_agency", "state_forces"})
_BLOC_TYPES = frozenset({"igo"})  # "part of the Axis of Resistance": a member, no ally of it


def derived_pairs(pairs: list[Pair], ctx: ArticleContext) -> list[Pair]:
    """The pairs the sentence's cue pairs imply: each tie's enemies, and members' alliances."""
    return tie_enemy_pairs(pairs, ctx) + member_ally_pairs(pairs, ctx)


def member_ally_pairs(pairs: list[Pair], ctx: ArticleContext) -> list[Pair]:
    """An "allied" pair for each membership between two armed groups of no state."""
    return [
        ("allied", member, whole, trigger)
        for kind, member, whole, trigger in pairs
        if kind == "member_of"
        and not _composition(trigger)
        and armed_group(member, ctx)
        and (armed_group(whole, ctx) or _militia_umbrella(whole, ctx))
        and not _bloc(whole, ctx)
    ]


def _bloc(mention: Mention, ctx: ArticleContext) -> bool:
    """A bloc of states and movements ("the Axis of Resistance"): its members are no allies of it."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type in _BLOC_TYPES


def _militia_umbrella(mention: Mention, ctx: ArticleContext) -> bool:
    """A state's force that armed groups of no state are members of ("X is one of the militias
    that formed the Popular Mobilization Forces"): the member fights on its side."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type == "state_forces"


def _composition(trigger: Any) -> bool:
    """A whole described by its parts: "an alliance of A and B", "consists of A and B"."""
    return lemma_of(trigger) in words("alliance_nouns") | words("composition_verbs")


def armed_group(mention: Mention, ctx: ArticleContext) -> bool:
    """An armed group of no state, or a class of them ("the rebels")."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type not in _STATE_TYPES and armed_non_state(mention.actor_id, ctx)
