"""Who took a place when the clause does not say: "The town was recaptured on Sunday",
"They retook it", "the liberation of T", "Phase One cleared ISIS from T".

Reporting names the force once and then tells its gains without it. The taker is then
the last armed party that acted as a subject (or a passive's agent) in this sentence
before the cue or in the two sentences before; a party that only backs another ("backed
by Russian air strikes") is not the taker, nor is the side that held the place or that
it was taken from.
"""

from __future__ import annotations

import bisect
from typing import Any

from frontwatch.extract.armed import NO_CLASS, armed_side
from frontwatch.extract.context import (
    OPPOSING_PREFIXES,
    ArticleContext,
    anti_mention,
    start_of_sentences_before,  # the window "the town" is looked up in, too
)
from frontwatch.extract.gerunds import governed_object
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import MEMBER_PREPS, Observation, actor_of, control_words
from frontwatch.extract.splitsubjects import is_split_backer
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_WINDOW_SENTENCES = 2
_PREPOSITIONS_OF_TIME = frozenset({"after", "before", "upon", "since", "while", "on"})


def complete_taker(obs: Observation, ctx: ArticleContext) -> None:
    """Give a capture with no named taker the one its sentence or the context names."""
    if obs.kind != "capture" or obs.new is not None or not _takes_from_context(obs.trigger):
        return
    obs.new = (
        _subject_of_participle(obs.trigger, ctx)
        or _object_of_the_governor(obs, ctx)
        or _doer_of_a_noun_participle(obs, ctx)
        or _taker_before(obs, ctx)
    )


