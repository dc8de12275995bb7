"""A deed whose aim only seems so: "the airstrikes appear targeted on IS positions", "the
raids seemed directed at rebel posts", "the strikes appeared aimed at supply lines", "the raids appeared to target oil trucks". The
deed noun is the subject of a verb of seeming whose participle tells what it was aimed at;
the target, and the tie drawn from it, are only an impression, so the fact is hedged
(``deedhedges.deed_hedge``). "The attack appeared deliberate" judges a deed done and is
left alone: only participles of aiming count.
Words are data (cues.yaml, certainty: ``impersonal_hedge_verbs``, ``purpose_verbs``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon

_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def seemingly_aimed(anchor: Any) -> str:
    """The verb of seeming over the aim of the deed at ``anchor``, or ''."""
    cues = get_lexicon().certainty
    seeming, aiming = cues("impersonal_hedge_verbs"), cues("purpose_verbs")
    head = anchor.head
    if anchor.dep_ in _COMPLEMENT_DEPS and anchor.lemma_.lower() in aiming:
        return str(head.text) if head.lemma_.lower() in seeming else ""  # the deed is "targeted"
    if anchor.dep_ not in ("nsubj", "nsubjpass", "csubj"):
        return ""
    if head.lemma_.lower() in seeming:  # "appear targeted", "appeared to target"
        aims = [c for c in head.children if c.dep_ in _COMPLEMENT_DEPS and c.tag_ in ("VBN", "VB")]
        return str(head.text) if any(c.lemma_.lower() in aiming for c in aims) else ""
    if head.tag_ != "VBN" or head.lemma_.lower() not in aiming:
        return ""
    # "appeared aimed at": the parser hangs the verb of seeming on the participle
    auxes = (c for c in head.children if c.dep_ in ("aux", "auxpass"))
    return next((str(a.text) for a in auxes if a.lemma_.lower() in seeming), "")
