"""Sides an act noun takes from the verb that governs it, which the parser hangs there.

"Army positions came under attack by X", "the town has come under shelling from X": the
subject undergoes the act and X does it. "X claimed responsibility for the bombing", "X
took credit for the attack": X did it (``object_classes.owning`` in events.yaml). Used by
extract/arguments.py when the noun names no side of its own."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import armed
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near, first_actor
from frontwatch.extract.holders import held_or_named
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.pronoundoers import speaker_subject
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention

_AGENT_PREPS_IN_ORDER = ("by", "from")  # "under fire from X", "under siege by X"


def responsible_for(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The subject of the verb whose object ("responsibility", "credit") owns the act, or
    the speaker who says it was itself responsible for it; no one for a claim no one made."""
    if disowned(noun):
        return None  # "no group has claimed the bombing": the doer stays unknown
    verb = _owning_verb(noun)
    if verb is not None:
        if noun.dep_ == "dobj" and any(c.dep_ == "prep" for c in noun.children):
            return None  # "claimed the strike on the convoy near T": an act told here, not one owned
        return claimant_of(subject_of(verb), ctx)  # "X claimed the bombing", "took credit for"
    if noun.dep_ == "pobj" and (noun.head.lower_ != "for" or noun.head.head.dep_ != "dobj"):
        return own_claim_of(noun.head, ctx)
    return None


def disowned(noun: Any) -> bool:
    """ "No group has claimed the bombing", "nobody took responsibility for the attack", "X
    did not claim the attack": an act owned by a claim not made, whose doer the sentence
    leaves unknown."""
    verb = _owning_verb(noun)
    return verb is not None and unclaimed(verb)


def disowned_by_all(noun: Any) -> bool:
    """ "No group has claimed the bombing", "nobody took responsibility": a claim no one at
    all made, which may restate an act told before; "X did not claim the attack" only says
    X did not, and tells an act of its own."""
    verb = _owning_verb(noun)
    return verb is not None and _subject_is_no_one(verb)


def _owning_verb(noun: Any) -> Any | None:
    """The verb of the claim that owns the act noun ("X claimed the bombing", "X took
    responsibility for the attack"), else None."""
    lex = get_lexicon()
    if noun.dep_ == "dobj" and lemma_of(noun.head) in lex.object_class("owning_verbs"):
        return noun.head
    owner = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or owner.dep_ != "dobj":
        return None
    return owner.head if lemma_of(owner) in lex.object_class("owning") else None


def unclaimed(verb: Any) -> bool:
    """ "did not claim", "no one has claimed", "nobody took responsibility", "neither group
    claimed the attack": a claim no one made (cues.yaml ``negation_words``, ``nobody_words``)."""
    return any(c.dep_ == "neg" for c in verb.children) or _subject_is_no_one(verb)


def _subject_is_no_one(verb: Any) -> bool:
    """ "nobody", "no one", "no group", "neither group": a subject that is no one
    (cues.yaml ``nobody_words``, ``negation_words`` as its determiner)."""
    cues = get_lexicon().certainty
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in cues("nobody_words"):
            return True
        if any(d.dep_ in ("det", "preconj") and d.lower_ in cues("negation_words") for d in child.children):
            return True
    return False


