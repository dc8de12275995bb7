"""Dependency cues for backing between actors, and the helpers every relation cue module
shares (``words``, ``pair_of``, ``side_named``, ``verb_above``); alliance and membership
cues are in alliancecues.py.

Each function looks at one token and yields (kind, source, target, trigger) for the
cue it heads, if any. Sides are actor mentions; callers drop unresolved ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.arguments import first_actor, object_actor, passive_clause, pobjs
from frontwatch.extract.backednames import group_named_after, named_before_others
from frontwatch.extract.backedsides import hidden_backed, passive_agent, whole_of_part
from frontwatch.extract.coalitions import arm_owners, coordinated_actors, done_together
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.operations import operation_doer
from frontwatch.extract.relsubjects import acting_subject, described_actor
from frontwatch.extract.respective import respective_pairs
from frontwatch.extract.sharedagents import borrowed_agents, described_by_first
from frontwatch.extract.sharedheads import backed_together
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]
_BY = frozenset({"by"})
_MODIFIERS = ("npadvmod", "compound", "amod", "nmod", "poss")


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
    backing_word = lemma in words("backing_words") or _backing_participle(tok.lower_, ctx)
    if backing_word and dep not in ("amod", "compound") and _bracketed(tok):
        yield from _bracketed_backing(tok, ctx)
    elif lemma in words("backing_words") and dep in ("amod", "compound", "acl"):
        yield from _adjectival_backing(tok, ctx)
    elif "-" in tok.text and dep in ("amod", "compound"):
        yield from _one_token_backing(tok, ctx)
    elif tok.lower_ in words("unhyphenated_participles") and _unhyphenated(tok, ctx):
        yield from _unhyphenated_backing(tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("backing_verbs"):
        paired = respective_pairs(tok, ctx)  # "X and Y are backed by A and B respectively"
        if paired is None:
            yield from _verbal_backing(tok, ctx)
        for backer, backed in paired or ():
            yield from pair_of("backs", backer, backed, tok)
    elif tok.pos_ == "VERB" and lemma in words("giving_verbs"):
        yield from _giving(tok, ctx)


def _backing_participle(word: str, ctx: ArticleContext) -> bool:
    """ "backed", "funded": a participle the KB reads as backing (``relations`` rules)."""
    return bool(ctx.kb.rules.relations.get(word) == "backed_by")


def _bracketed(tok: Any) -> bool:
    """ "the (Turkey-backed) Syrian National Army": a hyphened participle alone in brackets
    before a name, which the parser hangs elsewhere."""
    doc = tok.doc
    return (
        2 <= tok.i < len(doc) - 2
        and doc[tok.i + 1].text == ")"
        and doc[tok.i - 1].text == "-"
        and any(t.text == "(" for t in doc[max(tok.i - 6, 0) : tok.i - 1])
    )


def _bracketed_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The name the brackets stand before is backed by the one named before the hyphen."""
    backed = ctx.actor_at.get(tok.i + 2) or actor_near(ctx, tok.doc[tok.i + 2].head, depth=0)
    opening = next(t.i for t in reversed(tok.doc[: tok.i - 1]) if t.text == "(")
    backer = next((m for t in tok.doc[opening + 1 : tok.i - 1] if (m := ctx.actor_at.get(t.i))), None)
    yield from pair_of("backs", backer, backed, tok)


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
    """ "U.S.-backed People's Protection Units": the tokenizer kept the backer and
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


def _unhyphenated(tok: Any, ctx: ArticleContext) -> bool:
    """ "the Iran backed Houthis": a bare participle right after a name, with no auxiliary
    nor "by" of its own ("Iran has backed X", "X backed by Y" are read as they are)."""
    return (
        tok.i > tok.sent.start
        and tok.i - 1 in ctx.actor_at
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in tok.children)
    )


def _unhyphenated_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The name before the participle backs the next one after it; read as a verb ("Iran
    backed militias") or as a modifier ("the Iran backed militias"), the tie is the same.
    A mention that took in all three words ("UAE backed Southern Transitional Council")
    names the one backed, and its words before the participle the backer. A verb the
    parser reads whole ("Iran backed the Houthis and Hezbollah") keeps its own reading when
    that name is one of its subjects, not only a noun further back ("the coalition formed to
    counter the Iran backed Houthis": Iran backs them, not the coalition)."""
    before = ctx.actor_at[tok.i - 1]
    verbal = list(_verbal_backing(tok, ctx)) if tok.pos_ == "VERB" else []
    if any(source is before for _, source, _, _ in verbal):  # "X, W and Iran backed Y"
        yield from verbal
        return
    whole = ctx.actor_at.get(tok.i)
    if whole is before:
        name = tok.doc.text[before.start : tok.idx].strip()
        yield from pair_of("backs", _backer_inwords(name, before.start, whole, ctx), whole, tok)
        return
    for word in tok.doc[tok.i + 1 : min(tok.i + 5, tok.sent.end)]:
        if word.i in ctx.actor_at:
            yield from pair_of("backs", before, ctx.actor_at[word.i], tok)
            return
        if word.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return  # the noun after the participle names no one


