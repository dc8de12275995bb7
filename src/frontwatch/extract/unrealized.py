"""Deeds told as not (yet) done, whatever their own verb says: "progressing toward
liberating T" (where an effort heads), "Had the militia stormed the base, ..." and "Were
the rebels to take T, ..." (a condition, put by the order of the words rather than by
"if"), "It would be the first time X has armed Y" (an occasion weighed, not told); and a
verb that looks like an aim but is not one: "fighters calling themselves X" names them.
Words are data (cues.yaml, certainty: ``aim_preps``, ``inverted_condition_words``,
``occasion_nouns``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def aimed_toward(head: Any) -> str:
    """ "progressing toward liberating T", "a step towards retaking T": a deed after
    "toward" (or "closer to") is where an effort heads, not what it did; the preposition
    (or the word of nearness), else ''."""
    prep = head.head
    if head.dep_ != "pcomp" or prep.dep_ != "prep":
        return ""
    if prep.lower_ == "to":
        return _nearness_word(prep)
    return prep.text if prep.lower_ in get_lexicon().certainty("aim_preps") else ""


def _nearness_word(to: Any) -> str:
    """ "moving closer to recapturing T", "edged nearer to capturing T", "came close to
    seizing T": a deed after "to" that a word of nearness governs, or that hangs beside one on
    the verb, is where the side heads, not done (``nearness_adjectives``); the word, else ''."""
    near = get_lexicon().certainty("nearness_adjectives")
    gov = to.head
    if gov.lower_ in near or gov.lemma_.lower() in near:
        return str(gov.text)
    beside = (c for c in gov.children if c.dep_ == "advmod" and c.i < to.i)
    return next((str(c.text) for c in beside if c.lower_ in near), "")


def inverted_condition(head: Any) -> str:
    """ "Had the militia stormed the base, dozens would have died", "Were the rebels to
    capture T, ...": a clause opening the sentence with an auxiliary before its subject,
    answered by "would" outside it, is a condition (the parser hangs it anywhere); the
    auxiliary, else ''."""
    cues = get_lexicon().certainty
    for clause in (head, head.head):
        first = clause.left_edge
        # the word first: it is rarely one, and the clause's sentence is a Span made anew
        if first.lower_ not in cues("inverted_condition_words") or first.i != clause.sent.start:
            continue
        opens = first.i == clause.i or (first.head.i == clause.i and first.dep_ in ("aux", "auxpass"))
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inside = {t.i for t in clause.subtree} if clause.dep_ != "ROOT" else set(range(first.i, clause.i + 1))
        answered = any(
            t.lower_ in cues("counterfactual_modals") and t.i not in inside for t in clause.sent
        )
        if opens and answered and subject is not None and subject.i > first.i:
            return str(first.text)
    return ""


def weighed_occasion(head: Any) -> str:
    """ "It would be the first time Iran has armed the Houthis", "that would mark the first
    time rebels shelled T": a clause on an occasion noun that a counterfactual modal's verb
    takes is a deed supposed, not told (its tense is the occasion's); the modal, else ''."""
    noun = head.head
    if head.dep_ not in ("relcl", "acl") or noun.lemma_.lower() not in get_lexicon().certainty(
        "occasion_nouns"
    ):
        return ""
    verb = noun.head
    if noun.dep_ not in ("attr", "dobj") or verb.i == noun.i:
        return ""
    counts = get_lexicon().certainty("occasion_counts")
    if not any(c.lower_ in counts or c.ent_type_ == "ORDINAL" for c in noun.children):
        return ""  # "would investigate the time jets bombed T": that time was
    modals = get_lexicon().certainty("counterfactual_modals")
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals), None)
    return str(modal.text) if modal is not None else ""


def names_itself(verb: Any, clause: Any = None) -> bool:
    """ "Fighters calling themselves the Free Brigade shelled T": a verb of calling whose
    object is a reflexive pronoun names its subject; the parser may hang the sentence's deed
    under it, which is then no demand ("called for", "calling on X to")."""
    return any(
        c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves"))
        for c in verb.children
    ) or _names_its_doer(verb, clause)


def _names_its_doer(verb: Any, clause: Any) -> bool:
    """ "An alliance called the Southern Front launched an offensive": the parser makes the
    participle that names the doer the sentence's verb, a name its object and the deed a
    finite clause with no subject of its own under it; a naming, no demand ("called Iran
    to stop" and "called on X to leave" ask, with an infinitive; ``naming_verbs``)."""
    if clause is None or clause.dep_ != "ccomp" or clause.tag_ not in _FINITE_TAGS:
        return False
    if verb.lemma_.lower() not in get_lexicon().certainty("naming_verbs"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return False  # "called the strike what it was: X shelled T" has a clause of its own
    return any(c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN" for c in verb.children)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def juxtaposed(gov: Any, clause: Any) -> bool:
    """ "Jets bombed Douma, killing 12; the toll is expected to rise": the parser hangs a
    clause told before a verb under it, although the verb has its own complement after it;
    the clause is then beside the verb, not what it expects, fears or denies."""
    if clause.dep_ != "ccomp" or clause.i > gov.i:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > gov.i for c in gov.children)


def effort_made(gov: Any, aimed: Any) -> bool:
    """ "has been trying to seize T, shelling the town daily": the aimed verb is the effort's
    goal, but a participle hung after it (the fact reached it through one) tells how the
    effort went, which is done; ``attempt_verbs`` only, as a plan's participle is planned."""
    return aimed.dep_ == "xcomp" and gov.lemma_.lower() in get_lexicon().certainty("attempt_verbs")


def condition_phrase(word: Any) -> bool:
    """ "as long as", "so long as", "provided (that)", "on condition that": a phrase the
    parse does not give one condition mark, ending at ``word`` (``condition_phrases``)."""
    if word.dep_ not in ("mark", "prep", "advmod") or word.i > word.head.i:
        return False
    if not ends_a_condition_phrase(word.lower_):
        return False  # every phrase read below ends in the word: most words end none
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    if after is not None and after.lower_ in ("with", "by"):
        return False  # "Provided with US air cover, Kurdish fighters stormed T": given, done
    doc = word.doc
    phrases = get_lexicon().certainty("condition_phrases")
    return any(
        " ".join(t.lower_ for t in doc[max(0, word.i - n) : word.i + 1]) in phrases for n in range(3)
    )


@cache  # the lexicon never changes within a process
def ends_a_condition_phrase(lower: str) -> bool:
    """Whether a ``condition_phrases`` entry ends in the word: :func:`condition_phrase`
    joins the words up to ``word``, so only such a word can close a phrase."""
    return any(p.endswith(lower) for p in get_lexicon().certainty("condition_phrases"))
