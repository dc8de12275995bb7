"""Enemies a side claims for its own acts, and claims the text disputes.

"Despite Russia's claims to be targeting terrorists, the strikes hit hospitals", "the strike,
described by the Kremlin as targeting extremists", "Moscow insists its jets are targeting only
terrorists": whom a side says its own act is aimed at, named by its word for the enemy
("terrorists", "extremists": ``enemy_label_words``), is an interested party's word, no fact of
whom it fights: the tie is hedged (tieclaims.labelled_enemy_claim), the strike keeps the
certainty its sentence gives it. A side named ("saying it was targeting a Shiite militia")
keeps the claim as told (attributed).
Only the aim told as going on ("is targeting", "to be targeting", "as targeting", "were
aimed at"), not a deed told as done ("the military said it targeted depots in T").
The claim is the side's own when the aimed verb has no subject of its own ("claims to be
targeting", "described as targeting") or a pronoun for it ("saying it was targeting", "its
jets are targeting"); "activists said Russian jets were targeting hospitals" is the
activists' word about Russia, attributed as before.

A claim the text itself disputes ("despite X's claims that ...", "contrary to assertions that
...", "notwithstanding the army's insistence that ...") is hedged whatever its content.
Words are data (cues.yaml, certainty: ``claimed_target_verbs``, ``self_claim_words``,
``own_side_pronouns``, ``disputing_preps``, ``hearsay_nouns``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_REACH = 4  # words between the aimed verb and the claim that tells it
# how the aimed verb hangs under the claim: "claims to be targeting", "saying it was
# targeting", "described as targeting", "the insistence that it is targeting"
_CLAIMED_DEPS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "advcl", "prep"})


def claimed_target(anchor: Any) -> str:
    """The claim word when the anchor is a side's own word about whom its act aims at, else ''."""
    cues = get_lexicon().certainty
    if anchor.lemma_.lower() not in cues("claimed_target_verbs") or not _told_as_aim(anchor):
        return ""
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not _own_word(subjects[0]):
        return ""  # "activists said Russian jets were targeting hospitals": about another
    if not _labelled_enemy(anchor):
        return ""  # "saying it was targeting a Shiite militia": a side named, its word kept
    claim = _claim_over(anchor)
    return str(claim.text) if claim is not None else ""


def _labelled_enemy(verb: Any) -> bool:
    """ "targeting terrorists", "targeting only extremists", "aimed at terrorist groups": the
    aimed verb's object is named by a word a side uses for its enemy, not by the enemy's name."""
    labels = get_lexicon().certainty("enemy_label_words")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
    ]
    return any(
        word.lemma_.lower() in labels or word.lower_ in labels
        for obj in objects
        for word in [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
    )


def disputed_claim(anchor: Any) -> str:
    """The claim noun when the anchor is told inside a claim the text disputes
    ("despite Russia's claims to be fighting terrorists", "contrary to assertions that X
    shelled T"), else ''."""
    cues = get_lexicon().certainty
    child = anchor
    for _ in range(_REACH):
        noun = child.head
        if noun.i == child.i:
            return ""
        if noun.lemma_.lower() in cues("hearsay_nouns") | cues("self_claim_words"):
            return str(noun.text) if _disputed(noun) else ""
        if child.dep_ not in _CLAIMED_DEPS | {"pobj"}:
            return ""
        child = noun
    return ""


def _claim_over(anchor: Any) -> Any | None:
    """The claim word ("claims", "saying", "described", "insistence") the aimed verb hangs
    under, within a few words and clauses, else None."""
    cues = get_lexicon().certainty
    words = cues("self_claim_words")
    child = anchor
    for _ in range(_REACH):
        gov = child.head
        if gov.i == child.i or child.dep_ not in _CLAIMED_DEPS | {"pobj"}:
            return None
        if gov.lemma_.lower() in words:
            return gov
        if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() != "be":
            return None  # another verb between them owns the aimed one
        child = gov
    return None


def _told_as_aim(verb: Any) -> bool:
    """ "is targeting", "to be targeting", "as targeting", "were aimed at": what the acts
    are aimed at, as their side describes them; not a strike told as done ("the military
    said it targeted depots in T": the deed is its word, attributed as before)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return bool(verb.tag_ == "VBG" or passive)


def _own_word(subject: Any) -> bool:
    """ "it", "they", "its jets", "our forces": the claimant's own side."""
    pronouns = get_lexicon().certainty("own_side_pronouns")
    if subject.lower_ in pronouns:
        return True
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in subject.children)


def _disputed(claim: Any) -> bool:
    """ "despite X's claims", "contrary to the claims"; also "Despite government claims that
    ...", where the parser makes "claims" a verb with "despite" hung before it."""
    if claim.pos_ == "NOUN":
        return bool(claim.dep_ == "pobj" and _disputing(claim.head))
    return any(c.dep_ == "prep" and c.i < claim.i and _disputing(c) for c in claim.children)


def _disputing(prep: Any) -> bool:
    """ "despite", "notwithstanding", "in spite of", "contrary to"."""
    disputing = get_lexicon().certainty("disputing_preps")
    if prep.dep_ != "prep" and prep.dep_ != "advmod":
        return False
    low = prep.lower_
    if low in disputing:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and f"{before.lower_} {low}" in disputing


__all__ = ["claimed_target", "disputed_claim"]
