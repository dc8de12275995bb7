"""Sides that join another's troops: "tribal fighters joined government forces in the push
on T", "Shiite and Kurdish militiamen have joined Iraqi soldiers in the province": the one
who joins fights beside the troops joined, so the two are allies. So does a side that joins
another's effort ("joined the army's offensive", "joined the government push") or fights
under its command ("fought under the army's command", "under the banner of Y").

Only troops joined ("joined the army's soldiers", not "joined the rebels", which may be
membership, nor "joined talks"), and only armed sides on both ends. The verbs and the
force nouns are data (``relations.yaml``: ``article_ties.joining_verbs``,
``article_ties.joined_force_nouns``).

A group entering another group is a member of it (``joined_group_pairs``): "X joined Y",
"X rejoined Y", "X merged into Y", "X was absorbed into Y", "X was folded into Y", "X pledged
allegiance to Y"; a group that merged with another is its ally ("X merged with Y"). Group
histories in encyclopaedic prose tell ties this way ("leading to the movement joining HTS in
2017", "by joining the Front alongside Ahrar al-Sham"); membership between two armed groups
is also an alliance (extract/memberallies.py). Both ends are armed groups of no state, or
classes of them ("joined the rebels"): a state joining an alliance of states, troops joined
in a battle (above) or a person joining a group ties no groups there. Sides named beside the
joiner ("alongside Y") join too (``relations.yaml``: ``membership_verbs``, ``membership_preps``,
``merger_preps``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.fightcues import a_civil_campaign
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.memberallies import armed_group
from frontwatch.extract.otherowners import other_side_referred_to
from frontwatch.extract.postlinks import elided_side
from frontwatch.extract.relcues import Pair, verb_above, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import coordinated_actors, coordinated_modifiers, one_body
from frontwatch.records import Mention

_OWNER_PREPS = frozenset({"of", "by"})
_IN = frozenset({"in"})
_AGAINST = frozenset({"against"})


def joined_force_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X joined Y troops", "X joined Y's offensive", "X fought under Y's command": X and Y
    are allies."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _tie_words("joining_verbs"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        joined, deed = _joined(obj, ctx) or _joined_in_effort(tok, obj, ctx), tok
    elif (
        tok.lemma_.lower() in get_lexicon().relation_words("command_nouns")
        and tok.head.lower_ == "under"
    ):
        deed = verb_above(tok)  # "fought under Y's command", "under its banner"
        joined = _owner(tok, ctx) or _pronoun_owner(tok, deed, ctx)
    else:
        return
    if joined is None or not armed(joined.actor_id, ctx):
        return
    # a campaign of words, money or law ("the media campaign against Z", "the campaign against
    # Z, cutting diplomatic ties") has no war enemy
    efforts = [e for e in _efforts(deed) if not a_civil_campaign(e)]
    enemies = [e for effort in efforts for e in _enemies_of(effort, ctx)]
    for joiner in _joiners(deed, ctx):
        if joiner is not joined and not one_body(joiner, joined, ctx):
            yield "allied", joiner, joined, tok
            yield from (("fights", joiner, e, tok) for e in enemies if not one_body(joiner, e, ctx))


def _joined(noun: Any | None, ctx: ArticleContext) -> Mention | None:
    """Whose force or effort a side joins: "Y troops", "Y's offensive", "the push by Y";
    an effort of no one named ("joined the battle") joins no side."""
    if noun is None:
        return None
    word = noun.lemma_.lower()
    if word in _tie_words("joined_force_nouns"):
        return actor_near(ctx, noun, depth=1)
    return _owner(noun, ctx) if word in _tie_words("joined_effort_nouns") else None


def _joined_in_effort(verb: Any, obj: Any | None, ctx: ArticleContext) -> Mention | None:
    """ "X joined Y in the battle for T", "joined Y in the fight against Z": a side named
    with the effort it is joined in (not "joined Y in 2013", which may be membership)."""
    if obj is None or not _efforts(verb):
        return None
    return actor_near(ctx, obj, depth=1)


def _efforts(verb: Any) -> list[Any]:
    """The efforts a side is joined in: "in the battle", "in the offensive on T"."""
    efforts = _tie_words("joined_effort_nouns")
    objs = pobjs(verb, _IN) + [o for d in verb.children if d.dep_ == "dobj" for o in pobjs(d, _IN)]
    return [o for o in objs if o.lemma_.lower() in efforts]


def _enemies_of(effort: Any, ctx: ArticleContext) -> list[Mention]:
    """Whom the effort is against: "the fight against Z"."""
    return [m for o in pobjs(effort, _AGAINST) if (m := actor_near(ctx, o, depth=1)) is not None]


def _owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side an effort or a command is of: "the army's", "the government push", "of the
    army", "by the army"; not an adjective ("a Russian-backed push" is no Russian push)."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nsubj")]
    owners += pobjs(noun, _OWNER_PREPS)
    return next((m for m in (actor_near(ctx, o, depth=1) for o in owners) if m is not None), None)


def _pronoun_owner(noun: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "Y fights under its banner": "its" is another side than Y (one fights under one's own
    flag only as "its own", which ties no one)."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None or any(c.lower_ == "own" for c in noun.children):
        return None
    fighter = actor_near(ctx, acting_subject(verb, ctx), depth=1)
    return other_side_referred_to(verb, fighter, ctx, pronoun)


def _joiners(verb: Any, ctx: ArticleContext) -> list[Mention]:
    """The armed sides of the subject: "X and Y", "Shiite and Kurdish militiamen"."""
    subj = acting_subject(verb, ctx)
    if subj is None:
        return []
    found = [_with_head(m, subj, ctx) for m in coordinated_modifiers(subj, ctx)]
    found = found or coordinated_actors(subj, ctx)
    return [m for m in found if armed(m.actor_id, ctx)]


def _with_head(mention: Mention, head: Any, ctx: ArticleContext) -> Mention:
    """A modifier's side read with the head it shares when the modifier alone names no armed
    side: "Shiite and Kurdish militiamen" are Shiite militiamen and Kurdish militiamen."""
    if armed(mention.actor_id, ctx):
        return mention
    modifier = next((t for t in head.subtree if t.idx == mention.start), None)
    return (elided_side(ctx, modifier, head) if modifier is not None else None) or mention


def _tie_words(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def joined_group_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """``tok`` a verb of membership: each joiner is a member of the whole it enters (or an
    ally of the group it merged with)."""
    lemma = lemma_of(tok)
    joins = lemma in words("membership_verbs")
    if tok.pos_ != "VERB" or not (joins or lemma in words("entry_verbs")):
        return
    # "joined Y": the object; "merged into Y", "pledged allegiance to Y": a preposition's
    wholes = _wholes(tok, ctx, frozenset() if joins else words("membership_preps"), objects=joins)
    kind = "member_of"
    if not wholes and not joins:
        wholes, kind = _wholes(tok, ctx, words("merger_preps"), objects=False), "allied"
    for joiner in _group_joiners(tok, ctx) if wholes else ():
        for whole in wholes:
            if joiner.actor_id != whole.actor_id:
                yield kind, joiner, whole, tok


def _wholes(verb: Any, ctx: ArticleContext, preps: frozenset[str], *, objects: bool) -> list[Mention]:
    """The groups entered: the verb's object ("joined Y"), or the object of a preposition on
    the verb or on its object ("merged into Y", "pledged allegiance to Y", "absorbed by Y");
    none named by a force noun ("joined government troops": ``joined_force_pairs``)."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    nouns = dobjs if objects else [o for h in (verb, *dobjs) for o in pobjs(h, preps)]
    force_nouns = _tie_words("joined_force_nouns")
    return [
        m
        for noun in nouns
        if lemma_of(noun) not in force_nouns
        for m in coordinated_actors(noun, ctx)
        if armed_group(m, ctx)
    ]


def _group_joiners(verb: Any, ctx: ArticleContext) -> list[Mention]:
    """The groups that join: the verb's subject, the noun a participle hangs on ("the
    movement joining Y"), and the sides named beside them ("alongside Z")."""
    subj = acting_subject(verb, ctx)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    joiners = coordinated_actors(subj, ctx) if subj is not None else []
    if not joiners and subj is not None and (one := actor_near(ctx, subj, depth=1)) is not None:
        joiners = [one]
    beside = pobjs(verb, get_lexicon().relation_words("alliance_preps"))
    joiners += [m for noun in beside for m in coordinated_actors(noun, ctx)]
    return [m for m in joiners if armed_group(m, ctx)]

