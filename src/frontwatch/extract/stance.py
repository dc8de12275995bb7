"""What a speaker's statement is, as an event of its own: intent, demand, or a word about an act.

PLOVER codes the statement, not the act it speaks of: "X said it will withdraw its
troops" is X agreeing to withdraw (AGREE), "X will boycott the vote unless ..." a
threat (THREATEN), "X will not accept Y" a refusal (REJECT), "X said Y must leave" a
demand (REQUEST). The act itself stays hypothetical, so the statement is the
sentence's first fact.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy

from frontwatch.extract.arguments import Arguments
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import (
    ArticleContext,
    actor_near,
    clause_head,
    evidence_of,
    mention_actor_id,
    mention_text,
    record_id,
)
from frontwatch.extract.eventplace import place_for
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.parties import has_party_subject
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import time_for
from frontwatch.extract.triggers import Trigger
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.wordtest import dependency_is, words_passing
from frontwatch.records import Claim, Event


def names_a_statement(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """ "accepted the demands", "denied the accusations", "rejected the deal": a noun
    naming someone's statement, as the object of another act, is what that act answers,
    not a statement made anew."""
    tok = trigger.token
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj":
        return False
    if trigger.type not in _stance_words("statement_noun_types"):
        return False
    return any(t.token.i == tok.head.i and t.type != trigger.type for t in triggers)


_DEMAND_HEADS_KEY = "frontwatch_demand_heads"


@cache  # the lexicon never changes within a process; this is on the hottest path
def _stance_words(key: str) -> frozenset[str]:
    return frozenset(get_lexicon().events["stance"][key])


def intent_events(events: list[tuple[Event, Any]], ctx: ArticleContext) -> list[Event]:
    """AGREE / THREATEN / REJECT for acts a subject says it will (not) do."""
    out = []
    for event, anchor in events:
        if _told_by_another(event, ctx):
            continue  # "Turkey will withdraw, the Russian ministry said": a plan reported, no pledge
        kind = _intent_type(event, anchor) if has_party_subject(anchor, ctx) else ""
        if kind:
            out.append(_restyped(event, anchor, kind, ctx))
    return out


def _told_by_another(event: Event, ctx: ArticleContext) -> bool:
    """The act is attributed to a known party that is not its doer nor of the doer's country:
    what X says Y will do is no promise of Y's."""
    speaker = event.claim.attributed_to
    if not speaker or not event.source_actor or speaker == event.source_actor:
        return False
    return ctx.kb.get(speaker) is not None and not _same_country(ctx, speaker, event.source_actor)


def _intent_type(event: Event, anchor: Any) -> str:
    if event.type in _stance_words("skip_types"):
        return ""
    hostile = event.type in _stance_words("hostile_types")
    if event.claim.certainty == "negated":
        # "will not accept", "failed to reach agreement": a refusal of a cooperative act
        verb = _statement_verb(anchor)
        refused = verb.lemma_.lower() in _stance_words("refusal_verbs") or _has_future(
            clause_head(anchor)
        )
        return "REJECT" if refused and _is_main_statement(verb) and not hostile else ""
    if anchor.pos_ != "VERB" or not _is_intent(anchor):
        return ""
    if event.claim.certainty not in ("hypothetical", "asserted", "attributed"):
        return ""
    marks = {t.lower_ for t in anchor.subtree if t.dep_ == "mark"}
    return "THREATEN" if hostile or marks & _stance_words("threat_marks") else "AGREE"


def _is_intent(verb: Any) -> bool:
    """ "X will V" as the sentence's statement, or "X is willing/prepared to V"."""
    if _has_future(verb):
        return _is_main_statement(verb)
    adjective = verb.head
    return (
        verb.dep_ == "xcomp"
        and adjective.dep_ == "acomp"
        and adjective.lower_ in _stance_words("intent_adjectives")
        and _is_main_statement(adjective.head)
    )


def _has_future(verb: Any) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ in _stance_words("future_modals") for c in verb.children
    )


def _statement_verb(tok: Any) -> Any:
    """The verb stating a fact: up from a noun to its verb, and up "failed to reach"."""
    current = clause_head(tok)
    while current.dep_ == "xcomp" and current.head.i != current.i:
        current = current.head
    return current


def _is_main_statement(verb: Any) -> bool:
    """The sentence's own predicate, or what its speaker says ("X said it will ...")."""
    if verb.dep_ == "ROOT":
        return True
    attribution = get_lexicon().certainty("attribution_verbs")
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() in attribution
    )


