"""Members named by what an alliance includes or who leads it: "Jaish al-Fatah, an alliance of Islamist
factions including Ahrar al-Sham", "the Southern Front, a coalition of brigades that
includes the Yarmouk Army", "the coalition, comprising Jordan and Bahrain".

The whole is the named actor that the alliance noun describes (its apposition, the subject
it is predicated of, or the name right before it when the parser lost the comma), or a
named actor the inclusion hangs on. Each part named is a member of it, and the parts
named together are allies. Classes ("rebel groups including X") are no whole. A state's
forces that "include" another body ("Iraqi forces, including Kurdish peshmerga", "Syrian
troops, including Hezbollah fighters") fight beside it: the part is their ally.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.coalitions import coordinated_actors, named_side, one_body
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import (
    acting_subject,
    alliance_of_members,
    is_person,
    named_in_apposition,
)
from frontwatch.records import Mention

_OF = frozenset({"of"})
_INCLUSION_DEPS = frozenset({"prep", "acl", "relcl"})  # "including", "comprising", "that includes"
_CLIMB_DEPS = frozenset({"pobj", "prep", "conj"})  # "an alliance of [groups] and [jihadists]"
_PURPOSE_DEPS = frozenset(
    {"acl", "prep", "relcl", "xcomp", "advcl"}
)  # "a coalition formed to fight"


def inclusion_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, an alliance of factions including A and B": A and B are members of X, and allies."""
    if tok.dep_ not in _INCLUSION_DEPS or lemma_of(tok) not in words("composition_verbs"):
        return
    alliance = _alliance_fought_for(tok) or _alliance_described(tok)
    whole = described_whole(alliance, ctx) if alliance is not None else _whole_above(tok, ctx)
    if whole is None and alliance is None:
        return
    # "made up of A and B", "composed of A and B": the parts hang on "of"
    objects = [c for c in tok.children if c.dep_ in ("pobj", "dobj")] + pobjs(tok, _OF)
    parts = [m for o in objects for m in coordinated_actors(o, ctx) if named_side(m)]
    parts = [p for p in parts if whole is None or not one_body(p, whole, ctx)]
    joint = whole is not None and _state_force(whole, ctx)
    for part in parts:
        # "Iraqi forces, including Kurdish peshmerga": another body beside a state's forces
        yield from pair_of("allied" if joint else "member_of", part, whole, tok)
    for first, other in combinations(parts, 2):
        yield from pair_of("allied", first, other, tok)


def _state_force(whole: Mention, ctx: ArticleContext) -> bool:
    """A state or its forces (``relations.yaml``: ``joint_force_types``): a body it
    "includes" that is not one of its own arms fights beside it, as an ally, not a member."""
    actor = ctx.kb.get(whole.actor_id) if whole.actor_id else None
    return actor is not None and actor.type in words("joint_force_types")


def _alliance_fought_for(tok: Any) -> Any | None:
    """ "a coalition to fight the Houthis, which included A and B", "an alliance against X
    which comprised A and B": the clause on the enemy lists the alliance's members (the
    alliance noun, whether or not it is a name); None for any other inclusion."""
    enemy = tok.head
    if tok.dep_ != "relcl" or enemy.dep_ not in ("dobj", "pobj"):
        return None
    current = enemy.head
    for _ in range(4):  # "[coalition] (formed) to fight [X]", "[alliance] against [X]"
        if lemma_of(current) in words("alliance_nouns"):
            return current
        built = [c for c in current.children if c.dep_ == "dobj"]
        if built and lemma_of(built[0]) in words("alliance_nouns"):
            return built[0]  # "built a coalition to take on X, which includes A"
        if current.dep_ not in _PURPOSE_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _alliance_described(tok: Any) -> Any | None:
    """ "The coalition, made up of A and B, ...": the alliance noun a participle of
    composition describes, named or not (its parts are allies either way)."""
    if tok.dep_ != "acl" or lemma_of(tok.head) not in words("alliance_nouns"):
        return None
    return tok.head


def _whole_above(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The named actor the inclusion describes, found up the noun phrase it hangs on."""
    noun = tok.head
    for _ in range(4):
        own = ctx.actor_at.get(noun.i)
        if own is not None and named_side(own):
            return own
        if lemma_of(noun) in words("alliance_nouns"):
            return described_whole(noun, ctx)
        if noun.dep_ not in _CLIMB_DEPS or noun.head.i == noun.i:
            return None
        if noun.dep_ == "conj" and noun.head.i in ctx.actor_at:
            return None  # "the FSA and other groups including X": X is one of the others
        noun = noun.head
    return None


def described_whole(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Who "an alliance of ..." is: the name it is in apposition to, the subject it is
    said of ("X is an alliance of ..."), or the name just before it ("X an alliance of").
    A name that is itself an alliance noun is the whole ("the Northern Alliance, consisting
    of A and B": the participle hangs on the name)."""
    own = ctx.actor_at.get(noun.i)
    if own is not None and named_side(own):
        return own
    if noun.dep_ == "appos":
        found = actor_near(ctx, noun.head, depth=1)
    elif noun.dep_ == "attr":
        subj = acting_subject(noun.head, ctx)
        found = actor_near(ctx, subj, depth=1)
    else:
        before = noun.left_edge.i - 1
        while before >= 0 and noun.doc[before].is_punct:
            before -= 1
        found = ctx.actor_at.get(before) if before >= 0 else None
    return found if found is not None and named_side(found) else None


def heading_pairs(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Y, led by X", "X heads Y" (leads; a group that leads Y is a member); "Y, represented
    by X" (member_of)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return
    if lemma in words("heading_verbs"):
        kind = "leads"
    elif lemma in words("representing_verbs"):
        kind = "member_of"
    else:
        return
    passive = verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive:
        agents = pobjs(verb, frozenset({"by"}))
        person = actor_near(ctx, agents[0]) if agents else None
        subj = verb.head if verb.dep_ == "acl" else acting_subject(verb, ctx)
        if kind == "leads" and agents and subj is not None and not is_person(person, ctx):
            yield from _led_by_a_group(agents[0], subj, verb, ctx)
            return
        group = actor_near(ctx, subj, depth=1)
    else:
        subj = acting_subject(verb, ctx)
        person = actor_near(ctx, subj)
        group = first_actor([c for c in verb.children if c.dep_ == "dobj"], ctx)
    yield from pair_of(kind, person, group, verb)


def _led_by_a_group(agent: Any, subj: Any, verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, a coalition of factions led by the Nusra Front": a group that leads an alliance
    is one of its members; both named by the very words the parser hangs "led" on (not
    "bases run by X", nor "led by al Qaeda's affiliate", which is not al Qaeda)."""
    leader = ctx.actor_at.get(named_in_apposition(agent).i)
    whole = ctx.actor_at.get(alliance_of_members(subj).i)
    yield from pair_of("member_of", leader, whole, verb)
