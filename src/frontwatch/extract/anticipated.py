"""Deeds told only as awaited: "residents fear an offensive", "bracing for a government
assault", "the shelling is a prelude to a ground offensive", "troops are massing ahead of
an assault on T". The deed noun names what is expected, feared or prepared for, not a deed
done, so the certainty of a fact (``purposes.aim_noun_over``) marks it hypothetical.
Words are data (cues.yaml, certainty: ``anticipation_verbs``, ``anticipation_for_verbs``,
``ending_verbs``, ``anticipation_nouns``, ``ahead_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_NOMINAL = frozenset({"NOUN", "PROPN"})
_AWAITED_PREPS = frozenset({"to", "for", "of"})  # "prelude to", "anticipation of"


def anticipated_deed(anchor: Any) -> str:
    """The word that makes the deed noun at ``anchor`` one awaited, or ''; the noun's own
    modifier of prospect is the better cue when it has one ("braced for an imminent
    assault": "imminent", events.yaml ``prospective_modifiers``)."""
    noun = anchor
    while noun.dep_ == "conj" and noun.head.pos_ in _NOMINAL:
        noun = noun.head  # "expect an assault and a siege": both awaited
    if noun.pos_ not in _NOMINAL:
        return ""
    cue = _awaited_by(noun)
    return (_own_prospect(anchor) or cue) if cue else ""


def prospective_word(anchor: Any) -> str:
    """The word that makes an act not done yet: the act noun's own modifier of prospect ("an
    imminent offensive"), also of the act noun a verb takes ("launching a future assault"),
    or ''."""
    if anchor.pos_ in _NOMINAL:
        return _own_prospect(anchor)
    nouns = get_lexicon().nouns
    objects = (c for c in anchor.children if c.dep_ == "dobj" and c.pos_ in _NOMINAL)
    acts = (c for c in objects if c.lemma_.lower() in nouns)
    return next((word for word in map(_own_prospect, acts) if word), "")


def _own_prospect(noun: Any) -> str:
    words = get_lexicon().events["prospective_modifiers"]
    mods = (c for c in noun.lefts if c.dep_ in ("amod", "compound", "advmod"))
    return next((str(c.text) for c in mods if c.lower_ in words), "")


def _awaited_by(noun: Any) -> str:
    cues = get_lexicon().certainty
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues("anticipation_verbs"):
        return str(noun.head.text)  # "diplomats expect an assault", "heralded an offensive"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return ""
    governor, word = prep.head, prep.lower_
    if word == "for" and governor.lemma_.lower() in cues("anticipation_for_verbs"):
        # "bracing for an offensive", "massing for an assault"; not "massed for the assault
        # on Thursday" (it came) nor "waiting for the shelling to stop" (it goes on)
        if _told_in_past(governor) or _awaited_to_end(noun):
            return ""
        return str(governor.text)
    if word in _AWAITED_PREPS and governor.lemma_.lower() in cues("anticipation_nouns"):
        return str(governor.text)  # "a prelude to an offensive"
    if word == "of" and governor.lower_ in cues("ahead_words") and not _told_in_past(governor.head):
        return str(governor.text)  # "are massing ahead of an assault"
    return ""


def _awaited_to_end(noun: Any) -> bool:
    """ "waiting for the shelling to stop", "for the fighting to end": the end is awaited."""
    after = noun.doc[noun.right_edge.i + 1 : noun.right_edge.i + 3]
    ends = get_lexicon().certainty("ending_verbs")
    return len(after) == 2 and after[0].lower_ == "to" and after[1].lemma_.lower() in ends


def _told_in_past(verb: Any) -> bool:
    """ "Troops massed ahead of the assault", "were gathering ahead of it": a narrative in
    the past tells of an assault that came; the present and future await it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )
