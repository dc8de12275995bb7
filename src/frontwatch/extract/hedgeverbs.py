"""Verbs that hedge the deed they govern: "the strike was suspected to have been ...",
"X appears to have shelled T", "it looks like the militants shelled T". The certainty of a
fact (``certainty.claim_for``) marks a deed under them hedged.
Words are data (cues.yaml, certainty: ``hedge_verbs``, ``impersonal_hedge_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def is_passive_hedge(verb: Any) -> bool:
    if verb.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "xcomp" in deps


def is_hedging_verb(gov: Any, child: Any) -> bool:
    if child.dep_ != "xcomp" or gov.lemma_.lower() not in get_lexicon().certainty("hedge_verbs"):
        return False
    passive = any(c.dep_ == "auxpass" for c in gov.children)
    return passive or gov.lemma_.lower() in ("appear", "seem")


def is_impersonal_hedge(gov: Any, child: Any) -> bool:
    """ "It looks like the militants shelled T", "it seems that": an empty "it" subject."""
    if gov.lemma_.lower() not in get_lexicon().certainty("impersonal_hedge_verbs"):
        return False
    empty_it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in gov.children)
    return empty_it and child.dep_ in ("ccomp", "advcl", "prep", "xcomp")