def _adjectival_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Turkish-backed rebels", "rebels backed by Turkey", "the offensive, backed by X"."""
    noun = whole_of_part(modified_noun(tok))  # "militias, among them some armed by X"
    backed = (
        group_named_after(noun, ctx)
        or named_before_others(noun, ctx)
        or described_actor(noun, ctx)
        or actor_near(ctx, noun, depth=0)
        or actor_near(ctx, noun, depth=1)
        or operation_doer(noun, ctx)
        or hidden_backed(tok, noun, ctx)
    )
    agents = pobjs(tok, _BY) or _shared_agent(tok)
    if agents:
        backer = _agent_actor(agents[0], ctx)
        yield from _co_backers(agents[0], backer, backed, tok, ctx)
        for other in backed_together(noun, tok, ctx) if tok.dep_ == "acl" and backed else []:
            if backed is not None and other.start != backed.start:  # "X and Y, backed by Z"
                yield from pair_of("backs", backer, other, tok)
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


def _shared_agent(participle: Any) -> list[Any]:
    """ "rebels armed and paid by Turkey": the parser hangs the agent on the last of
    coordinated participles; the first has it too."""
    for conj in (c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN"):
        return pobjs(conj, _BY)
    return []


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
    borrowed = borrowed_agents(verb)  # "trained and equipped by X": the second's "by"
    passive = (
        bool(borrowed)
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or verb.dep_ == "acl"
        # "Backed by X, Y took T"; not "..., while X have financed Y"
        or (verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _has_aux(verb))
        # "Insurgents trained and equipped by Qatar entered T", parsed as deeds of theirs
        or (verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children))
    )
    if passive:
        agents = pobjs(verb, frozenset({"by"})) or borrowed
        backer = _agent_actor(agents[0], ctx) if agents else None
        subj = verb.head if verb.dep_ in ("acl", "amod") else acting_subject(verb, ctx)
        subj = described_by_first(verb) or subj
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
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
            # "The SDF and the FSA are backed by the US": each subject is backed
            for other in coordinated_actors(subj, ctx)[1:]:
                if backed is None or other.start != backed.start:
                    yield from pair_of("backs", backer, other, verb)
                    if agents:
                        yield from _co_backers(agents[0], backer, other, verb, ctx)
    else:
        subj = acting_subject(verb, ctx)
        backer = side_named(subj, ctx)
        if backer is None and subj is not None:  # "Gulf states, including A and B, arm Y"
            backer = next(iter(coordinated_actors(subj, ctx)), None)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        backed = object_actor(objs[0], ctx) if objs else None  # "arms a coalition of X": X
        if verb.dep_ == "relcl" and (not objs or objs[0].tag_ in ("WDT", "WP")):
            backed = backed or actor_near(ctx, verb.head, depth=1)  # "X, which Iran arms"
        if backed is None:
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
    yield from pair_of("backs", backer, backed, verb)


def _second_agents(verb: Any) -> list[Any]:
    """The objects of a "by" the parser joins to the verb, or to its first "by", after the
    first agent."""
    firsts = [p for p in verb.children if p.dep_ == "agent"]
    return [
        g
        for host in (verb, *firsts)
        for p in host.children
        if p.dep_ == "conj" and p.lower_ == "by"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _after_the_clause(other: Mention, verb: Any) -> bool:
    """A side joined to a relative clause's noun after the clause ("X, which arms Y, and
    Z"), not before it ("X and Z, which arm Y")."""
    return bool(verb.dep_ == "relcl" and other.start > verb.left_edge.idx)


def _co_backers(
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
        yield from pair_of("backs", _agent_actor(second, ctx), backed, trigger)


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
    if found is not None and not found.actor_id.startswith("GEN_"):
        return found  # "by fighters from Hezbollah": the class yields to the named owner
    means = [agent, *[c for c in agent.subtree if c.dep_ == "conj"]]
    for _ in range(2):  # a chain of "of" and "from"
        means = [g for m in means for g in pobjs(m, frozenset({"from", "of"}))]
        owner = first_actor(means, ctx)
        if owner is not None:
            return owner
    return found


def _giving(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
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
    at = given.doc.char_span(backed.start, backed.end, alignment_mode="expand")
    return given.lemma_.lower() in strikes and at is not None and at.root.i in ctx.place_at


def verb_above(tok: Any) -> Any:
    """The clause's verb above a token; a participle used as a preposition ("fires,
    including air support in support of Y") is no clause of its own."""
    current = tok
    while (current.pos_ not in ("VERB", "AUX") or current.dep_ == "prep") and (
        current.head.i != current.i
    ):
        current = current.head
    return current
