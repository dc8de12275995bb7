"""Verbs that hedge the deed they govern: "the strike was suspected to have been ...",
"X appears to have shelled T", "it looks like the militants shelled T", "a video purportedly
showing X shelling T". The certainty of a
fact (``certainty.claim_for``) marks a deed under them hedged.
A passive verb of telling with its teller ("was reported by Reuters to have ...") is that
teller's word instead. Words are data (cues.yaml, certainty: ``hedge_verbs``,
``impersonal_hedge_verbs``, ``hedge_words``, ``evidence_nouns``, ``passive_telling_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

# how a told deed hangs under the verb that tells it: "said that ...", "showing X doing ..."
_TOLD_DEPS = frozenset({"ccomp", "dobj"})


def is_passive_hedge(verb: Any) -> bool:
    if verb.lemma_.lower() not in get_lexicon().certainty("hedge_verbs") or told_by_agent(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "xcomp" in deps


def is_hedging_verb(gov: Any, child: Any) -> bool:
    """ "X is believed to have shelled T", "X appears to have ...", or a verb that tells
    the deed and is itself in doubt ("a video purportedly showing X shelling T")."""
    if child.dep_ in _TOLD_DEPS and _doubted_teller(gov):
        return True
    if child.dep_ == "ccomp" and gov.lemma_.lower() in get_lexicon().certainty("tentative_verbs"):
        return True  # "evidence suggests that X armed Y": inferred, not told
    if child.dep_ != "xcomp" or gov.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    if told_by_agent(gov):
        return False  # "were reported by Reuters to have shot down": Reuters's word (attributed)
    passive = any(c.dep_ == "auxpass" for c in gov.children)
    return passive or gov.lemma_.lower() in ("appear", "seem")


def told_by_agent(verb: Any) -> bool:
    """ "X were reported by Reuters to have ...", "was said by officials to have ...": a
    passive verb of telling whose "by" agent names who told it; the deed is that teller's
    word (attributed), as "Reuters reported that X ..." is; a belief stays a guess ("was
    believed by analysts to have ...": hedged). Words: cues.yaml ``passive_telling_verbs``."""
    if verb.lemma_.lower() not in get_lexicon().certainty("passive_telling_verbs"):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
    )


def _doubted_teller(verb: Any) -> bool:
    """ "a video purportedly showing X shelling T", "rebels allegedly said that they took
    T", "unverified footage shows X storming T": a hedge word on the verb that tells the
    deed, or on the footage (an evidence noun) that shows it, leaves the deed unconfirmed.
    Only what the verb tells: not its subject, nor a clause beside it ("X reportedly
    struck T and Y shelled Z": the second deed is not in doubt)."""
    cues = get_lexicon().certainty
    hedges = cues("hedge_words")
    if any(c.dep_ == "advmod" and c.lower_ in hedges for c in verb.children):
        return True
    evidence = (
        c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in cues("evidence_nouns")
    )
    return any(m.dep_ == "amod" and m.lower_ in hedges for s in evidence for m in s.children)


def is_impersonal_hedge(gov: Any, child: Any) -> bool:
    """ "It looks like the militants shelled T", "it seems that": an empty "it" subject."""
    if gov.lemma_.lower() not in get_lexicon().certainty("impersonal_hedge_verbs"):
        return False
    empty_it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in gov.children)
    return empty_it and child.dep_ in ("ccomp", "advcl", "prep", "xcomp")


def weighs_the_past(verb: Any, modal: Any) -> bool:
    """ "could have been", "must have hit": a modal before a perfect weighs how likely a
    done deed is; "would have taken" is a condition that did not come true."""
    if modal.lower_ not in get_lexicon().certainty("epistemic_modals"):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in verb.children)
