"""Dependency cues for backing, alliance, membership and leadership between actors.

Each function looks at one token and yields (kind, source, target, trigger) for the
cue it heads, if any. Sides are actor mentions; callers drop unresolved ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from frontwatch.extract.arguments import first_actor, passive_clause, pobjs
from frontwatch.extract.backedsides import hidden_backed, passive_agent, whole_of_part
from frontwatch.extract.coalitions import arm_owners, coordinated_actors, done_together
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.operations import operation_doer
from frontwatch.extract.relsubjects import acting_subject, described_actor
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]
_MODIFIERS = ("npadvmod", "compound", "amod", "nmod", "poss")
_PARTNER_PREPS = frozenset({"with", "to"})  # "allied with Y", "allied to Y"
# "a commander of/in/for Y", "a member of Y", "a brigadier in the navy"
_GROUP_PREPS = frozenset({"of", "in", "for", "within"})


@cache  # the lexicon never changes within a process; this is on the hottest path
def words(key: str) -> frozenset[str]:
    return get_lexicon().relation_words(key)


def pair_of(
    kind: str, source: Mention | None, target: Mention | None, trigger: Any
) -> Iterator[Pair]:
    if source is not None and target is not None and source is not target:
        yield kind, source, target, trigger


def backing_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if tok.dep_ in ("acl", "amod") and _is_forum(tok.head):
        return  # "talks sponsored by X": a meeting backs no party
    dep = _modifier_dep(tok)
    if lemma in words("backing_words") and dep in ("amod", "compound", "acl"):
        yield from _adjectival_backing(tok, ctx)
    elif "-" in tok.text and dep in ("amod", "compound"):
        yield from _one_token_backing(tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("backing_verbs"):
        yield from _verbal_backing(tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("giving_verbs"):
        yield from _giving(tok, ctx)


def _modifier_dep(tok: Any) -> str:
    """The dependency of a modifier, or of the first of coordinated modifiers ("the
    Kurdish-led and U.S.-backed SDF": "U.S.-backed" modifies the SDF too)."""
    dep: str = first_conjunct(tok).dep_
    return dep


def modified_noun(tok: Any) -> Any:
    """The noun a (possibly coordinated) modifier hangs on."""
    return first_conjunct(tok).head


def _is_forum(noun: Any) -> bool:
    """A meeting, process or war, or a noun hung on one ("talks on the conflict")."""
    forums = words("forum_nouns")
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    return noun.lemma_.lower() in forums or governor.lemma_.lower() in forums


def _one_token_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "U.S.-backed Kurdish People's Protection Units": the tokenizer kept the backer and
    the participle as one word, so the backer is read from the word itself."""
    name, _, participle = tok.text.rpartition("-")
    if not name or ctx.kb.rules.relations.get(participle.lower()) != "backed_by":
        return
    noun = modified_noun(tok)
    backed = (
        described_actor(noun, ctx)
        or actor_near(ctx, noun, depth=0)
        or actor_near(ctx, noun, depth=1)
    )
    backer = _backer_inwords(name, tok.idx, backed, ctx)
    yield from pair_of("backs", backer, backed, tok)


def _adjectival_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Turkish-backed rebels", "rebels backed by Turkey", "the offensive, backed by X"."""
    noun = whole_of_part(modified_noun(tok))  # "militias, among them some armed by X"
    backed = (
        described_actor(noun, ctx)
        or actor_near(ctx, noun, depth=0)
        or actor_near(ctx, noun, depth=1)
        or operation_doer(noun, ctx)
        or hidden_backed(tok, noun, ctx)
    )
    agents = pobjs(tok, frozenset({"by"}))
    if agents:
        backer = _agent_actor(agents[0], ctx)
        yield from _co_backers(agents[0], backer, backed, tok, ctx)
    else:
        mods = [c for c in tok.children if c.dep_ in _MODIFIERS]
        if not mods and tok.i > 0 and tok.doc[tok.i - 1].text == "-" and tok.i > 1:
            mods = [tok.doc[tok.i - 2]]
        backer = next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
        if mods and (
            backer is None or backer is backed or backer is actor_near(ctx, noun, depth=0)
        ):
            # "Iran-backed Houthi rebels" known whole as one name: read the backer alone
            backer = _backer_named(mods[0], backed, ctx)
    yield from pair_of("backs", backer, backed, tok)


def _backer_named(modifier: Any, backed: Mention | None, ctx: ArticleContext) -> Mention | None:
    span = modifier.doc[modifier.left_edge.i : modifier.i + 1]
    return _backer_inwords(span.text, span.start_char, backed, ctx)


def _backer_inwords(
    name: str, start: int, backed: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """The backer a name inside another mention's words stands for (None if unknown)."""
    match = ctx.kb.resolve(name, label="ORG", date=ctx.published)
    if match is None or backed is None or match.actor_id == backed.actor_id:
        return None
    return Mention(
        article_id=ctx.article.id,
        sentence_index=backed.sentence_index,
        start=start,
        end=start + len(name),
        text=name,
        label="ORG",
        actor_id=match.actor_id,
        resolution=match.method,
    )


def _after_a_passive(verb: Any) -> bool:
    """ "..., backed by Y" trailing a passive deed of its own subject-less clause."""
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and passive_clause(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _verbal_backing(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X armed Y", "Y, backed by X", "Y is funded by X", "X supplied weapons to Y"."""
    passive = (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or verb.dep_ == "acl"
        # "Backed by X, Y took T"; not "..., while X have financed Y"
        or (verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _has_aux(verb))
    )
    if passive:
        agents = pobjs(verb, frozenset({"by"}))
        backer = _agent_actor(agents[0], ctx) if agents else None
        subj = verb.head if verb.dep_ in ("acl", "amod") else acting_subject(verb, ctx)
        if _after_a_passive(verb):  # "X were besieged by W, backed by Y": W, not X, is backed
            subj = passive_agent(verb.head)
        elif subj is None and verb.dep_ == "advcl":  # "X held T, backed by Y": X is backed
            subj = acting_subject(verb.head, ctx)
        subj = whole_of_part(subj)  # "militias, among them some armed by X"
        described = described_actor(subj, ctx) if subj is not None else None
        backed = described or side_named(subj, ctx)  # "Hezbollah, a movement funded by X"
        if backed is None and subj is not None:  # "the offensive, supported by X"
            backed = operation_doer(subj, ctx)
        backed = backed or hidden_backed(verb, subj, ctx)
        if agents:
            yield from _co_backers(agents[0], backer, backed, verb, ctx)
        # "Backed by X, A and B attacked T": X backs B too; not when A and B clashed
        if verb.dep_ == "advcl" and subj is not None and done_together(verb.head):
            for other in coordinated_actors(subj, ctx)[1:]:
                yield from pair_of("backs", backer, other, verb)
    else:
        subj = acting_subject(verb, ctx)
        backer = side_named(subj, ctx)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        backed = actor_near(ctx, objs[0], depth=1) if objs else None
        if verb.dep_ == "relcl" and (not objs or objs[0].tag_ in ("WDT", "WP")):
            backed = backed or actor_near(ctx, verb.head, depth=1)  # "X, which Iran arms"
        if backed is None:
            backed = first_actor(pobjs(verb, frozenset({"to", "for"})), ctx)
        for other in coordinated_actors(subj, ctx)[1:] if subj is not None else []:
            if _after_the_clause(other, verb):
                continue  # "X, which arms Y, and Z": the relative clause tells of X alone
            if backer is not None and other.start != backer.start:  # "X and Z armed Y"
                yield from pair_of("backs", other, backed, verb)
    yield from pair_of("backs", backer, backed, verb)


def _after_the_clause(other: Mention, verb: Any) -> bool:
    """A side joined to a relative clause's noun after the clause ("X, which arms Y, and
    Z"), not before it ("X and Z, which arm Y")."""
    return bool(verb.dep_ == "relcl" and other.start > verb.left_edge.idx)


def _co_backers(
    agent: Any, backer: Mention | None, backed: Mention | None, trigger: Any, ctx: ArticleContext
) -> Iterator[Pair]:
    """ "backed by Russia, Iran and Hezbollah", "backed by Kenyan and Ethiopian jets": each
    name joined to the first backer backs the same side."""
    if backer is None:
        return
    for other in [*coordinated_actors(agent, ctx)[1:], *arm_owners(agent, ctx)]:
        if other.start != backer.start:
            yield from pair_of("backs", other, backed, trigger)


def _has_aux(verb: Any) -> bool:
    return any(c.dep_ == "aux" for c in verb.children)


def side_named(subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """The actor a subject names; a subject pronoun ("it", "they") is indexed as the actor it
    stands for while the sentence's cues are read (``crossrefs``). A relative pronoun comes
    here already read as its noun (``relsubjects.acting_subject``)."""
    if subj is None:
        return None
    return actor_near(ctx, subj, depth=1)


def _agent_actor(agent: Any, ctx: ArticleContext) -> Mention | None:
    """Who a "by" agent names: itself ("by Turkey"), a means it owns ("by Russian
    airstrikes"), or the owner of the means ("by airstrikes and troops from the coalition",
    "by a contingent of fighters from Hezbollah")."""
    found = actor_near(ctx, agent)
    if found is not None:
        return found
    means = [agent, *[c for c in agent.subtree if c.dep_ == "conj"]]
    for _ in range(2):  # a chain of "of" and "from"
        means = [g for m in means for g in pobjs(m, frozenset({"from", "of"}))]
        found = first_actor(means, ctx)
        if found is not None:
            return found
    return None


def _giving(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X gave air cover to Y", "X provided weapons to Y"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or objs[0].lemma_.lower() not in words("giving_objects"):
        return
    subj = acting_subject(verb, ctx)
    backer = actor_near(ctx, subj)
    backed = first_actor(pobjs(verb, frozenset({"to", "for"})), ctx)
    if backed is None:
        backed = first_actor([c for c in verb.children if c.dep_ == "dative"], ctx)
    yield from pair_of("backs", backer, backed, verb)


def verb_above(tok: Any) -> Any:
    """The clause's verb above a token; a participle used as a preposition ("fires,
    including air support in support of Y") is no clause of its own."""
    current = tok
    while (current.pos_ not in ("VERB", "AUX") or current.dep_ == "prep") and (
        current.head.i != current.i
    ):
        current = current.head
    return current


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


def alliance_prep(prep: Any) -> Any | None:
    """The first word of an alliance preposition ("alongside", "along with", "together
    with"), the token the phrase hangs on through; None if ``prep`` starts none."""
    preps = words("alliance_preps")
    if prep.lower_ in preps:
        return prep
    before = prep.head if prep.head.i == prep.i - 1 else None  # "along" -> "with"
    if before is not None and f"{before.lower_} {prep.lower_}" in preps:
        return before
    modifier = next((c for c in prep.children if c.dep_ == "advmod"), None)
    if modifier is not None and f"{modifier.lower_} {prep.lower_}" in preps:
        return prep  # "together" hangs on "with"
    return None


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
    trigger = prep
    if head.pos_ in ("VERB", "AUX"):
        subj = acting_subject(head, ctx)
        actor = actor_near(ctx, subj)
        trigger = head if head.pos_ == "VERB" else prep
    else:
        actor = actor_near(ctx, head, depth=1)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
            trigger = head.head
        elif actor is None and head.dep_ == "dobj":  # "X leads operations alongside Y"
            actor, trigger = actor_near(ctx, acting_subject(head.head, ctx)), head.head
    for ally in allies:
        yield from pair_of("allied", actor, ally, trigger)


def _names_people(obj: Any, ctx: ArticleContext) -> bool:
    """A side or its people, no thing of theirs ("alongside the army's supply routes")."""
    return obj.i in ctx.actor_at or obj.lemma_.lower() in get_lexicon().tie_words("alliance_prep_people")


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
            mention = ctx.actor_at.get(tok.i)
            if mention is not None and mention not in found:
                found.append(mention)
        for first, other in combinations(found, 2):
            yield from pair_of("allied", first, other, noun)


def _alliance_with(noun: Any, partner: Mention, ctx: ArticleContext) -> Iterator[Pair]:
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words("alliance_forming_verbs"):
        yield from pair_of("allied", actor_near(ctx, acting_subject(verb, ctx)), partner, verb)
        return
    for poss in (c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"):
        yield from pair_of("allied", actor_near(ctx, poss, depth=0), partner, noun)


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
    mods.sort(key=lambda c: (c.dep_ != "poss", c.i in ctx.place_at))  # "Al-Qaeda's Syria affiliate"
    group = first_actor(pobjs(tok, _GROUP_PREPS), ctx) or first_actor(
        [c for c in mods if c.i not in ctx.place_at or kind == "leads"], ctx
    )
    member = _member_side(tok, ctx)
    yield from pair_of(kind, member, group, tok)


def _member_side(noun: Any, ctx: ArticleContext) -> Mention | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "X, as part of Y, ..."
        subj = acting_subject(verb_above(noun.head), ctx)
        return actor_near(ctx, subj, depth=1)
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
        if child.dep_ == "appos":
            return ctx.actor_at.get(child.i)
    if noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "PROPN":
        return ctx.actor_at.get(noun.head.i)
    return None