def _takes_from_context(trigger: Any) -> bool:
    lemma = lemma_of(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        return lemma in control_words("context_taker_nouns")
    if lemma in control_words("falling_verbs"):
        return True  # "the town fell": its subject is the place, never a doer
    if _named_doer(trigger):
        return False
    return any(
        lemma in control_words(key) or trigger.lower_ in control_words(key)
        for key in (
            "capture_verbs",
            "clearing_verbs",
            "entry_verbs",
            "flag_verbs",
            "freed_adjectives",
        )
    )


def _named_doer(verb: Any) -> bool:
    """ "separatists seized T": a subject that names doers the KB does not know is still
    who acted; only a pronoun or a deed ("the offensive captured T") leaves it open."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ == "PRON":
        return False
    if any(t.lower_ in OPPOSING_PREFIXES or (t.dep_ == "poss" and t.pos_ == "PRON") for t in subject.lefts):
        return False  # "anti-IS militias", "their forces": who they are the context says
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]  # "Phase One"
    return not any(lemma_of(w) in control_words("deed_subjects") for w in words)


def _subject_of_participle(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "After capturing T, the SDF announced...": the participle's doer is the subject of
    the clause its preposition hangs on."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _PREPOSITIONS_OF_TIME:
        return None
    return actor_of(subject_of(prep.head), ctx) if prep.head.pos_ in ("VERB", "AUX") else None


def _object_of_the_governor(obs: Observation, ctx: ArticleContext) -> Mention | None:
    """ "kept Iraqi forces from seizing T", "stopped the rebels from taking T": the taker
    is the object of the verb the participle's preposition hangs on, not its subject."""
    obj = governed_object(obs.trigger)
    mention = actor_of(obj, ctx) if obj is not None else None
    return mention if mention is not None and _may_take(mention, obs, ctx) else None


def _doer_of_a_noun_participle(obs: Observation, ctx: ArticleContext) -> Mention | None:
    """ "video of Houthi fighters on pickup trucks capturing the dam", "footage of troops
    storming T": a participle that modifies a noun was done by the armed party named just
    before it, whatever noun the parser hung it on."""
    verb = obs.trigger
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    order = ctx.actor_order
    before = order[bisect.bisect_left(order, verb.sent.start) : bisect.bisect_left(order, verb.i)]
    if not before or verb.i - before[-1] > _PARTICIPLE_REACH:
        return None
    mention = ctx.actor_at[before[-1]]
    return mention if _may_take(mention, obs, ctx) else None


_PARTICIPLE_REACH = 8  # tokens: "fighters on small pickup trucks capturing"


def _taker_before(obs: Observation, ctx: ArticleContext) -> Mention | None:
    trigger = obs.trigger
    start = start_of_sentences_before(trigger, _WINDOW_SENTENCES)
    falls = lemma_of(trigger) in control_words("falling_verbs")
    if falls:  # "T fell" names no doer at all: only the assailant of T's paragraph
        start = _paragraph_start(trigger, start, obs.place.start)
    order = ctx.actor_order
    tokens = order[bisect.bisect_left(order, start) : bisect.bisect_left(order, trigger.i)]
    seen: set[int] = set()
    for i in reversed(tokens):
        mention = ctx.actor_at[i]
        if id(mention) in seen:
            continue
        seen.add(id(mention))
        if falls and _defends_or_reports(mention, ctx):
            continue
        if _acts_in_its_clause(mention, ctx, ctx.kb.get(mention.actor_id or "")) and _may_take(
            mention, obs, ctx
        ):
            return mention
    return None


def _paragraph_start(trigger: Any, start: int, place_char: int) -> int:
    """The first token from ``start`` on after the last paragraph break before ``trigger``
    and after the place ("X attacked B. || Residents said the town fell": B's paragraph)."""
    doc = trigger.doc
    for i in range(trigger.i - 1, start - 1, -1):  # a break token may open the sentence
        if doc[i].is_space and "\n" in doc[i].text:
            return i + 1 if doc[i].idx < place_char else start
    return start


def _defends_or_reports(mention: Mention, ctx: ArticleContext) -> bool:
    """ "Ukrainian troops defended T", "the army said T fell": a defender or a speaker."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    verb = _verb_it_acts_in(span.root) if span is not None else None
    lemma = lemma_of(verb) if verb is not None else ""
    return lemma in control_words("defending_marks") or lemma in control_words("speech_verbs")


def _acts_in_its_clause(mention: Mention, ctx: ArticleContext, actor: Any) -> bool:
    """The mention is a subject, or the agent of a passive, of a verb that neither only
    backs, nor tells a loss or a past holding (who held a place is who loses it when it
    is taken; who "is dominating" the town now may well be who just took it), nor only
    reports when the speaker is no fighting force ("Turkey said"; "a spokesman for X said"
    and "troops from X announced" are X's own members)."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    verb = _verb_it_acts_in(span.root)
    if verb is None or is_split_backer(span.root):
        return False
    lemma = lemma_of(verb)
    held_before = lemma in control_words("held_verbs") and verb.tag_ in ("VBD", "VBN")
    comment = (
        lemma in control_words("speech_verbs")
        and span.root.dep_ == "nsubj"  # "troops from X announced": X's own fighters speak
        and (actor is None or actor.type not in control_words("speaking_taker_types"))
    )
    lost = lemma in control_words("loser_verbs") or lemma in control_words("backing_verbs")
    return not (lost or held_before or comment)


def _verb_it_acts_in(head: Any) -> Any | None:
    """The verb a mention is the subject or passive agent of; the organisation of a
    subject counts ("a spokesman for the SDF said", "troops from the TPLF announced")."""
    if head.dep_ == "pobj" and head.head.lower_ in MEMBER_PREPS and head.head.head.dep_ == "nsubj":
        head = head.head.head
    if head.dep_ == "nsubj":
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return None


def _may_take(mention: Mention, obs: Observation, ctx: ArticleContext) -> bool:
    """A named armed side other than the loser: not a class in an earlier sentence (it names
    nobody the taker could be told from), nor an alliance (it takes ground through its
    members' forces), nor the enemy an "anti-X" names ("anti-Houthi fighters")."""
    if anti_mention(mention, ctx):
        return False
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    if not armed_side(actor, classes=NO_CLASS, governing=True, parties=True, alliances=False):
        return False
    previous = obs.previous.actor_id if obs.previous is not None else ""
    return not previous or ctx.kb.top_of(previous) != ctx.kb.top_of(mention.actor_id)
