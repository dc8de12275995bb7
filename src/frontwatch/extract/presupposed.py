"""Deeds a sentence takes as already done while it tells of something else.

"Militias crossed into Syria to support the regime in its fight against insurgents": the
aim is the support, the fight is under way. "Looking to take advantage of Russian
withdrawals", "would continue to lead airstrikes", "vowed to avenge the ambush": these
words take a done deed as their object. "Officials question whether the airstrikes are
aimed at IS": the doubt is the aim, not the strikes. Such a deed keeps the hedges and the
speakers over it, never the aims, conditions or denials. Not taken as done: the means of a
reply ("will respond with airstrikes"), the deed "will continue to bomb" itself names (a
future deed), and under a modal a deed not singled out ("would repel a rebel assault").
Words are data (cues.yaml, certainty: ``presupposing_words``, ``initiating_verbs``,
``occurrence_verbs``, ``means_preps``, ``indefinite_words``, ``hypothetical_modals``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.purposes import kept_from

# how a deed hangs under the word that presupposes it: its object, the object's
# preposition, a complement ("continue to lead airstrikes")
_OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "compound"})
_REACH = 4  # words between a deed and the word that takes it as done
_NOMINAL = frozenset({"NOUN", "PROPN"})


def presupposed(anchor: Any) -> bool:
    """Whether the deed at ``anchor`` is taken as done by the words over it."""
    if _unspecific(anchor):
        return False  # "would respond to any strikes": no deed singled out
    return (
        _owned_deed(anchor)
        or _object_of_presupposing(anchor)
        or _under_way(anchor)
        or _in_circumstance(anchor)
    )


def _in_circumstance(anchor: Any) -> bool:
    """ "must retreat under government bombardment", "may leave amid heavy shelling", "will
    not withdraw despite the airstrikes": a deed in a phrase of circumstance is going on
    whatever the verb's modal, aim or "not"; not one the verb brings about ("could come under
    attack") nor one still to come ("amid a looming offensive", "despite any strikes", "will
    advance under air cover")."""
    cues = get_lexicon().certainty
    prep = anchor.head
    if anchor.pos_ not in _NOMINAL or anchor.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if anchor.lemma_.lower() in cues("circumstance_state_nouns"):
        return False  # "under government control, T could ...": a condition, not a deed
    verb = prep.head
    if prep.lower_ not in cues("circumstance_preps") or verb.lemma_.lower() in cues("undergoing_verbs"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in cues("future_modals") for c in verb.children):
        return False  # "will advance under Russian air cover": the cover is to come as well
    prospective = cues("prospective_modifiers")
    return not any(c.dep_ == "amod" and {c.lower_, c.lemma_.lower()} & prospective for c in anchor.children)


def _under_way(anchor: Any) -> bool:
    """ "the ongoing offensive to retake T": a deed noun its modifier tells as going on."""
    if anchor.pos_ not in _NOMINAL:
        return False
    words = get_lexicon().certainty("ongoing_modifiers")
    return any(c.dep_ == "amod" and c.lower_ in words for c in anchor.children)


def _unspecific(anchor: Any) -> bool:
    words = get_lexicon().certainty("unspecific_words")
    return any(c.dep_ in ("det", "amod") and c.lower_ in words for c in anchor.children)


def _owned_deed(anchor: Any) -> bool:
    """ "in its fight against", "Haftar's offensive on the capital": a deed noun with a
    possessive, as an object, exists; not when its verb brings it about ("to launch its
    offensive", "preparing their assault")."""
    if anchor.pos_ not in _NOMINAL or anchor.dep_ not in ("dobj", "pobj"):
        return False
    if not any(c.dep_ == "poss" for c in anchor.children):
        return False
    verb = next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_.lower() not in get_lexicon().certainty("initiating_verbs")


def _object_of_presupposing(anchor: Any) -> bool:
    """ "take advantage of the withdrawals", "continue to lead airstrikes", "vowed to avenge
    the killing": a word over the deed, reached through objects and complements only, takes
    it as done."""
    cues = get_lexicon().certainty
    words = cues("presupposing_words")
    tok = anchor
    reported = False  # "would investigate reports of a chemical attack": told, so singled out
    for _ in range(_REACH):
        if tok.dep_ not in _OBJECT_DEPS or tok.head.i == tok.i or _questioned(tok):
            return False
        if tok.dep_ == "prep" and tok.lower_ in cues("means_preps"):
            return False  # "will respond with airstrikes": the means, not a deed done
        if kept_from(tok):
            return False  # "kept from using its artillery": kept from it, not kept at it
        tok = tok.head
        if tok.lemma_.lower() in cues("aim_nouns"):
            return False  # "condemned plans for an offensive": the offensive is only planned
        reported = reported or tok.lemma_.lower() in cues("hearsay_nouns")
        if _promised_to_go_on(tok):
            return False
        if tok.lemma_.lower() in words or _object_presupposes(tok, words) or _ceased(anchor, tok):
            return not _future_deed(anchor, tok, reported)
    return False