def _restyped(event: Event, anchor: Any, kind: str, ctx: ArticleContext) -> Event:
    claim = dataclasses.replace(event.claim, cue=_modal_of(anchor))
    claim.certainty = "attributed" if claim.attributed_to else "asserted"
    conditional = {t.lower_ for t in anchor.subtree if t.dep_ == "mark"} & _stance_words(
        "threat_marks"
    )
    if kind in _stance_words("aim_types") and not conditional:
        claim.certainty = "hypothetical"  # "X will drive IS out": an aim; "... unless Y" a threat
    sent_start = event.evidence.start if event.evidence is not None else 0
    own = _own_side(ctx, kind, event.source_actor, event.target_actor) or (
        event.target_text.split(" ")[0].lower() in _stance_words("own_determiners")
    )
    return dataclasses.replace(
        event,
        # "X will withdraw its troops": X's own forces are what it acts with, not on
        target_actor="" if own else event.target_actor,
        target_text="" if own else event.target_text,
        id=record_id(ctx.article.id, sent_start, kind, anchor.idx),
        type=kind,
        mode="",
        instrument="",
        claim=claim,
        casualties=dataclasses.replace(event.casualties),
    )


def _own_side(ctx: ArticleContext, kind: str, source: str, target: str) -> bool:
    """ "X will withdraw Syrian troops": a state's own forces are what it acts with. A threat
    is aimed at an enemy, which in a civil war is of the same country: "Baghdad will attack
    the Peshmerga" threatens them; only the speaker's own organs are its own there."""
    if kind != "THREATEN" or not source or not target:
        return _same_country(ctx, source, target)
    return ctx.kb.top_of(source) == ctx.kb.top_of(target)


def _same_country(ctx: ArticleContext, source: str, target: str) -> bool:
    if not source or not target:
        return False
    countries = {getattr(ctx.kb.get(a), "country", "") or a for a in (source, target)}
    return len(countries) == 1


def _modal_of(verb: Any) -> str:
    return next((c.text for c in verb.children if c.dep_ == "aux"), "")


def demand_events(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[Event]:
    """REQUEST for "X said Y must/should V": the speaker demands it of Y."""
    out = []
    for verb in _with_demand_modals(sent):
        if verb.pos_ != "VERB" or not _is_main_statement(verb):
            continue
        if not any(
            c.dep_ == "aux" and c.lower_ in _stance_words("demand_modals") for c in verb.children
        ):
            continue
        out.append(_demand(verb, sent, ctx, times))
    return out


def _with_demand_modals(sent: Any) -> list[Any]:
    """The sentence's tokens, in order, that a demand modal ("must") hangs on as
    ``aux``: the only ones ``demand_events`` can read; found from the doc's arrays, not a
    Token made of every word of every sentence (most sentences have none)."""
    doc = sent.doc
    heads = doc.user_data.get(_DEMAND_HEADS_KEY)
    if heads is None:
        modals = words_passing(doc, _is_demand_modal) & dependency_is(doc, "aux")
        heads = doc.user_data[_DEMAND_HEADS_KEY] = sorted(
            {doc[int(i)].head.i for i in numpy.flatnonzero(modals)}
        )
    return [doc[i] for i in heads[bisect_left(heads, sent.start) : bisect_left(heads, sent.end)]]


def _is_demand_modal(lower: str, _lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a demand modal by its lower-case form."""
    return lower in _stance_words("demand_modals")


def _demand(verb: Any, sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> Event:
    speaker_verb = verb.head if verb.dep_ != "ROOT" else None
    args = Arguments()
    if speaker_verb is not None:
        subj = subject_of(speaker_verb)
        args.source = actor_near(ctx, subj)
    args.target = _subject_actor(verb, ctx)
    anchor = speaker_verb if speaker_verb is not None else verb
    claim = claim_for(anchor, ctx) if speaker_verb is not None else Claim()
    return told_act("REQUEST", verb, anchor, args, claim, sent, ctx, times)


def told_act(
    kind: str,
    word: Any,
    anchor: Any,
    args: Arguments,
    claim: Claim,
    sent: Any,
    ctx: ArticleContext,
    times: Sequence[TimeMatch],
) -> Event:
    """A demand or an accusation told through its speaker ("X said Y must leave", "X said
    Y was to blame"): the speaker is the doer and the one asked or blamed the target; it
    is placed at its word and dated at ``anchor``, the verb of speaking when there is one."""
    place = place_for(word, ctx)
    return Event(
        id=record_id(ctx.article.id, sent.start_char, kind, word.idx),
        type=kind,
        trigger=word.text,
        source_actor=mention_actor_id(args.source),
        target_actor=mention_actor_id(args.target),
        source_text=mention_text(args.source),
        target_text=mention_text(args.target),
        place_text=mention_text(place),
        place_id=place.place_id if place is not None else "",
        time=time_for(anchor, anchor, claim, ctx, times, list(sent)),
        claim=claim,
        evidence=evidence_of(ctx, sent),
    )


def _subject_actor(verb: Any, ctx: ArticleContext) -> Any:
    subj = subject_of(verb)
    return actor_near(ctx, subj)
