"""A person's surname told alone after the full name is the person, not a place ("Army
Col. Steve Warren said ... Warren called the clearance significant"): wire copy names a
speaker in full once and by surname after, and the small model tags the lone surname as a
town (a Warren, a Salman, a Hamadi)."""

from __future__ import annotations

from typing import Any

from frontwatch.kb.places.cues import place_name_cue
from frontwatch.nlp.docspans import entities

PERSON_LABEL = "PERSON"


def surnames_before(doc: Any) -> dict[str, int]:
    """Each surname of a person named in full (two words or more), with where that full
    name first ends."""
    found: dict[str, int] = {}
    for ent in entities(doc):
        if ent.label_ == PERSON_LABEL and len(ent) > 1:
            found.setdefault(ent[-1].lower_, ent.end)
    return found


def a_surname_alone(span: Any, surnames: dict[str, int]) -> bool:
    """A one-word span after the full name whose surname it is, with no place cue around it
    ("in Warren", "the town of Warren" stay places); a comma after a place ("Speaking from
    Baghdad, Warren said") joins no two places."""
    if len(span) != 1:
        return False
    named_at = surnames.get(span[0].lower_)
    if named_at is None or span.start < named_at:
        return False
    return place_name_cue(span) in ("", _COORDINATED)


_COORDINATED = "coordinated"
