"""Territorial control: who took, left or holds which place.

"X captured T (from Y)" -> capture; "Y withdrew from T" -> withdrawal;
"T is held by X", "X-held T", "under X control", "the X pocket of T" -> held.
Places come from the gazetteer's place mentions; nothing is recorded without one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from frontwatch.extract.arguments import first_actor, is_passive, pobjs, speaker_subject
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import (
    ArticleContext,
    actor_near,
    clause_head,
    clause_tokens,
    evidence_of,
    place_named_before,
    record_id,
    subject_of,
)
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.modes import arm_of
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import time_for
from frontwatch.records import ControlChange, Mention


@dataclass
class Observation:
    kind: str
    trigger: Any
    place: Mention
    new: Mention | None = None
    previous: Mention | None = None
    # "rebel-held T", "the X pocket of T": the noun phrase takes the holding for granted,
    # so a plan or denial about the sentence's main act does not make it hypothetical.
    presupposed: bool = False


@cache  # the lexicon never changes within a process; this is on the hottest path
def _words(key: str) -> frozenset[str]:
    return get_lexicon().control_words(key)


def control_in(sent: Any, ctx: ArticleContext, times: list[TimeMatch]) -> list[ControlChange]:
    """Control changes stated in one sentence."""
    out: dict[str, ControlChange] = {}
    for obs in _observations(sent, ctx):
        if obs.new is None and obs.previous is None:
            continue
        record = _record(obs, sent, ctx, times)
        out.setdefault(record.id, record)  # "held" is both a verb and an adjective cue
    return list(out.values())


def _observations(sent: Any, ctx: ArticleContext) -> Iterator[Observation]:
    for tok in sent:
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            if lemma in _words("capture_verbs"):
                yield from _capture(tok, ctx)
            elif lemma in _words("entry_verbs"):
                yield from _entry(tok, ctx)
            elif lemma in _words("handover_verbs"):
                yield from _handover(tok, ctx)
            elif lemma in _words("clearing_verbs"):
                yield from _clearing(tok, ctx)
            elif lemma in _words("falling_verbs"):
                yield from _falling(tok, ctx)
            elif _phrasal(tok) in _words("withdrawal_verbs") or lemma in _words("withdrawal_verbs"):
                yield from _withdrawal(tok, ctx)
            elif lemma in _words("held_verbs"):
                yield from _held_verb(tok, ctx)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in _words("capture_nouns"):
            yield from _capture_noun(tok, ctx)
        if tok.lower_ in _words("held_adjectives") and tok.dep_ in ("amod", "compound", "acl"):
            yield from _held_adjective(tok, ctx)
        if lemma == "control" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            yield from _under_control(tok, ctx)
        if lemma in _words("pocket_nouns"):
            yield from _pocket(tok, ctx)


def _phrasal(verb: Any) -> str:
    prts = [
        c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "back")
    ]
    return f"{lemma_of(verb)} {prts[0]}" if prts else lemma_of(verb)


def place_in(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The most precise place mention in a token's phrase (first on ties); nested clauses
    ("areas held by X battling to take T") name other places."""
    best = None
    for t in clause_tokens(tok):
        mention = ctx.place_at.get(t.i)
        if mention is None or (t.i in ctx.actor_at and not _capital_as_place(t, ctx)):
            continue
        if best is None or (mention.geo_precision or 9) < (best.geo_precision or 9):
            best = mention
    return best


def _capital_as_place(tok: Any, ctx: ArticleContext) -> bool:
    """ "stormed the capital Sanaa": a capital the KB reads as its government ("Sanaa
    said") is a place where it is not the one acting or owning."""
    return "capital" in ctx.actor_at[tok.i].note and tok.dep_ not in _AGENT_DEPS


def _actor(tok: Any | None, ctx: ArticleContext) -> Mention | None:
    if tok is None:
        return None
    mention = actor_near(ctx, tok)
    if mention is None and tok.pos_ == "PRON":
        return speaker_subject(tok.head, ctx)
    return mention


def _clause_pobjs(verb: Any, preps: frozenset[str]) -> list[Any]:
    """Objects of the prepositions anywhere in the verb's clause ("from Y", "out of T")."""
    return [
        g
        for t in clause_tokens(verb)
        if t.dep_ in ("prep", "agent") and t.lower_ in preps
        for g in t.children
        if g.dep_ in ("pobj", "pcomp")
    ]


