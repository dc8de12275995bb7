"""Civilian deaths a statement mourns or deplores at a place are an attack on civilians there.

"We deplore the civilian casualties in T1, T2 and elsewhere", "expresses its condolences for
the loss of civilian life in T", "mourns the deaths of civilians in T": a statement names
the harm done, not its doer; reporting codes it as an attack on civilians at the place
(doer unnamed), and the judge accuses no one by it: civilians are its victims, never the
accused. The loss is a noun of ``mourned_losses.loss_nouns`` (events.yaml) called civilian
(``civilian_words`` on it, or on its "of" object: "the loss of civilian life", "the deaths of
civilians"), taken by a verb of mourning or judging (``mourning_verbs``: "deplore the
casualties") or by a preposition of a word of sorrow (``sorrow_words``: "condolences for",
"saddened by", "grieves over"), and placed by its own "in"/"at" phrase at a place the text
names. Told otherwise ("to avoid civilian casualties", "no indications of civilian
casualties", "caused civilian casualties" with its own doer) it is left to the other readers.
Each town listed with the place gets its copy later (extract/listedplaces.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract.arguments import Arguments, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of, lemma_of_words
from frontwatch.extract.sides import CIVILIANS
from frontwatch.extract.stance import told_act
from frontwatch.extract.timeref import TimeMatch
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Claim, Event, Mention

_OF = frozenset({"of"})


def _rules() -> dict[str, Any]:
    rules: dict[str, Any] = get_lexicon().events["mourned_losses"]
    return rules


def mourned_loss_events(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[Event]:
    """An ASSAULT on civilians, doer unnamed, for each civilian loss the sentence mourns or
    deplores at a named place."""
    found: list[Event] = []
    for noun in tokens_passing(sent, _loss_word):  # the other words are never made
        if noun.pos_ != "NOUN" or not _civilian(noun):
            continue
        taker = _mourned_by(noun)
        place = _own_place(noun, ctx)
        if taker is None or place is None:
            continue
        event = told_act("ASSAULT", noun, taker, Arguments(), Claim(), sent, ctx, times)
        event.target_actor, event.target_text = CIVILIANS, noun.text
        event.place_id, event.place_text = place.place_id, place.text
        ctx.trigger_offsets[event.id] = noun.idx
        found.append(event)
    return found


def _loss_word(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the word's mended lemma is a loss noun."""
    return lemma_of_words(lower, lemma) in _rules()["loss_nouns"]


def _civilian(noun: Any) -> bool:
    """ "civilian casualties", "the loss of civilian life", "the deaths of civilians"."""
    words = frozenset(_rules()["civilian_words"])
    held = [noun, *pobjs(noun, _OF)]
    called = any(
        c.dep_ in ("amod", "compound") and lemma_of(c) in words for t in held for c in t.children
    )
    return called or any(lemma_of(t) in words for t in held[1:])


def _mourned_by(noun: Any) -> Any | None:
    """The verb or word of sorrow that takes the loss: "deplore the casualties" (its object),
    "condolences for the loss", "saddened by the deaths" (its preposition's head)."""
    rules = _rules()
    head = noun.head
    if noun.dep_ == "dobj" and lemma_of(head) in rules["mourning_verbs"]:
        return head
    if noun.dep_ == "pobj" and head.lower_ in rules["sorrow_preps"]:
        sorrow = head.head
        if lemma_of(sorrow) in rules["sorrow_words"] or lemma_of(sorrow) in rules["mourning_verbs"]:
            return sorrow
    return None


def _own_place(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The place of the loss's own "in"/"at" phrase, or of its "of" object's ("the loss of
    civilian life in T")."""
    preps = frozenset(_rules()["place_preps"])
    for holder in (noun, *pobjs(noun, _OF)):
        for obj in pobjs(holder, preps):
            mention = ctx.place_at.get(obj.i)
            if mention is not None and mention.place_id:
                return mention
    return None


__all__ = ["mourned_loss_events"]
