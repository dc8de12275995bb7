"""Dependency cues for alliance and membership between actors: "allied with Y", "fought
alongside Y", "a coalition of A and B", "a commander of Y". Split from relcues.py, which keeps
the backing cues and the helpers every cue module shares.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from frontwatch.extract.allianceprep import alliance_prep as alliance_prep  # noqa: PLC0414 - re-exported: its readers import it here
from frontwatch.extract.amongthem import named_members
from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.coalitions import coordinated_actors, lists_on, named_side, one_body
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.inclusion import described_whole
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.oneofclass import one_of_the_class
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import named_examples
from frontwatch.records import Mention

_PARTNER_PREPS = frozenset({"with", "to"})  # "allied with Y", "allied to Y"
# "a commander of/in/for Y", "a member of Y", "a brigadier in the navy"
_GROUP_PREPS = frozenset({"of", "in", "for", "within"})


def alliance_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if tok.dep_ == "prep" and alliance_prep(tok) is not None:
        yield from _alongside(tok, ctx)
    elif tok.pos_ == "VERB" and alliance_phrase(tok):
        subj = acting_subject(tok, ctx)
        partners = pobjs(tok, _PARTNER_PREPS) or [  # "joined forces with Y": on "forces"
            g for c in tok.children if c.dep_ == "dobj" for g in pobjs(c, _PARTNER_PREPS)
        ]
        yield from pair_of("allied", actor_near(ctx, subj), first_actor(partners, ctx), tok)
    elif lemma in words("alliance_nouns"):
        yield from _coalition(tok, ctx)
    elif lemma in words("banner_nouns") and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        owner = first_actor(pobjs(tok, frozenset({"of"})), ctx) or first_actor(
            [c for c in tok.children if c.dep_ in ("poss", "compound")], ctx
        )
        subj = acting_subject(verb_above(tok), ctx)
        yield from pair_of("allied", actor_near(ctx, subj), owner, tok)


def alliance_phrase(verb: Any) -> bool:
    phrases = words("alliance_phrases")
    lemma = verb.lemma_.lower()
    keys = {lemma} | {
        f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("dobj", "prt", "prep")
    }
    keys |= {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt", "prep")}
    return bool(keys & phrases)


def _alongside(prep: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X fought alongside Y (and Z)", "X, along with Y, captured T", "X together with Y", "X leads
    operations alongside Y" (the phrase hung on the deed's object): allies, when Y names
    people (``_names_people``);
    when the phrase hangs on a deed or on its subject, the deed is the cue (its certainty,
    and the allies share its enemy)."""
    objs = [g for g in prep.children if g.dep_ == "pobj" and _names_people(g, ctx)]
    # "alongside the army and Russian forces": every side the object names is an ally
    allies = coordinated_actors(objs[0], ctx) if objs else []
    anchor = alliance_prep(prep) or prep
    head = anchor.head
    if head.i in ctx.place_at:  # "fights Z south of Aleppo alongside Y": the parser hangs it on the place
        head = verb_above(head)
    if _undergone_or_listed(head):
        return  # "were criticised alongside Y", "sanctioned X alongside Y": named together only
    trigger = prep
    doers: list[Mention] = []  # "X and Y fought alongside Z": both fight beside Z
    co_doers: list[Mention] = []
    if head.pos_ in ("VERB", "AUX"):
        subj = acting_subject(head, ctx)
        actor = actor_near(ctx, subj)
        doers = coordinated_actors(subj, ctx)[1:] if actor is not None else []
        if actor is not None:  # "militias, among them A and B, fought beside Y": A and B
            actor, *members = named_members(subj, ctx, actor)
            doers = [*members, *doers]
        trigger = head if head.pos_ == "VERB" else prep
        co_doers = _joined_to(subj, head, prep, ctx) if subj is not None else []
    else:
        actor = actor_near(ctx, head, depth=1)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
            trigger = head.head
        elif actor is None and head.dep_ == "dobj":  # "X leads operations alongside Y"
            subj = acting_subject(head.head, ctx)
            actor, trigger = actor_near(ctx, subj), head.head
            doers = coordinated_actors(subj, ctx)[1:] if actor is not None else []
    backed = _backed_by_deed(trigger, ctx) if actor is not None else None
    sender = _sender(head, ctx)
    for ally in allies:
        if sender is not None and sender.actor_id != ally.actor_id:
            yield from pair_of("backs", sender, ally, head.head)
        yield from pair_of("allied", actor, ally, trigger)
        for doer in doers:
            if doer.actor_id != ally.actor_id:
                yield from pair_of("allied", doer, ally, trigger)
        for co_doer in co_doers:  # "X, together with W, fought alongside Y": W too
            yield from pair_of("allied", co_doer, ally, trigger)
        if backed is not None and backed.actor_id != ally.actor_id:
            yield from pair_of("backs", ally, backed, trigger)  # "X, along with Y, arms Z"