def _ceased(anchor: Any, verb: Any) -> bool:
    """ "halt their shelling of T", "stop an IS offensive": a deed noun a verb of ceasing
    takes is going on; a standing tie ("stopped its support for X") is what it ends, and a
    deed with no determiner is a kind ("strikes to stop attacks on US forces"). A halt asked
    for ("urged Israel to halt the offensive") is of a deed going on too; a deed still to come
    is not ("halt a planned offensive", "the offensive it is preparing")."""
    cues = get_lexicon().certainty
    if verb.lemma_.lower() not in cues("ceasing_verbs") or anchor.pos_ not in _NOMINAL:
        return False
    prospective = cues("prospective_modifiers")
    # premodifiers of a compound count too: "a planned ground offensive"
    compounds = [t for t in anchor.lefts if t.dep_ == "compound"]
    near = [*anchor.children, *(c for t in compounds for c in t.children)]
    if any(c.dep_ in ("amod", "relcl") and {c.lower_, c.lemma_.lower()} & prospective for c in near):
        return False
    singled_out = any(c.dep_ in ("det", "poss") for c in anchor.children)
    return singled_out and anchor.lemma_.lower() not in cues("standing_tie_nouns")


def _questioned(tok: Any) -> bool:
    """ "declined to comment on whether jets would strike": a deed asked about or under a
    condition is no deed done."""
    cues = get_lexicon().certainty
    return any(
        (c.dep_ == "mark" and c.lower_ in cues("hypothetical_marks"))
        or (c.dep_ == "aux" and c.lower_ in cues("hypothetical_modals"))
        for c in tok.children
    )


def _future_deed(anchor: Any, word: Any, reported: bool) -> bool:
    """Under a modal ("will continue to bomb", "would repel a rebel assault"): the deed the
    going-on names is the future one, and a deed with "a" is no deed singled out, unless
    reports tell of it."""
    cues = get_lexicon().certainty
    if not any(c.dep_ == "aux" and c.lower_ in cues("hypothetical_modals") for c in word.children):
        return False
    if anchor.pos_ in ("VERB", "AUX") and word.lemma_.lower() in cues("continuing_verbs"):
        return True
    indefinite = cues("indefinite_words")
    return not reported and any(c.dep_ == "det" and c.lower_ in indefinite for c in anchor.children)


def _promised_to_go_on(verb: Any) -> bool:
    """ "promised to continue aid", "pledged to keep fighting": the going on is vowed."""
    cues = get_lexicon().certainty
    if verb.lemma_.lower() not in cues("continuing_verbs") or verb.dep_ != "xcomp":
        return False
    return verb.head.lemma_.lower() in cues("vow_verbs") | cues("request_verbs")


def _object_presupposes(verb: Any, words: frozenset[str]) -> bool:
    """ "take advantage of X", "seek revenge for X": the verb's object word does it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)


def subject_of_its_aim(anchor: Any, verb: Any) -> bool:
    """ "whether the airstrikes are aimed at IS", "if the raid was meant to kill him": a
    deed noun that is the subject of a questioned or conditional clause that tells what the
    deed was for or like, not whether it took place ("if the attack happens") nor, in the
    passive, whether or by whom it was done ("whether the strikes were carried out by X")."""
    if anchor.pos_ not in _NOMINAL or anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if anchor.head.i != verb.i:
        return False
    cues = get_lexicon().certainty
    lemma = verb.lemma_.lower()
    if anchor.dep_ == "nsubjpass":  # "if the attack is launched", "whether it was carried out"
        return lemma in cues("purpose_verbs")
    return lemma not in cues("occurrence_verbs") and lemma not in cues("initiating_verbs")


def beside_the_verb(fact: Any, verb: Any) -> bool:
    """ "called for an inquiry after the airstrike": the deed sits in a phrase of time or
    circumstance on the way up to the verb (cues.yaml ``elapsed_preps``), not in its object."""
    preps = get_lexicon().certainty("elapsed_preps")
    tok = fact
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in preps:
            return True
        tok = tok.head
    return False
