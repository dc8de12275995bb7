"""Backing told by a verb: "X armed Y", "Y, backed by X", "Y is funded by X", "backed by
Russia, Iran and Hezbollah" (each name joined to the backer backs the same side), and
giving: "X provided weapons to Y". Split from extract/relcues.py, whose ``backing_pairs``
sends verbs here and reads the "by" agents of adjectives with ``agent_actor`` and
``co_backers``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.amongthem import named_members
from frontwatch.extract.argsides import object_actor
from frontwatch.extract.arguments import first_actor, passive_clause, pobjs
from frontwatch.extract.backedsides import (
    group_they_are_of,
    hidden_backed,
    passive_agent,
    whole_of_part,
)
from frontwatch.extract.causes import cause_enemies
from frontwatch.extract.coalitions import arm_owners, coordinated_actors, done_together
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.operations import operation_doer
from frontwatch.extract.pronoundoers import a_person
from frontwatch.extract.relpairs import Pair, pair_of, side_named, words
from frontwatch.extract.relsubjects import acting_subject, alliance_of_members, described_actor
from frontwatch.extract.sharedagents import borrowed_agents, described_by_first
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention


def _after_a_passive(verb: Any) -> bool:
    """ "..., backed by Y" trailing a passive deed of its own subject-less clause."""
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and passive_clause(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def verbal_backing(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X armed Y", "Y, backed by X", "Y is funded by X", "X supplied weapons to Y"; a
    founder of what he raised backs it only when he is no person and no member of it."""
    raising = verb.lemma_.lower() in words("raising_verbs")
    for pair in _verbal_backing(verb, ctx):
        if not (raising and _founder(pair[1], pair[2], ctx)):
            yield pair


def _verbal_backing(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    borrowed = borrowed_agents(verb)  # "trained and equipped by X": the second's "by"
    passive = (
        bool(borrowed)
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or verb.dep_ == "acl"
        # "Backed by X, Y took T"; not "..., while X have financed Y"
        or (verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _has_aux(verb))
        # "Insurgents trained and equipped by Qatar entered T", parsed as deeds of theirs
        or (verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children))
        or _clause_after_opening(verb) is not None
    )
    if passive:
        agents = pobjs(verb, frozenset({"by"})) or borrowed
        backer = agent_actor(agents[0], ctx) if agents else None
        subj = verb.head if verb.dep_ in ("acl", "amod") else acting_subject(verb, ctx)
        subj = described_by_first(verb) or subj
        if _after_a_passive(verb):  # "X were besieged by W, backed by Y": W, not X, is backed
            subj = passive_agent(verb.head)
        elif subj is None and verb.dep_ == "advcl":  # "X held T, backed by Y": X is backed
            subj = acting_subject(verb.head, ctx)
        elif subj is None:  # "Backed by X, and with ..., Y took T"; "Armed and trained by X, Y ..."
            subj = _subject_after_opening(verb, ctx)
        subj = whole_of_part(subj)  # "militias, among them some armed by X"
        described = described_actor(subj, ctx) if subj is not None else None
        backed = described or side_named(subj, ctx)  # "Hezbollah, a movement funded by X"
        if subj is not None and (backed is None or backed.actor_id.startswith(GENERIC_PREFIX)):
            backed = group_they_are_of(subj, ctx) or backed  # "Shiites of the X brigade"
        if backed is None and subj is not None:  # "the offensive, supported by X"
            backed = operation_doer(subj, ctx)
        backed = backed or hidden_backed(verb, subj, ctx)
        if subj is not None and backed is not None:  # "militias paid by X, among them A and B"
            backed, *members = named_members(subj, ctx, backed)
            for member in members:
                yield from pair_of("backs", backer, member, verb)
        if agents:
            yield from co_backers(agents[0], backer, backed, verb, ctx)
        # "Backed by X, A and B attacked T": X backs B too; not when A and B clashed
        if verb.dep_ == "advcl" and subj is not None and done_together(verb.head):
            for other in coordinated_actors(subj, ctx)[1:]:
                yield from pair_of("backs", backer, other, verb)
        if subj is not None and _subject_of_the_passive(subj, verb):
            # "The SDF and the FSA are backed by the US": each subject is backed
            for other in coordinated_actors(subj, ctx)[1:]:
                if backed is None or other.start != backed.start:
                    yield from pair_of("backs", backer, other, verb)
                    if agents:
                        yield from co_backers(agents[0], backer, other, verb, ctx)
    else:
        subj = acting_subject(verb, ctx)
        backer = side_named(subj, ctx)
        if backer is None and subj is not None:  # "Gulf states, including A and B, arm Y"
            backer = next(iter(coordinated_actors(subj, ctx)), None)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        backed = object_actor(objs[0], ctx) if objs else None  # "arms a coalition of X": X
        if verb.dep_ == "relcl" and (not objs or _relative_word(objs[0], verb)):
            # "X, which Iran arms"; "X, a militia that Iran arms": X, not militias at large
            backed = backed or _relative_antecedent(verb.head, ctx)
        if backed is None and verb.lemma_.lower() not in words("object_only_backing_verbs"):
            backed = first_actor(pobjs(verb, frozenset({"to", "for"})), ctx)
        backers = [backer]
        for other in coordinated_actors(subj, ctx)[1:] if subj is not None else []:
            if _after_the_clause(other, verb):
                continue  # "X, which arms Y, and Z": the relative clause tells of X alone
            if backer is not None and other.start != backer.start:  # "X and Z armed Y"
                backers.append(other)
                yield from pair_of("backs", other, backed, verb)
        if objs and backed is not None:  # "X arms Y and Z"; "X and W backed Y and Z": each
            for other in coordinated_actors(objs[0], ctx)[1:]:
                for giver in backers:
                    if giver is None or other.actor_id != giver.actor_id:
                        yield from pair_of("backs", giver, other, verb)
        # "X supports Y in its campaign to defeat Z": Y fights Z
        yield from pair_of("fights", backed, first_actor(cause_enemies(verb, *objs), ctx), verb)
    yield from pair_of("backs", backer, backed, verb)