def claimant_of(subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """The actor a claim's subject names: itself, or the issuer a statement, tweet or video
    names ("a statement from X", "a tweet sent in the name of X": ``object_classes.issuing``)."""
    found = actor_near(ctx, subj)
    if found is not None or subj is None or lemma_of(subj) not in get_lexicon().object_class("issuing"):
        return found
    named = (ctx.actor_at[t.i] for t in subj.subtree if t.i != subj.i and t.i in ctx.actor_at)
    return next((m for m in named if not m.actor_id.startswith(GENERIC_PREFIX)), None)


def own_claim_of(word: Any, ctx: ArticleContext) -> Mention | None:
    """The speaker of "X claimed they were responsible for / behind the attack": a
    pronoun said to be to blame (``blame.predicates`` in events.yaml) stands for the one
    who says it, who claims the act (extract/pronoundoers.py); None for anything else."""
    predicates = get_lexicon().events["blame"]["predicates"]
    if word.lower_ == "for" and word.head.dep_ == "acomp" and word.head.lower_ in predicates:
        word = word.head  # "responsible for", as "behind" alone is
    be = word.head
    if word.lower_ not in predicates or be.lemma_.lower() != "be":
        return None
    culprit = subject_of(be)
    if culprit is None or culprit.pos_ != "PRON":
        return None
    return speaker_subject(be, ctx)


def undergone_by(noun: Any, ctx: ArticleContext) -> tuple[Mention | None, Mention | None]:
    """The doer ("by/from X" on the verb, or on the act noun itself: "came under heavy fire
    from X") and the undergoer (the verb's subject; the noun a relative clause hangs on:
    "units which had come under fire from X") of an act that something "came under", "was
    under" or "faced" (``undergone_object_verbs``); (None, None) for any other noun."""
    verb = _undergoing_verb(noun)
    if verb is None:
        return None, None
    # "by" before "from", the act's own before the verb's: "releasing civilians from villages
    # under siege by the rebels" (the parser hangs both on "releasing"): the rebels besiege
    doer = next(
        (found for host in (noun, verb) for prep in _AGENT_PREPS_IN_ORDER
         if (found := first_actor(pobjs(host, frozenset({prep})), ctx)) is not None),
        None,
    )
    subject = subject_of(verb)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    placed = _placed_under(noun, verb)
    if doer is None and placed is not None:  # "X put the town under siege": X besieges it
        return actor_near(ctx, subject, depth=1), actor_near(ctx, placed, depth=1)
    return doer, _undergoer(subject, ctx)


def _undergoer(subject: Any | None, ctx: ArticleContext) -> Mention | None:
    """Who the subject names, or who holds it when it is a place of arms ("the base, which
    houses X troops, came under rocket fire": extract/holders.py)."""
    if subject is None:
        return None
    return held_or_named(actor_near(ctx, subject, depth=1), subject, ctx)


def _placed_under(noun: Any, verb: Any) -> Any | None:
    """What a side "put", "placed" or "kept" under the act ("put the refinery under siege",
    "placed the town under curfew"): the verb's object undergoes it, its subject does it."""
    if noun.head.lower_ != "under" or lemma_of(verb) not in get_lexicon().events["placing_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _undergoing_verb(noun: Any) -> Any | None:
    """The verb under whose "under" the act noun is ("came under fire"), or that takes it as
    what its subject faces ("was facing heavy fire from X"); None otherwise."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        verb = noun.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    verbs = get_lexicon().events["undergone_object_verbs"]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma_of(noun.head) in verbs:
        return noun.head
    return None


def is_undergone(noun: Any) -> bool:
    """ "drew condemnation", "faced fire", "came under attack": the act befalls the subject of
    the verb that governs it, who does not do it."""
    return _undergoing_verb(noun) is not None


def undergone_from_a_side(noun: Any, ctx: ArticleContext) -> bool:
    """ "Troops came under fire from X": an act only when X is an armed side; "the minister
    came under fire from critics" is blame, no attack."""
    doer, _undergoer = undergone_by(noun, ctx)
    return doer is not None and armed(doer.actor_id, ctx)


def made_the_target(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "X was the target of an attack by Y", "X became the victim of an ambush": X is who
    the act was aimed at (the subject of the copula whose complement, a ``target_role_nouns``
    word in events.yaml, the act noun hangs on by "of"); None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    role = prep.head
    if role.dep_ not in ("attr", "oprd") or lemma_of(role) not in get_lexicon().events["target_role_nouns"]:
        return None
    subject = next((c for c in role.head.children if c.dep_ == "nsubj"), None)
    return actor_near(ctx, subject, depth=1)