def _joined_to(subj: Any, verb: Any, other_prep: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides an alliance phrase other than ``other_prep`` joins to a deed's subject, on
    the subject or between it and the verb: "Saudi Arabia, together with the UAE, entered
    the war alongside Y", "Iran, along with Hezbollah, fought alongside Y"."""
    hosts = [*subj.children, *(c for c in verb.children if subj.i < c.i < verb.i)]
    preps = [p for h in hosts for p in (h, *h.children) if p.dep_ == "prep"]
    return [
        m
        for prep in preps
        if prep.i != other_prep.i and alliance_prep(prep) is not None
        for obj in prep.children
        if obj.dep_ == "pobj" and _names_people(obj, ctx)
        for m in coordinated_actors(obj, ctx)
    ]


def _sender(verb: Any, ctx: ArticleContext) -> Mention | None:
    """Who sent the men that fight or stand beside a side ("Tehran sent fighters to stand
    beside Damascus"): the sender backs the side its men stand beside."""
    if verb.dep_ not in ("xcomp", "advcl") or lemma_of(verb.head) not in words("sending_verbs"):
        return None
    return actor_near(ctx, acting_subject(verb.head, ctx))


def _undergone_or_listed(verb: Any) -> bool:
    """A passive verb, or a verb of judging, naming or signing (``listing_verbs``): who
    stands "alongside" there is listed with the others, not fighting beside them."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # a present participle is no passive, whatever the parser labels the doer after "were"
    passive = verb.tag_ != "VBG" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive or lemma_of(verb) in get_lexicon().tie_words("listing_verbs")


def _backed_by_deed(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The side a deed of backing backs: "arming Z", "supplies weapons to Z" (None for
    any other deed)."""
    if verb.pos_ != "VERB":
        return None
    lemma = lemma_of(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    backing = lemma in words("backing_verbs")
    found = first_actor(objs, ctx) if backing else None
    giving = backing or lemma in words("giving_verbs")
    if found is None and giving and objs and lemma_of(objs[0]) in words("giving_objects"):
        found = first_actor(pobjs(verb, frozenset({"to", "for"})), ctx)
    return found


def _names_people(obj: Any, ctx: ArticleContext) -> bool:
    """A side or its people, no thing of theirs ("alongside the army's supply routes")."""
    return obj.i in ctx.actor_at or obj.lemma_.lower() in get_lexicon().tie_words(
        "alliance_prep_people"
    )


def _coalition(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "a coalition of X, Y and Z": every two members are allies; so are X and Y of "X
    formed an alliance with Y" (a verb of making one: not "denied", "ended") and "the YPG's
    alliance with Y"."""
    partner = first_actor(pobjs(noun, _PARTNER_PREPS), ctx)
    if partner is not None:
        yield from _alliance_with(noun, partner, ctx)
    for obj in pobjs(noun, frozenset({"of", "between"})):
        found: list[Mention] = []
        for tok in _member_tokens(obj):
            found.extend(m for m in _members_named_by(tok, ctx) if m not in found)
        for first, other in combinations(found, 2):
            yield from pair_of("allied", first, other, noun)
        if obj.head.lower_ == "of":
            yield from _members_of_named(noun, found, ctx)


def _members_of_named(noun: Any, found: list[Mention], ctx: ArticleContext) -> Iterator[Pair]:
    """ "The SDF, an alliance of the YPG and Arab militias": each named side of the list (no
    class) is a member of the actor the alliance noun describes."""
    whole = described_whole(noun, ctx)
    if whole is None:
        return
    for member in found:
        if named_side(member) and not one_body(member, whole, ctx):
            yield from pair_of("member_of", member, whole, noun)


def _alliance_with(noun: Any, partner: Mention, ctx: ArticleContext) -> Iterator[Pair]:
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words("alliance_forming_verbs"):
        yield from pair_of("allied", actor_near(ctx, acting_subject(verb, ctx)), partner, verb)
        return
    for poss in (c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"):
        yield from pair_of("allied", actor_near(ctx, poss, depth=0), partner, noun)


def _members_named_by(tok: Any, ctx: ArticleContext) -> list[Mention]:
    """The side a member word names, or for a class given with examples ("Arab units such as
    X and Y") the sides it names as examples: they are the members."""
    if tok.tag_ == "NNS" and (examples := named_examples(tok, ctx)):
        return examples
    mention = ctx.actor_at.get(tok.i)
    return [mention] if mention is not None else []


def _member_tokens(obj: Any) -> list[Any]:
    """The coordinated names of "a coalition of X, Y and Z", not who backs or leads them
    ("a coalition of militias backed by the US")."""
    keep = ("conj", "compound", "amod", "appos", "nmod", "poss", "cc", "punct", "det")
    out, stack = [], [obj]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in keep)
    return sorted(out, key=lambda t: t.i)


def kind_of_word(tok: Any, kinds: tuple[tuple[str, str], ...]) -> str:
    """The relation kind whose lexicon list (kind, list key), first first, holds the
    token's lemma; '' if none does."""
    lemma = tok.lemma_.lower()
    for kind, key in kinds:  # a loop, not a generator: this runs for every token
        if lemma in words(key):
            return kind
    return ""


def membership_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, a faction of Y" (member_of); "X, the leader of Y" / "Y leader X" (leads)."""
    kind = kind_of_word(tok, (("leads", "leader_nouns"), ("member_of", "member_nouns")))
    if not kind:
        return
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "al-Qaeda's affiliate JNIM"
        mods += [c for c in tok.head.children if c.dep_ == "poss"]
    mods.sort(key=lambda c: (c.dep_ != "poss", c.i in ctx.place_at))  # "Al-Qaeda's Syria affiliate"
    owners = [c for c in mods if c.i not in ctx.place_at or kind == "leads"]
    group = first_actor(_group_phrases(tok, owners, ctx), ctx) or first_actor(owners, ctx)
    member = _member_side(tok, ctx)
    yield from pair_of(kind, member, group, tok)
    if kind == "member_of" and tok.dep_ == "attr" and member is not None and group is not None:
        yield from _co_members(tok, member, group, ctx)


def _group_phrases(noun: Any, owners: list[Any], ctx: ArticleContext) -> list[Any]:
    """The nouns of "a faction of Y", "a branch in Y"; a place there ("al-Qaeda's branch in
    Somalia") is where the member is, not its group, when a possessive names the group."""
    phrases = pobjs(noun, _GROUP_PREPS)
    if any(o.dep_ == "poss" for o in owners):
        phrases = [p for p in phrases if p.i not in ctx.place_at]
    return phrases


def _co_members(noun: Any, member: Mention, group: Mention, ctx: ArticleContext) -> Iterator[Pair]:
    """ "A and B are members of the X Alliance": each subject is a member; members of one
    alliance (``alliance_nouns``) are allies ("A and B are members of the UN" are not)."""
    members = [m for m in coordinated_actors(acting_subject(noun.head, ctx), ctx) if m is not group]
    for other in (m for m in members if m.start != member.start):
        yield from pair_of("member_of", other, group, noun)
    if not any(lemma_of(g) in words("alliance_nouns") for g in pobjs(noun, _GROUP_PREPS)):
        return
    for first, second in combinations(members, 2):
        yield "allied", first, second, noun


def _regarded(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The object of a verb of regarding ("sees X as", "considers X as"), when it names one."""
    if verb is None or lemma_of(verb) not in words("designation_verbs"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return actor_near(ctx, objects[0], depth=1) if objects else None


def _member_side(noun: Any, ctx: ArticleContext) -> Mention | None:
    if (one := one_of_the_class(noun, ctx)) is not None:
        return one  # "X became one of the constituents of Y", "X, one of the factions of Y"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "X, as part of Y, ..."
        verb = verb_above(noun.head)
        regarded = _regarded(verb, ctx)  # "Ankara regards X as a branch of Y": X, not Ankara
        return regarded or actor_near(ctx, acting_subject(verb, ctx), depth=1)
    if noun.dep_ == "appos" and any(
        c.dep_ == "conj" and actor_near(ctx, c, depth=1) for c in noun.children
    ):
        return None  # "X, some Y factions and Z launched ...": an item of a list of doers
    if noun.dep_ == "appos" or noun.dep_ == "attr":
        head = noun.head
        if noun.dep_ == "attr":
            subj = acting_subject(head, ctx)
            return actor_near(ctx, subj, depth=1)
        return ctx.actor_at.get(head.i) or actor_near(ctx, head, depth=1)
    for child in noun.children:
        if child.dep_ == "appos" and not lists_on(child):  # a list item describes nothing
            return ctx.actor_at.get(child.i)
    if noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "PROPN":
        return ctx.actor_at.get(noun.head.i)
    return None