def _founder(founder: Mention, founded: Mention, ctx: ArticleContext) -> bool:
    """ "Jaish al-Islam, founded by Zahran Alloush": a person who raised a group leads it;
    "A and B founded the C alliance", "X created the anti-IS coalition": the founders of a
    coalition are its members. A state or a force that raised an armed group backs it
    (``raising_verbs``)."""
    unknown_person = not founder.actor_id and founder.label == "PERSON"  # "established by <a name the KB lacks>"
    return a_person(founder, ctx) or unknown_person or _member_founded(founder, founded, ctx)


def _member_founded(founder: Mention, founded: Mention, ctx: ArticleContext) -> bool:
    """What the founder raised is a coalition: of a coalition's KB type (``founded_coalition_types``),
    one the KB has it a member or leader of, or named by a coalition noun ("the anti-IS
    coalition", ``alliance_nouns``)."""
    whole = ctx.kb.get(founded.actor_id)
    if whole is not None and whole.type in words("founded_coalition_types"):
        return True
    sources = {founder.actor_id, ctx.kb.top_of(founder.actor_id)}
    edges = [*ctx.kb.related(founded.actor_id, kind="member_of"), *ctx.kb.related(founded.actor_id, kind="leads")]
    if any(e.source in sources and e.target == founded.actor_id for e in edges):
        return True
    span = expanded_span(ctx.doc, founded.start, founded.end)
    return span is not None and len(span) > 0 and lemma_of(span.root) in words("alliance_nouns")


def _clause_after_opening(verb: Any) -> Any | None:
    """The clause an opening participle belongs to when the parser made the participle the
    root and the clause its conjunct: "Backed by X, and with drones overhead, Y stormed T"."""
    opening = verb.dep_ == "ROOT" and verb.tag_ == "VBN" and verb.i == verb.sent.start
    if not opening or _has_aux(verb) or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return next((c for c in clauses if any(g.dep_ == "nsubj" for g in c.children)), None)


def _subject_after_opening(verb: Any, ctx: ArticleContext) -> Any | None:
    """Who an opening participle describes: the subject of the clause it opens, also for a
    second participle joined to the first ("Armed and trained by X, Y drove ...")."""
    clause = _clause_after_opening(verb)
    if clause is not None:
        return acting_subject(clause, ctx)
    if verb.dep_ == "conj" and verb.head.dep_ == "advcl" and verb.head.i < verb.head.head.i:
        return acting_subject(verb.head.head, ctx)
    return None


def _subject_of_the_passive(subj: Any, verb: Any) -> bool:
    """The subject is the passive's own: "X and Y are backed by Z", or "X and Y, armed and
    paid by Z, took T", whose bare participle the parser may make the subjects' verb."""
    if subj.head.i != verb.i:
        return False
    bare_participle = verb.tag_ == "VBN" and not _has_aux(verb)
    return subj.dep_ == "nsubjpass" or (subj.dep_ == "nsubj" and bare_participle)


def _relative_word(obj: Any, verb: Any) -> bool:
    """The relative pronoun standing for a relative clause's object: "which", or a "that"
    the tagger took for a preposition -- an object before its own verb."""
    return obj.tag_ in ("WDT", "WP") or obj.i < verb.i


