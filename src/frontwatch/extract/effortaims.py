"""The effort a capture is the aim of when the aim hangs on the effort's own noun or on
the clause telling of it, not on the capture's head: "an operation aimed at retaking T",
"an offensive designed to drive X out of T", "an offensive launched in an attempt to
capture T", "the offensive was an operation ... in a bid to seize T". The effort is under
way, so the sides fight already; only the change of hands is aimed at
(``tieclaims.effort_claim`` reads the effort's own claim). "An offensive planned to
retake T" names no effort under way. Words are data (cues.yaml, certainty:
``purpose_verbs``, ``request_verbs``, ``initiating_verbs``, ``effort_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.roleclaims import deed_with_purpose


def aimed_effort(trigger: Any) -> Any | None:
    """What tells the effort whose purpose participle ``trigger`` completes ("an offensive
    aimed at recapturing T", "began an offensive aimed at ...", "an operation meant to
    clear T", "the offensive is aimed at retaking T"), else None."""
    purpose = _purpose_verb_over(trigger)
    if purpose is None or purpose.tag_ != "VBN":
        return None  # "as militants aim to take T": a finite aim of its own, no effort's
    if purpose.dep_ == "advcl":  # "began an offensive on Monday aimed at ...": the verb's
        return _effort_of_deed(purpose.head)
    if purpose.dep_ == "acl":
        return _effort_noun_near(purpose.head)
    # "renewed efforts are aimed at driving IS out of T": the effort is the passive's subject
    told = [c for c in purpose.children if c.dep_ == "nsubjpass" and _is_effort(c)]
    return told[0] if told else None


def launched_effort(trigger: Any) -> Any | None:
    """What tells the effort ``trigger`` is the purpose of ("launched an offensive in an
    attempt to seize T": the launching; "the offensive was an operation ... in a bid to
    seize T": the operation), else None; a plan ("planned in a bid to") is none."""
    deed = deed_with_purpose(trigger) if trigger.dep_ == "acl" else None
    return _effort_of_deed(deed) if deed is not None else None


def _effort_of_deed(deed: Any) -> Any | None:
    """``deed`` when it is an effort or starts one, the effort noun it names ("carried out
    an operation", "was an operation"), else None; a plan is none (``request_verbs``)."""
    cues = get_lexicon().certainty
    if _is_effort(deed):
        return deed
    if lemma_of(deed) in cues("request_verbs"):
        return None
    if lemma_of(deed) in cues("initiating_verbs"):
        return deed
    told = [c for c in deed.children if c.dep_ in ("attr", "dobj") and _is_effort(c)]
    return told[0] if told else None


def _effort_noun_near(noun: Any) -> Any | None:
    """The effort noun a purpose participle describes: its own head, or the effort whose
    doer it was hung on ("a push by Iraqi troops aimed at ..."), else None."""
    if _is_effort(noun):
        return noun
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and _is_effort(prep.head):
        return prep.head
    return None


def _purpose_verb_over(trigger: Any) -> Any | None:
    """The verb of purpose ``trigger`` is the aim of ("aimed at retaking", "designed to
    drive"), else None; a plan is not one (``request_verbs``)."""
    verb = trigger.head
    if trigger.dep_ == "pcomp" and verb.dep_ == "prep":
        verb = verb.head  # "aimed at retaking T"
    elif trigger.dep_ != "xcomp":
        return None
    cues = get_lexicon().certainty
    lemma = lemma_of(verb)
    if lemma not in cues("purpose_verbs") or lemma in cues("request_verbs"):
        return None
    return verb


def _is_effort(noun: Any) -> bool:
    return bool(noun.pos_ == "NOUN" and lemma_of(noun) in get_lexicon().certainty("effort_words"))
