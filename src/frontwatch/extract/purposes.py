"""Deeds told as aims, not results: "an offensive to retake T", "vowed to drive IS out",
"preparations for an assault", "aimed at clearing T". The certainty of a fact
(``certainty.claim_for``) marks such a deed hypothetical.
Words are data (cues.yaml, certainty: ``aim_nouns``, ``caution_verbs``, ``vow_verbs``,
``done_preps``, ``past_done_preps``, ``implicative_verbs``, ``past_implicative_verbs``).
Deeds only awaited ("bracing for an offensive") are read in ``anticipated``, leave given and
taken ("were allowed to leave") in ``permitted``.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.anticipated import anticipated_deed
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.permitted import leave_granted, permission_used


def aim_noun_over(anchor: Any) -> str:
    """ "preparations for an assault", "plans for an offensive", "the threat of strikes",
    "warned against new strikes", "the battle for the recapture of T": a nominal deed that
    a noun of planning or threat, a verb of warning, or a fight it is fought for governs is
    not done; nor is one only awaited ("bracing for an offensive": ``anticipated``)."""
    awaited = anticipated_deed(anchor)
    if awaited:
        return awaited
    prep = anchor.head
    if anchor.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return ""  # pcomp: "on the verge of closing the crossing"
    cues, governor = get_lexicon().certainty, prep.head.lemma_.lower()
    aim = prep.lower_ in ("for", "of") and governor in cues("aim_nouns")
    fought = prep.lower_ == "for" and governor in cues("fought_for_nouns")  # "battle for the capture of T"
    aim = aim or (fought and not fight_finished(prep.head))
    warning = prep.lower_ in ("against", "of") and governor in cues("caution_verbs")
    return prep.head.text if aim or warning else ""


def aim_named_by_subject(anchor: Any) -> str:
    """ "The plan was to encircle T first, then seize it", "their goal is to retake T",
    "the main objective remains the capture of T": a deed told as what an aim noun, the
    subject of "be" or "remain", is (cues.yaml ``aim_subject_nouns``, ``aim_copulas``) is
    not done. A clause with a subject of its own on the way up tells its own deed."""
    cues, child = get_lexicon().certainty, anchor
    for gov in anchor.ancestors:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            return ""  # "the aim was to show that X took T": X's deed is told, not aimed
        if gov.lemma_.lower() in cues("aim_copulas") and child.dep_ in ("xcomp", "attr"):
            subjects = [c for c in gov.children if c.dep_ == "nsubj"]
            named = subjects and subjects[0].lemma_.lower() in cues("aim_subject_nouns")
            return subjects[0].text if named else ""
        child = gov
    return ""


def fight_finished(fight: Any) -> bool:
    """ "after the battle for T ended", "won the battle for T", "victory in the battle for
    T", "when the offensive was over": the fight is over, so what it was for is no mere aim
    (cues.yaml ``finished_fight_words``)."""
    words, head = get_lexicon().certainty("finished_fight_words"), fight.head
    if fight.dep_ == "pobj" and head.lower_ == "in":  # "victory in the battle"
        return head.head.lemma_.lower() in words
    if fight.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    over = any(c.dep_ in ("acomp", "advmod") and c.lower_ in words for c in head.children)
    return over or head.lemma_.lower() in words


def vows_a_deed(anchor: Any) -> bool:
    """ "vowed to drive IS out", "pledged to continue the fight": a vow is told for the deed
    it promises, which is not done; a vow of a thing ("pledged $10 million") is a fact."""
    if anchor.lemma_.lower() not in get_lexicon().certainty("vow_verbs"):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in anchor.children
    )


def aims_at(prep: Any) -> bool:
    """ "aimed at clearing T", "seeking to": a preposition whose object is a gerund; not
    one of a deed done ("after capturing T"; in the past, "fought before retaking T")."""
    if prep.dep_ != "prep" or not any(c.dep_ == "pcomp" for c in prep.children):
        return False
    cues, word = get_lexicon().certainty, prep.lower_
    past = prep.head.tag_ in ("VBD", "VBN") and word in cues("past_done_preps")
    return not (word in cues("done_preps") or past)


def aim_adjective(word: Any, child: Any) -> bool:
    """ "intent on seizing T", "bent on destroying X": ``child`` is the aim of an adjective
    of aim (cues.yaml ``aim_adjectives``; the parser may tag the word a noun or a verb, the
    "on" with a gerund tells the sense)."""
    return word.lower_ in get_lexicon().certainty("aim_adjectives") and aims_at(child)


def is_purpose(head: Any) -> bool:
    """An infinitive of purpose or aim: "launched an offensive to retake T", "the effort
    to free T", "worked to clear T", "an operation started to recapture T". Not a done
    deed ("managed to take T") nor a perfect ("is said to have taken T")."""
    if head.dep_ not in ("advcl", "acl", "relcl", "xcomp") or head.tag_ != "VB":
        return _bare_infinitive(head)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return _bare_infinitive(head)
    if head.dep_ == "acl" and leave_granted(head.head):
        return False  # "were given safe passage to leave T": they left
    if head.dep_ in ("xcomp", "advcl") and carries_out(head.head):
        governor = head.head
        if to_infinitive(governor) and governor.dep_ not in ("advcl", "acl", "relcl", "xcomp"):
            return True  # "refused to allow X to use Y to strike T": the using is only asked for
        if kept_from(governor):
            return True  # "barred X from using Y to strike T": never done
        return is_purpose(governor)  # "efforts to use the Council to condemn X": still an aim
    return True


def kept_from(verb: Any) -> bool:
    """A gerund after "from" on a verb of keeping from ("barred X from using Y")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in get_lexicon().certainty("keeping_from_verbs")
    )


def to_infinitive(verb: Any) -> bool:
    """A base form with its own "to": "to push out X", "in order to dislodge X"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def carries_out(governor: Any) -> bool:
    """ "managed to take T", "went on to seize T"; in the simple past "had to withdraw",
    "chose to leave T": a verb whose to-infinitive is a deed done."""
    lex, lemma = get_lexicon(), governor.lemma_.lower()
    past = governor.tag_ == "VBD" and lemma in lex.certainty("past_implicative_verbs")
    return lemma in lex.certainty("implicative_verbs") or past or permission_used(governor)


def _bare_infinitive(verb: Any) -> bool:
    """ "our call on the regime to cease the violence, free the detainees and allow access":
    a base form with no subject, auxiliary or conjunction of its own, listed after a
    to-infinitive, is one more thing asked for."""
    # VBP without a subject is a base form the tagger took for a present ("..., free the detainees")
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("advcl", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    # the infinitive before it must itself be an aim: not "managed to advance and kill 47"
    siblings = [verb.head, *verb.head.children]
    return any(
        s.i < verb.i
        and s.tag_ == "VB"
        and any(a.lower_ == "to" for a in s.children)
        and is_purpose(s)
        for s in siblings
    ) or (verb.dep_ == "conj" and _bare_infinitive(verb.head))


def ability_word(word: Any) -> bool:
    """ "have not been able to take T": an ability adjective after a copula, whose negation
    or modal is the deed's (``ability_adjectives``)."""
    return word.dep_ == "acomp" and word.lemma_.lower() in get_lexicon().certainty("ability_adjectives")