def _relative_antecedent(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side a relative clause's noun stands for: the name an alliance or class noun
    describes ("X, an umbrella of factions that ...", "X, a militia that ..."), or itself."""
    noun = alliance_of_members(noun)
    return described_actor(noun, ctx) or actor_near(ctx, noun, depth=1)


def _second_agents(verb: Any) -> list[Any]:
    """The objects of a "by" the parser joins to the verb, or to its first "by", after the
    first agent."""
    firsts = [p for p in verb.children if p.dep_ == "agent"]
    joined = [
        g
        for host in (verb, *firsts)
        for p in host.children
        if p.dep_ == "conj" and p.lower_ == "by"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "by Russian jets and raids by the Syrian air force": a second "by" hung on the verb
    later = [g for p in firsts[1:] for g in p.children if g.dep_ == "pobj"]
    # "by coalition rocket fire, and sorties by the Iraqi air force": a means joined to the verb
    means = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return [*joined, *later, *means]


def _after_the_clause(other: Mention, verb: Any) -> bool:
    """A side joined to a relative clause's noun after the clause ("X, which arms Y, and
    Z"), not before it ("X and Z, which arm Y")."""
    return bool(verb.dep_ == "relcl" and other.start > verb.left_edge.idx)


def co_backers(
    agent: Any, backer: Mention | None, backed: Mention | None, trigger: Any, ctx: ArticleContext
) -> Iterator[Pair]:
    """ "backed by Russia, Iran and Hezbollah", "backed by Kenyan and Ethiopian jets",
    "backed by Russian jets and by Hezbollah": each name joined to the first backer backs
    the same side."""
    if backer is None:
        return
    for other in [*coordinated_actors(agent, ctx)[1:], *arm_owners(agent, ctx)]:
        if other.start != backer.start:
            yield from pair_of("backs", other, backed, trigger)
    for second in _second_agents(agent.head.head):  # "by Russian jets and by Hezbollah"
        yield from pair_of("backs", agent_actor(second, ctx), backed, trigger)


def _has_aux(verb: Any) -> bool:
    return any(c.dep_ == "aux" for c in verb.children)


_OWNER_PREPS = frozenset({"from", "of", "by"})  # "strikes from / of / by the coalition"


def agent_actor(agent: Any, ctx: ArticleContext) -> Mention | None:
    """Who a "by" agent names: itself ("by Turkey"), a means it owns ("by Russian
    airstrikes"), or the owner of the means ("by airstrikes and troops from the coalition",
    "by a contingent of fighters from Hezbollah")."""
    found = actor_near(ctx, agent)
    if found is not None and not found.actor_id.startswith("GEN_"):
        return found  # "by fighters from Hezbollah": the class yields to the named owner
    means = [agent, *[c for c in agent.subtree if c.dep_ == "conj"]]
    for _ in range(2):  # a chain of "of" and "from"
        means = [g for m in means for g in pobjs(m, _OWNER_PREPS)]
        owner = first_actor(means, ctx)
        if owner is not None:
            return owner
    if found is None and agent.head.dep_ == "agent":
        # "was supported by air raids and artillery from the coalition": the parser hangs
        # the owner's "from" on the participle
        return first_actor(pobjs(agent.head.head, frozenset({"from"})), ctx)
    return found


def giving(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X gave air cover to Y", "X provided weapons to Y"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    given = [*objs[:1], *(c for c in objs[0].conjuncts)] if objs else []
    if not any(g.lemma_.lower() in words("giving_objects") for g in given):
        return  # "gave intelligence and logistical support to Y": any listed gift will do
    subj = acting_subject(verb, ctx)
    backer = actor_near(ctx, subj)
    backed = first_actor(pobjs(verb, frozenset({"to", "for"})), ctx)
    if backed is None:
        backed = first_actor([c for c in verb.children if c.dep_ == "dative"], ctx)
    if backed is None:  # "provides weapons and air strikes to Y": "to" hung on the object
        backed = first_actor(pobjs(objs[0], frozenset({"to"})), ctx)
    if backed is not None and _strikes_taken_to_a_place(objs[0], backed, ctx):
        return
    yield from pair_of("backs", backer, backed, verb)
    if subj is None or backer is None:
        return
    for other in coordinated_actors(subj, ctx)[1:]:
        if other.start != backer.start:  # "the USA and the UK provided arms to Y"
            yield from pair_of("backs", other, backed, verb)


def _strikes_taken_to_a_place(given: Any, backed: Mention, ctx: ArticleContext) -> bool:
    """ "extended the airstrikes to Syria": strikes taken to a country widen a war there,
    they back no one (a side that is no place may be given them: "to the Iraqi army")."""
    strikes = get_lexicon().tie_words("combat_support_nouns")
    at = expanded_span(given.doc, backed.start, backed.end)
    return given.lemma_.lower() in strikes and at is not None and at.root.i in ctx.place_at
