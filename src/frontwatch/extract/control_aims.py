"""Changes of hands told as aims, topics or plans rather than as deeds.

"A campaign to fully capture Aleppo would ...", "Retaking Mosul is the army's top
priority", "the operation on liberating T is underway", "the offensive was aimed at the
recapture of T": nothing has changed hands. The certainty rules read these on a verb
that governs the capture; the parser often hangs such phrases elsewhere (an infinitive as
the root, a gerund as a compound of the place), so they are read here from the capture's
own word. The words are data (extract/data/cues.yaml, certainty, and relations.yaml,
control).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import control_words
from frontwatch.extract.purposes import carries_out

_NOMINAL_GERUND_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass", "compound"})


def aim_cue(trigger: Any) -> str:
    """The word that makes a capture an aim or a topic, or ''."""
    rules = (
        _infinitive_of_aim,
        _gerund_as_noun,
        _gerund_of_an_effort,
        _gerund_of_nearness,
        _noun_aimed_at,
        _gerund_beside_an_aim,
    )
    for rule in rules:
        cue = rule(trigger)
        if cue:
            return cue
    return ""


def _infinitive_of_aim(verb: Any) -> str:
    """ "a campaign to fully capture T would ...": a to-infinitive not carried by a verb of
    doing ("managed to take T", "went on to seize T") tells what is sought."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return ""
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and (
        carries_out(verb.head) or lemma_of(verb.head) in control_words("done_governors")
    ):
        return _infinitive_of_aim(verb.head)  # "a plan to use tanks to retake T": an aim
    return "to"


def _gerund_as_noun(verb: Any) -> str:
    """ "Capturing all of T has been one of X's goals", "Taking T is part of the plan":
    a gerund that is the subject of its sentence names a deed as a topic."""
    if verb.tag_ != "VBG" or verb.dep_ not in _NOMINAL_GERUND_DEPS:
        return ""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    return str(verb.text)


def _gerund_of_an_effort(verb: Any) -> str:
    """ "the operation on liberating T is underway", "the battle for retaking T": a
    gerund an effort noun governs is the effort's goal ("after capturing T" is done)."""
    prep = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "pcomp"
        or prep.lower_ in get_lexicon().certainty("done_preps")
    ):
        return ""
    noun = prep.head
    if noun.pos_ != "NOUN" or lemma_of(noun) not in _effort_nouns():
        return ""
    return str(noun.text)


def _gerund_of_nearness(verb: Any) -> str:
    """ "the rebels are close to taking control of T", "nearer to capturing T": a side
    near a capture has not made it."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "to":
        return ""
    near = prep.head
    if lemma_of(near) not in get_lexicon().certainty("nearness_adjectives"):
        return ""
    return str(near.text)


def _noun_aimed_at(noun: Any) -> str:
    """ "the offensive was aimed at the recapture of T", "pushing toward the liberation of
    T", "fighting for the capture of T": a capture noun a verb of aiming governs."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in control_words("aim_preps"):
        return ""
    verb = prep.head
    lexicon = get_lexicon()
    if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.certainty("hypothetical_verbs"):
        return ""
    return str(verb.text)


def _gerund_beside_an_aim(verb: Any) -> str:
    """ "the aim was to cut the road, in addition to capturing T", "hoped to hold the
    ridge besides seizing T": a deed added beside an aimed infinitive is aimed with it
    (cues.yaml: additive_links); "took the ridge besides seizing T" stays done."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return ""
    links = get_lexicon().certainty("additive_links")
    linked, above = False, verb.head
    for _ in range(_ADDITIVE_REACH):
        linked = linked or above.lower_ in links
        if above.pos_ in ("VERB", "AUX") or above.dep_ not in ("prep", "pobj"):
            break
        above = above.head
    if not linked or above.pos_ not in ("VERB", "AUX"):
        return ""
    # "the aim was to reach R, in addition to capturing T": the link may hang on the copula
    aimed = [above, *(c for c in above.children if c.dep_ == "xcomp")]
    return next(filter(None, map(_infinitive_of_aim, aimed)), "")


# "in addition to V-ing": the gerund hangs three words below the verb it is added to
_ADDITIVE_REACH = 4


def _effort_nouns() -> frozenset[str]:
    lexicon = get_lexicon()
    return (
        lexicon.certainty("effort_words")
        | lexicon.certainty("aim_nouns")
        | control_words("goal_nouns")
    )
