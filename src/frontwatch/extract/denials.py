"""A verb of denying over a deed: "denied that X shelled T", "denied involvement in the
attack" negate it, and the denier is kept as who says so; "did not deny" only leaves it
unconfirmed (hedged), and refusing someone a thing ("denied residents entry") denies no
deed. Words are data (cues.yaml, certainty: ``negation_verbs``, ``refusal_objects``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimants import denied_by
from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.purposes import kept_from
from frontwatch.records import Claim


def undenied(verb: Any) -> bool:
    """ "did not deny": its "not" negates the denial, not the deed (``deny``); "neither
    confirmed nor denied the strike": no word either way."""
    denying = verb.lemma_.lower() in get_lexicon().certainty("negation_verbs")
    return denying and (any(c.dep_ == "neg" for c in verb.children) or _neither_nor(verb))


def denial_denied(deed: Any, verb: Any) -> bool:
    """ "did not deny military cooperation with X", "has not ruled out a ground offensive":
    the "not" on a verb of denying whose object is the deed negates the denial, not the
    deed (``deny`` leaves the deed unconfirmed)."""
    denying = verb.lemma_.lower() in get_lexicon().certainty("denial_verbs")
    return deed.i != verb.i and denying and undenied(verb)


def _neither_nor(verb: Any) -> bool:
    """ "X neither confirmed nor denied", "would neither confirm nor deny": the denial is
    joined by "nor" to a verb of confirming that "neither" opens."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in get_lexicon().certainty("unverified_verbs"):
        return False
    nor = any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)
    return nor and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.head.children)


def deny(verb: Any, claim: Claim, ctx: ArticleContext) -> None:
    """A verb of denying negates the deed it governs, except when it is itself negated ("did
    not deny bombing T": not confirmed either, hedged) or refuses someone a thing ("denied
    residents entry": ``refusal_objects``; the deed around it stands)."""
    if undenied(verb):
        raise_claim(claim, "hedged", verb.text)
        return
    refused = get_lexicon().certainty("refusal_objects")
    if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in refused for c in verb.children):
        return  # "denied residents entry", "were denied access": refused, not denied
    raise_claim(claim, "negated", verb.text)
    denied_by(verb, claim, ctx)


def kept_from_or_unable(gov: Any, child: Any, fact: Any) -> bool:
    """ "Barred from using chemical weapons, ...", "was kept from entering T", "was unable
    to mobilise its reserves", "refused to let the rebels leave": a deed one is kept from,
    cannot do or is refused leave for is not done (``keeping_from_verbs``, ``unable_words``,
    ``refusal_verbs`` over ``permission_verbs``). A clause the parser joined to the gerund
    ("to deter X from fighting and to reassure that IS has been driven out") is not."""
    cues = get_lexicon().certainty
    if gov.lemma_.lower() in cues("unable_words"):  # "unable to verify X": X is unsure, not undone
        return child.dep_ == "xcomp" and child.lemma_.lower() not in cues("unverified_verbs")
    if gov.lemma_.lower() in cues("refusal_verbs") and child.dep_ == "xcomp":
        return child.lemma_.lower() in cues("permission_verbs")  # "refused to let them leave"
    kept = child.dep_ == "prep" and any(kept_from(g) for g in child.children)
    return kept and not _joined_on_the_way(fact, child)


def _joined_on_the_way(fact: Any, top: Any) -> bool:
    tok = fact
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return True
        tok = tok.head
    return False
