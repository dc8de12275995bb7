"""An account of an act called false: a REJECT by the one who says so.

"The ministry said the attack was a fabrication", "Moscow said the incident had been
staged", "officials insisted the reports of a massacre were false": the speaker rejects
what is told of the act. The predicate is a falsity word (``falsity_words`` in
``data/cues.yaml``) said of the act, or a participle of faking with no agent
(``falsity`` in ``data/events.yaml``), in a clause a speaker states (the ``blame``
speaker verbs). The act noun must name an act or a report of one: "said the figures were
false" rejects no act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract.arguments import Arguments
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of, lemma_of_words
from frontwatch.extract.stance import told_act
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Event


def falsity_events(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[Event]:
    """REJECT for "X said the attack was staged / a fabrication / false"."""
    found = []
    for word in tokens_passing(sent, _may_be_called_false):  # the other words are never made
        clause = _falsity_clause(word)
        if clause is None or not _of_an_act(subject_of(clause)):
            continue
        speaker_verb = clause.head
        args = Arguments()
        args.source = actor_near(ctx, subject_of(speaker_verb))
        claim = claim_for(speaker_verb, ctx)
        found.append(told_act("REJECT", word, speaker_verb, args, claim, sent, ctx, times))
    return found


def _may_be_called_false(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a falsity word or a participle of faking, the first
    test of ``_falsity_clause``'s two readings; no other word is one."""
    lex = get_lexicon()
    participles = lex.events["falsity"]["participles"]
    return lower in lex.certainty("falsity_words") or lemma_of_words(lower, lemma) in participles


def _falsity_clause(word: Any) -> Any | None:
    """The clause a speaker states whose predicate ``word`` calls false, else None."""
    lex = get_lexicon()
    falsity = lex.certainty("falsity_words")
    if word.dep_ in ("acomp", "attr") and word.lower_ in falsity and lemma_of(word.head) == "be":
        clause = word.head
    elif _agentless_faking(word):
        clause = word
    else:
        return None
    stated = clause.dep_ == "ccomp" and clause.head.pos_ == "VERB"
    speakers = lex.events["blame"]["speaker_verbs"]
    return clause if stated and lemma_of(clause.head) in speakers else None


def _agentless_faking(word: Any) -> bool:
    """ "had been staged", "was fabricated": a passive participle of faking with no "by",
    and not "staged from a base": where the act was launched."""
    participles = get_lexicon().events["falsity"]["participles"]
    if word.tag_ != "VBN" or lemma_of(word) not in participles:
        return False
    children = list(word.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    return passive and not any(c.dep_ == "agent" for c in children) and not _launched_from(word)


def _launched_from(word: Any) -> bool:
    """ "staged from territory held by X", "staged in a village": a place preposition on a
    participle of launching (events.yaml ``falsity``)."""
    falsity = get_lexicon().events["falsity"]
    if lemma_of(word) not in falsity["launching_participles"]:
        return False
    preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in falsity["launch_preps"]]
    places = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(lemma_of(g) not in falsity["unplaced_objects"] for g in places)


def _of_an_act(subject: Any | None) -> bool:
    """The thing called false is an act ("the attack", "the incident") or a report of one
    ("the reports", "claims of a massacre")."""
    if subject is None:
        return False
    lex = get_lexicon()
    acts = {k for k, v in lex.nouns.items() if v.get("type")} | lex.object_class("claim")
    heads = [subject, *(g for p in subject.children if p.lower_ == "of" for g in p.children)]
    return any(lemma_of(h) in acts or lemma_of(h) in lex.object_class("blamed_deed") for h in heads)
