"""Strikes that back another side's act are their own act, on the backed act's enemy and ground.

"Kurdish fighters retook Kobani, backed by U.S. airstrikes"; "the offensive, supported by
Russian air strikes"; "the advance is bolstered by coalition artillery strikes". The strikes
are done by another side than the act they back, so they never join its trigger group
(``events.py``). They hit the enemy the backed act names, where it happened: when the
strike names no target or place, it takes those of the act it backs in the same sentence.
The verbs are data (``events.yaml``: ``backing.verbs``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy

from frontwatch.extract.context import on_path_up
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.treearrays import char_starts
from frontwatch.nlp.wordtest import dependency_is, words_passing
from frontwatch.records import Event


def backing_verb(tok: Any) -> Any | None:
    """The verb whose "by" agent ``tok`` is ("backed by X strikes", "supported by air and
    artillery strikes"), when that verb is one of backing; else None."""
    current = first_conjunct(tok)  # "by air strikes and artillery": every conjunct backs
    by = current.head
    if current.dep_ != "pobj" or by.lower_ != "by" or by.head.i == by.i:
        return None
    verb = by.head
    return verb if lemma_of(verb) in _backing_verbs() and verb.pos_ == "VERB" else None


@cache  # read for every token an event's trigger path passes through
def _backing_verbs() -> frozenset[str]:
    return frozenset(get_lexicon().events["backing"]["verbs"])


def crosses_backing(tok: Any, until: int) -> bool:
    """Whether the path from ``tok`` up to the token ``until`` passes through a backing
    verb's agent or a "with the support of" phrase: the act at ``until`` is backed by
    ``tok``'s, not told again by it."""
    return on_path_up(
        tok, until, lambda current: backing_verb(current) is not None or helped_act(current) is not None
    )


def helped_act(tok: Any) -> Any | None:
    """ "retook T with the support of coalition strikes", "with the help of US air strikes":
    for the "of" object of a noun of support (relations.yaml ``support_nouns``) done
    "with", the word the "with" hangs on (the act helped); else None."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if (
        noun is None
        or noun.dep_ != "pobj"
        or noun.head.lower_ != "with"
        or lemma_of(noun) not in get_lexicon().relation_words("support_nouns")
    ):
        return None
    return noun.head.head


def share_backed_fight(events: list[Event], sent: Any, offsets: dict[str, int]) -> None:
    """Give, in place, each backing strike of the sentence with no target or place those of
    the act it backs (see ``_backed_act``); ``offsets`` locate each event's trigger word."""
    assaults = [
        (e, tok) for e in events if e.type == "ASSAULT" for tok in _trigger_of(e, sent, offsets)
    ]
    for event, tok in assaults:
        verb = backing_verb(tok) or helped_act(first_conjunct(tok))
        backed = _backed_act(verb, event, assaults) if verb is not None else None
        if backed is None:
            continue
        if not event.target_actor and backed.target_actor != event.source_actor:
            event.target_actor, event.target_text = backed.target_actor, ""
        if not event.place_id and backed.place_id:
            event.place_id, event.place_text = backed.place_id, ""


def _trigger_of(event: Event, sent: Any, offsets: dict[str, int]) -> list[Any]:
    """The event's trigger token (by its offset, or for a capture's event by its word)."""
    where = offsets.get(event.id)
    if where is not None:  # read from the doc's offsets: a Token only of the trigger
        starts = char_starts(sent.doc)
        at = next((i for i in range(sent.start, sent.end) if starts[i] == where), None)
        return [sent.doc[at]] if at is not None else []
    first = next((t for t in sent if t.text == event.trigger), None)  # the rest is not read
    return [first] if first is not None else []


def _backed_act(verb: Any, event: Event, assaults: list[tuple[Event, Any]]) -> Event | None:
    """The act the backing verb hangs on: the verb's subject ("the offensive was supported
    by ..."), or an ancestor of the verb that is an act or has one as subject or
    complement ("X, backed by Y, are expected to retake T"); the nearest
    that names its enemy, else the nearest."""
    others = {tok.i: e for e, tok in assaults if e is not event}
    found: list[Event] = []
    current = verb
    while True:
        subj = subject_of(current)
        aims = [c for c in current.children if c.dep_ == "xcomp"]  # "are expected to retake"
        found += [others[t.i] for t in (current, subj, *aims) if t is not None and t.i in others]
        if current.head.i == current.i:
            break
        current = current.head
    return next((e for e in found if e.target_actor), found[0] if found else None)


def helpers_spans(sent: Any, anchor: Any) -> tuple[tuple[int, int], ...]:
    """The char spans, among the tokens, of phrases that name another side's help: "backed
    by coalition warplanes", "with the support of coalition airstrikes" (but the one that
    holds the anchor). The aircraft there are the helper's: "Iraqi forces, supported by
    coalition jets, launched an offensive" is no air raid of the Iraqi air force's."""
    support = get_lexicon().relation_words("support_nouns")
    heads = [
        tok
        for tok in _with_or_agent(sent)
        if (tok.lower_ == "with" and tok.dep_ == "prep"
            and any(c.dep_ == "pobj" and lemma_of(c) in support for c in tok.children))
        or (tok.dep_ == "agent" and backing_verb(next(iter(tok.children), tok)) is not None)
    ]  # fmt: skip
    spans = ((tok.idx, tok.right_edge.idx + len(tok.right_edge)) for tok in heads)
    return tuple((a, b) for a, b in spans if not a <= anchor.idx < b)


def _with_or_agent(sent: Any) -> list[Any]:
    """The sentence's tokens that are "with" or an agent's "by", the only ones that can open
    a helper's phrase: read from the doc's arrays, a Token made of these alone."""
    doc = sent.doc
    words = words_passing(doc, _is_with)[sent.start : sent.end]
    agents = dependency_is(doc, "agent")[sent.start : sent.end]
    return [doc[i] for i in (numpy.flatnonzero(words | agents) + sent.start).tolist()]


def _is_with(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the word "with"."""
    return lower == "with"