def _capture(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    previous = first_actor(
        _clause_pobjs(verb, frozenset(get_lexicon().relations["control"]["from_preps"])), ctx
    )
    place, new = _place_and_agent(verb, ctx)
    if place is None and not is_passive(verb):
        place = _place_of_control(verb, ctx) or _place_of_territory(verb, ctx)
    if place is not None:
        yield Observation("capture", verb, place, new, previous)


_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_RELATIVE_PRONOUNS = frozenset({"which", "that"})
_TOWN_OR_DISTRICT = 2  # geo_precision: 1 a town or site, 2 a district


def _entry(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "Houthi fighters stormed Sanaa", "Tigrayan forces entered Mekelle"."""
    place, new = _place_and_agent(verb, ctx)
    if place is None or new is None or new.actor_id in ("", "GEN_CIVILIANS"):
        return
    if (place.geo_precision or 9) <= _TOWN_OR_DISTRICT:
        yield Observation("capture", verb, place, new)


def _handover(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "City leaders surrendered Jalalabad to the Taliban", "handed over Manbij to X"."""
    place = _object_place(verb, [c for c in verb.children if c.dep_ == "dobj"], ctx)
    new = first_actor(pobjs(verb, frozenset({"to"})), ctx)
    if place is not None and new is not None:
        yield Observation("capture", verb, place, new, _actor(subject_of(verb), ctx))


def _place_of_control(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "took control of T", "seized control Sunday of T", "regained control over T"."""
    objs = [
        c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in _words("control_objects")
    ]
    if not objs:
        return None
    preps = _words("control_object_preps")
    holders = [*objs, verb]
    found = [g for h in holders for g in pobjs(h, preps)] + _clause_pobjs(verb, preps)
    return next((p for p in (place_in(o, ctx) for o in found) if p is not None), None)


def _place_of_territory(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "took oil fields north of Kirkuk", "seized the airport and the area around T": a
    kind of territory taken, placed by a preposition of the clause or of a coordinated object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.subtree if c.dep_ == "conj"]
    if not any(lemma_of(o) in get_lexicon().object_class("control") for o in objs):
        return None
    preps = frozenset({"of", "near", "around", "outside", "in", "at"})
    found = _clause_pobjs(verb, preps) + [g for o in objs for g in pobjs(o, preps)]
    found += [g for a in verb.children if a.dep_ == "advmod" for g in pobjs(a, preps)]
    return next((p for p in (place_in(o, ctx) for o in found) if p is not None), None)


def _clearing(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "X cleared Y from T", "X drove Y out of T", "X cleared T (of Y)"."""
    if is_passive(verb):
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    from_objs = _clause_pobjs(verb, _words("clearing_preps"))
    place = next((p for p in (place_in(o, ctx) for o in from_objs) if p is not None), None)
    previous = first_actor(objs, ctx) if objs else None
    if place is None and objs and lemma_of(verb) == "clear":
        place = place_in(objs[0], ctx)  # "cleared T" ("of Y" names who held it)
        previous = first_actor(_clause_pobjs(verb, frozenset({"of"})), ctx)
    if place is None or (place is not None and previous is None and lemma_of(verb) != "clear"):
        return
    yield Observation("capture", verb, place, _actor(subject_of(verb), ctx), previous)


def _falling(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "T fell to X", "T fell into the hands of X" (a place falling, not a toll)."""
    subj = subject_of(verb)
    place = place_in(subj, ctx) if subj is not None else None
    if place is None:
        return
    targets = pobjs(verb, frozenset({"to", "into"}))
    targets += [g for t in targets for g in pobjs(t, frozenset({"of"}))]
    new = first_actor(targets, ctx)
    if new is not None:
        yield Observation("capture", verb, place, new, None)


def _place_and_agent(verb: Any, ctx: ArticleContext) -> tuple[Any, Mention | None]:
    """The place a capture or holding verb acts on and who does it, active or passive
    ("X took T", "T was taken by X", "the town held by X")."""
    if is_passive(verb):
        agents = pobjs(verb, frozenset({"by"}))
        subj = verb.head if verb.dep_ == "acl" else subject_of(verb)
        place = place_in(subj, ctx) if subj is not None else None
        if place is None and subj is not None:
            place = place_named_before(subj, ctx)
        return place, _actor(agents[0], ctx) if agents else None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    place = _object_place(verb, objs, ctx)
    return place, _actor(subject_of(verb), ctx)


def _object_place(verb: Any, objs: list[Any], ctx: ArticleContext) -> Mention | None:
    """The place a verb acts on: its object's, the place a relative pronoun object stands
    for ("near T which X recaptured", whatever the parser hung the clause on), or the one
    named before ("the town")."""
    if objs and objs[0].lower_ in _RELATIVE_PRONOUNS and objs[0].i > 0:
        before = ctx.place_at.get(objs[0].i - 1) or ctx.place_at.get(objs[0].i - 2)  # ", which"
        if before is not None:
            return before
    place = place_in(objs[0], ctx) if objs else None
    if place is None and objs:
        place = place_named_before(objs[0], ctx)
    if place is None and verb.dep_ == "relcl":
        place = place_in(verb.head, ctx)  # "the city of T, which X now occupy"
    return place


def _withdrawal(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    sources = _clause_pobjs(verb, frozenset({"from", "of"})) + [
        c for c in verb.children if c.dep_ == "dobj"
    ]
    place = next((p for p in (place_in(s, ctx) for s in sources) if p is not None), None)
    previous = _actor(subject_of(verb), ctx)
    if place is not None and previous is not None and previous.actor_id != "GEN_CIVILIANS":
        yield Observation("withdrawal", verb, place, None, previous)


def _held_verb(verb: Any, ctx: ArticleContext) -> Iterator[Observation]:
    place, holder = _place_and_agent(verb, ctx)
    if place is not None and holder is not None:
        yield Observation("held", verb, place, holder)


def _capture_noun(noun: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "the capture of T by X", "X's capture of T", "the fall of T to X"."""
    objects = pobjs(noun, frozenset({"of"}))
    places = [p for p in (place_in(o, ctx) for o in objects) if p]
    new = (
        first_actor(pobjs(noun, frozenset({"by", "to"})), ctx)
        or first_actor([c for c in noun.children if c.dep_ in ("poss", "compound", "amod")], ctx)
        or _doer_of_deed(noun, ctx)
    )
    if places and new is not None:
        # "the liberation of T from Y": the parser hangs "from Y" on the noun or on T
        losers = [g for t in (noun, *objects) for g in pobjs(t, frozenset({"from"}))]
        yield Observation("capture", noun, places[0], new, first_actor(losers, ctx))


def _doer_of_deed(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "X took part in the liberation of T", "X completed the capture of T": the subject
    of a verb of taking part or achieving is who took the place."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("pobj", "dobj") or lemma_of(verb) not in _words("deed_verbs"):
        return None
    return _actor(subject_of(verb), ctx)


def _held_adjective(adj: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "rebel-held Douma", "the ISIS-controlled town of Tabqa", "areas held by X"."""
    agents = pobjs(adj, frozenset({"by"}))
    mods = [c for c in adj.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")]
    if not mods and adj.i > 1 and adj.doc[adj.i - 1].text == "-":
        mods = [adj.doc[adj.i - 2]]
    holder = (
        first_actor(agents, ctx)
        if agents
        else next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
    )
    place = _appos_place(adj.head, ctx) or place_in(adj.head, ctx)
    if place is not None and holder is not None:
        yield Observation("held", adj, place, holder, presupposed=True)


def _appos_place(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "T, another rebel-held city in P": the city described is T, not P."""
    if noun.dep_ != "appos":
        return None
    mention = ctx.place_at.get(noun.head.i)
    return mention if mention is not None and noun.head.i not in ctx.actor_at else None


def _under_control(control: Any, ctx: ArticleContext) -> Iterator[Observation]:
    holder = first_actor(pobjs(control, frozenset({"of"})), ctx) or first_actor(
        [c for c in control.children if c.dep_ in ("compound", "poss", "amod", "nmod")], ctx
    )
    anchor = control.head.head
    target = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else anchor
    place = place_in(target, ctx) if target is not None else None
    if place is not None and holder is not None:
        yield Observation("held", control, place, holder)


def _named_before_comma(noun: Any, ctx: ArticleContext) -> Any:
    """The place a description stands in apposition to, whatever the parse made of it."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    return ctx.place_at.get(start - 2)


def _pocket(noun: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "the last ISIS pocket near Albu Kamal", "the rebel enclave of Eastern Ghouta"."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")]
    holder = next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
    holder = holder or first_actor([c for c in mods if c.i not in ctx.place_at], ctx)
    place = next(
        (ctx.place_at[c.i] for c in mods if c.i in ctx.place_at and c.i not in ctx.actor_at), None
    )
    if place is None:
        place = _named_before_comma(noun, ctx)  # "T, the rebels' last stronghold in P"
    if place is None and noun.dep_ == "attr" and subject_of(noun.head) is not None:
        place = place_in(subject_of(noun.head), ctx)  # "T is the main X stronghold in P"
    if place is None:
        objs = pobjs(noun, frozenset({"of", "in", "near", "around", "at"})) + [
            c for c in noun.children if c.dep_ == "appos"
        ]
        place = next((p for p in (place_in(o, ctx) for o in objs) if p is not None), None)
    if place is not None and holder is not None:
        yield Observation("held", noun, place, holder, presupposed=True)


def _record(
    obs: Observation, sent: Any, ctx: ArticleContext, times: list[TimeMatch]
) -> ControlChange:
    trigger = obs.trigger
    claim = claim_for(trigger, ctx)
    if obs.presupposed and claim.certainty in ("hypothetical", "negated"):
        claim.certainty, claim.cue = ("attributed" if claim.attributed_to else "asserted"), ""
    head = clause_head(trigger)
    clause = clause_tokens(head) if head.pos_ in ("VERB", "AUX") else list(trigger.subtree)
    new_id = arm_of(obs.new.actor_id, "COERCE", "seize", ctx.kb) if obs.new is not None else ""
    return ControlChange(
        id=record_id(ctx.article.id, sent.start_char, f"control:{obs.kind}", trigger.idx),
        place_text=obs.place.text,
        place_id=obs.place.place_id,
        new_controller=new_id,
        previous_controller=arm_of(obs.previous.actor_id, "COERCE", "seize", ctx.kb)
        if obs.previous
        else "",
        new_controller_text=obs.new.text if obs.new is not None else "",
        previous_controller_text=obs.previous.text if obs.previous is not None else "",
        kind=obs.kind,
        time=time_for(trigger, head, claim, ctx, times, clause),
        claim=claim,
        trigger=trigger.text,
        evidence=evidence_of(ctx, sent),
    )
