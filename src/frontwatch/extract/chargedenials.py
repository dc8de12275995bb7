"""A charge set off after the deed it names and denied there: "Iran armed the Houthis, a
charge Tehran denies", "Russian jets struck the hospital, an accusation Moscow rejects".
The deed of the clause the charge closes is negated, and the one who denies it is who
says so. The parser hangs the charge on the clause's last noun, so the clause is found
from the charge upward; a clause or participle inside it ("rebels led by X") is not the
charged deed. Words are data (cues.yaml, certainty: ``charge_nouns``, ``denial_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.claimrank import raise_claim
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relatives import RELATIVE_PRONOUNS
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.extract.speakernames import denier_in_sentence, name_of_speaker
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Claim

_CHARGE_DEPS = frozenset({"appos", "npadvmod", "dobj", "attr", "conj"})
_DENIAL_DEPS = frozenset({"relcl", "acl", "appos"})
# the small parser often reads "the Kremlin rejects" or "the military denies" as a noun
# phrase: its first word then stands as a compound or a modifier of the verb
_DENIER_DEPS = ("nsubj", "compound", "amod")


def deny_closing_charge(anchor: Any, claim: Claim, ctx: ArticleContext) -> None:
    """Negate the anchor's deed when a denied charge closes its clause; the denier speaks."""
    found = _closing_denial(anchor)
    if found is None:
        return
    denial, denier = found
    if any(c.dep_ == "neg" for c in denial.children):
        raise_claim(claim, "hedged", denial.text)  # "a charge Tehran does not deny"
        return
    raise_claim(claim, "negated", denial.text)
    if denier is not None:
        claim.attributed_to = name_of_speaker(denier_in_sentence(denier), ctx)


def _closing_denial(anchor: Any) -> tuple[Any, Any | None] | None:
    """The verb denying a charge set off after the anchor in its clause, and the denier."""
    # the sentence's denying words are found once per doc: every claim asked here (about
    # 2,500 on the sample) walked all its sentence's tokens
    for word in tokens_passing(sentence_of(anchor), _denying_word):
        if word.i <= anchor.i:
            continue
        clause = _charged_clause(word)
        if clause is not None and _closes_clause(clause, anchor):
            return word, _denier(word)
        accused = _accused_subject(word, anchor)
        if accused is not None:
            return word, accused
    return None


def _accused_subject(denial: Any, anchor: Any) -> Any | None:
    """ "The UAE, accused of arming the RSF, denies the charge", "Iran, which is accused of
    arming X, rejects the allegations": the deed is told in the denier's own phrase, and
    the denier denies "the charge"; the denier, else None."""
    nouns = get_lexicon().certainty("charge_nouns")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in denial.children):
        return None
    subject = next((c for c in denial.children if c.dep_ == "nsubj"), None)
    inside = subject is not None and anchor.i > subject.i and anchor in subject.subtree
    return subject if inside and _charged(anchor, subject) else None


def _charged(anchor: Any, subject: Any) -> bool:
    """The deed hangs under a verb of accusing in the subject's phrase ("accused of
    arming X"), not under any clause of it ("which Ankara has listed as terrorist")."""
    accusing = get_lexicon().certainty("accusation_verbs")
    path = [t for t in anchor.ancestors if t.i != subject.i and subject in t.ancestors]
    return any(t.lemma_.lower() in accusing for t in path)


def _charged_clause(denial: Any) -> Any | None:
    """The clause a denied charge closes: the charge's relative clause ("a charge Z
    denies"), a "which" the denial takes as object ("..., which Z denies"), or a denying
    verb the parser joined to the clause with the charge fronted as its object."""
    nouns = get_lexicon().certainty("charge_nouns")
    if denial.dep_ in _DENIAL_DEPS:
        noun = denial.head
        if noun.lemma_.lower() in nouns and _set_off(noun):
            return _verb_over(noun)
        which = [c for c in denial.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS]
        return _verb_over(denial) if which and _after_comma(which[0]) else None
    fronted = [
        c
        for c in denial.children
        if c.dep_ == "dobj" and c.i < denial.i and c.lemma_.lower() in nouns and _set_off(c)
    ]
    return denial.head if denial.dep_ == "conj" and fronted else None


def _denying_word(lower: str, lemma: str) -> bool:
    """A denying verb, also when the parser took it for a plural noun ("denies" read as
    "denie", "rejects" as a noun): its lemma, or its form less a present or past ending
    (a word test, ``nlp.wordtest``)."""
    denials = get_lexicon().certainty("denial_verbs")
    stems = {lemma.lower(), lower, lower.removesuffix("s"), lower.removesuffix("es")}
    stems |= {lower.removesuffix("ed"), lower.removesuffix("d")}
    if lower.endswith(("ies", "ied")):
        stems.add(lower[:-3] + "y")  # "denies", "denied"
    return bool(stems & denials)


def _set_off(noun: Any) -> bool:
    """ "..., a charge ...": the charge's phrase follows a comma or a dash."""
    return noun.dep_ in _CHARGE_DEPS and _after_comma(noun.left_edge)


def _after_comma(word: Any) -> bool:
    return word.i > 0 and word.doc[word.i - 1].text in (",", "-", "--", "—")


def _closes_clause(clause: Any | None, anchor: Any) -> bool:
    """The charge closes the anchor's own clause: the anchor is the clause's verb (or one
    joined to it before the charge, or what it says), or a noun of it ("the shelling of T,
    a charge ...")."""
    if clause is None:
        return False
    if anchor.i == clause.i or anchor in clause.conjuncts:
        return True
    if anchor.head.i == clause.i and anchor.dep_ in ("xcomp", "ccomp"):
        return True  # "the rebels claim to have shot down X, a claim Moscow dismissed"
    # a noun the clause's verb takes as its subject or object; one in an "after ..." phrase
    #   is the scene, not the charged deed (positions compared: spaCy makes a new Token per access)
    return (
        anchor.pos_ not in ("VERB", "AUX")
        and anchor.head.i == clause.i
        and anchor.dep_ in _ARGUMENT_DEPS
    )


_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _denier(denial: Any) -> Any | None:
    """Who denies: the subject (the parser may read "Moscow rejects" as a compound noun),
    or the agent of "a charge denied by Tehran"."""
    for dep in _DENIER_DEPS:
        found = next((c for c in denial.children if c.dep_ == dep and c.i < denial.i), None)
        if found is not None:
            return found
    agents = [p for a in denial.children if a.dep_ == "agent" for p in a.children]
    return agents[0] if agents else None


def _verb_over(token: Any) -> Any | None:
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
