"""Sides that share one force noun: "Iraqi and Kurdish forces retook T from Z", "Ethiopian,
Kenyan and Somali government troops are fighting to push out Z", "Somali and AU troops".

A coordination of owners before one noun of a side's arm names as many sides as owners, each
read with the noun ("Kurdish" with "forces" is the Kurdish forces, not the Kurds as a people).
When that noun is the doer, the sides are allies; when its deed is one of war done to a side
(the deed's object, its "from"/"against" object, the object of the aim it is done for), each
side fights that side. Not alternatives ("Russian or Syrian jets") nor a deed's target
("attacked Kurdish and Arab positions": owners of a target are no doers). The deeds are data
(``relations.yaml``: ``co_agent_verbs``, ``shared_deed_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from frontwatch.extract.coalitions import (
    arm_head,
    co_owner_pairs,
    coordinated_actors,
    coordinated_modifiers,
    done_apart,
    done_to_each_other,
    done_together,
    enemy_of,
    is_doer,
    one_body,
    same_side,
)
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.postlinks import resolve_with_noun
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]
SHARED_OWNER_DEPS = frozenset({"amod", "compound", "nmod"})


@cache
def _deed_verbs() -> frozenset[str]:
    words = get_lexicon().relation_words
    return words("co_agent_verbs") | words("shared_deed_verbs")


def shared_head_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """Allies among the owners of one doing force noun, and each one's fight with the side
    its deed is done to; asked on the first owner's token, so once per noun."""
    noun = _shared_noun(tok)
    if noun is None or not arm_head(noun, ctx) or not is_doer(noun):
        return
    owners = coordinated_modifiers(noun, ctx)
    first = ctx.actor_at.get(tok.i)
    if not owners or first is None or owners[0].start != first.start or _alternatives(noun):
        return
    sides = _sides(owners, noun, ctx)
    if len(sides) < 2:
        return
    deed = _deed_of(noun)
    if deed is None and not _acting_together(noun):
        return  # "Turkish and Kurdish forces clashed", "... killed each other", "were killed"
    told = _told_by_owners(noun, ctx)
    apart = deed is not None and done_apart(deed, [noun])  # "X and Y troops each fought Z"
    for one, other in combinations(sides, 2):
        if apart:
            break
        if not one_body(one, other, ctx) and _bodies(one, other, ctx) not in told:
            yield "allied", one, other, deed if deed is not None else noun
    enemy = _enemy(deed, ctx) if deed is not None else None
    if enemy is None:
        return
    for side in sides:
        if not same_side(side, enemy, ctx):
            yield "fights", side, enemy, deed


def _acting_together(noun: Any) -> bool:
    """Owners of a subject with no deed of war are allies only when the verb is not one
    that sets them against each other ("clashed", "killed each other") and they are not
    its sufferers ("were killed in the fighting")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return True  # the agents of a passive deed ("overrun by Chadian and Nigerien troops")
    if noun.dep_ != "nsubj":
        return False
    words = get_lexicon().relation_words
    verb = noun.head
    reciprocal = lemma_of(verb) in words("reciprocal_verbs") | words("reciprocal_fight_verbs")
    return not reciprocal and not done_to_each_other(verb)


def _told_by_owners(noun: Any, ctx: ArticleContext) -> set[frozenset[str]]:
    """The alliances ``co_owner_pairs`` already tells between two owners ("Russian and
    Syrian jets"), as pairs of bodies: the same tie is not told twice under other ids."""
    owners = (t for t in noun.lefts for t in t.subtree if t.i in ctx.actor_at)
    return {_bodies(a, b, ctx) for t in owners for _, a, b, _ in co_owner_pairs(t, ctx)}


def _bodies(one: Mention, other: Mention, ctx: ArticleContext) -> frozenset[str]:
    return frozenset((ctx.kb.body_of(one.actor_id), ctx.kb.body_of(other.actor_id)))


def _shared_noun(tok: Any) -> Any | None:
    """The noun an owner modifies, through the owners coordinated before it ("Iraqi" of
    "Iraqi and Kurdish forces"; "Kurdish" is a conjunct of "Iraqi")."""
    current = tok
    for _ in range(4):
        if current.dep_ != "conj":
            break
        current = current.head
    if current.dep_ not in SHARED_OWNER_DEPS or current.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return current.head


def _alternatives(noun: Any) -> bool:
    """ "Russian or Syrian jets": one of them did it, not both."""
    return any(
        t.dep_ in ("cc", "preconj") and t.lower_ != "and" for t in noun.subtree if t.i < noun.i
    )


def _sides(owners: list[Mention], noun: Any, ctx: ArticleContext) -> list[Mention]:
    """Each owner read with the words it shares when they make it another side ("Kurdish" +
    "forces" are no Kurds as a people, "Syrian" + "rebel forces" no Syria); a mention that
    already takes the noun in ("Somali government troops") stays as it is."""
    shared = _shared_words(owners, noun)
    sides: list[Mention] = []
    for owner in owners:
        side = resolve_with_noun(ctx, owner, shared) if owner.end <= noun.idx else None
        if side is None or ctx.kb.body_of(side.actor_id) == ctx.kb.body_of(owner.actor_id):
            side = owner  # "Iraqi" stays Iraq: its forces are no other side
        if all(side.actor_id != s.actor_id for s in sides):
            sides.append(side)
    return sides


def _shared_words(owners: list[Mention], noun: Any) -> str:
    """The words after the last owner, up to the noun: "rebel forces" of "Turkish and Syrian
    rebel forces", "government troops" of "Ethiopian and Somali government troops"."""
    last = owners[-1]
    cut = last.end if last.end <= noun.idx else last.start + 1
    return " ".join(t.text for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.idx >= cut)


def _deed_of(noun: Any) -> Any | None:
    """The deed of war the noun does as the subject, or as the "by" agent of a passive."""
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "by":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or lemma_of(verb) not in _deed_verbs():
        return None
    return verb if done_together(verb) else None


def _enemy(deed: Any, ctx: ArticleContext) -> Mention | None:
    """The side the deed is done to; in the passive, its subject ("Z was attacked by ...")."""
    sufferers = [c for c in deed.children if c.dep_ == "nsubjpass"]
    return enemy_of(deed, ctx, []) or next(
        (m for m in (actor_near(ctx, s, depth=1) for s in sufferers) if m is not None), None
    )


def backed_together(noun: Any | None, participle: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides a backed noun stands among: the owners it shares ("Ugandan and Burundian
    troops backed by Z") or, set off by a comma, the items of its list ("X and Y, backed by
    Z"; without the comma only Y is said to be backed); none for a noun alone."""
    if noun is None:
        return []
    owners = coordinated_modifiers(noun, ctx) if arm_head(noun, ctx) else []
    if owners and not _alternatives(noun):
        return _sides(owners, noun, ctx)
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return []
    if first_conjunct(noun).dep_ not in ("nsubj", "nsubjpass", "appos"):
        return []  # "took the town from ISIS and al-Nusra, backed by X": X backs the doer
    listed = coordinated_actors(first_conjunct(noun), ctx)
    return listed if len(listed) > 1 else []
