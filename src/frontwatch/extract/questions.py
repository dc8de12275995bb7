"""Facts only asked about: "Did X arm Y?", "Is X the main backer of Y?", "Would X come to
the aid of Y?" A yes-no question (an auxiliary before the subject, a question mark closing
the clause) states nothing; a question of why or how ("Why did X strike Y?") takes the
deed as done, so it is left alone.
"""

from __future__ import annotations

from typing import Any

from frontwatch.nlp.treearrays import child_forms

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
# the auxiliaries a question opens with, when the parser takes one for the main verb ("Did
# the army attack ...?" read as "did" + a noun "attack"): grammar, not knowledge
_AUXILIARY_LEMMAS = frozenset({"be", "do", "have"})


def asked(head: Any) -> bool:
    """Whether the clause headed by ``head`` is a yes-no question."""
    if "?" not in child_forms(head):  # read from the doc's lists: no Token per child
        return False
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in head.subtree if t.i < head.i):
        return False
    auxes = [c for c in head.children if c.dep_ in _AUX_DEPS]
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:  # "Is Turkey arming X?": the parser may hang the subject on the auxiliary
        subject = next((c for a in auxes for c in a.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return False
    opens = head.pos_ == "AUX" or head.lemma_.lower() in _AUXILIARY_LEMMAS
    first = min((t.i for t in auxes), default=head.i if opens else subject.i)
    return bool(first < subject.i)
