"""Sides named together as spearheading one deed are allies in it, in the active ("A and B
spearheaded the assault") and in the passive ("the assault was spearheaded by A and B",
"assaults spearheaded by A, B and other factions"): "spearhead" is one of relations.yaml
``co_agent_verbs`` (extract/coalitions.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2015, 5, 1)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Ahrar al-Sham and the Nusra Front spearheaded the assault on the provincial capital.", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
        ("The push into the city was spearheaded by Ahrar al-Sham and the Nusra Front.", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
        ("Syrian troops launched two attacks north of Hama, both spearheaded by Hezbollah and the Tiger Forces.", "HEZBOLLAH", "TIGER_FORCES"),
    ],
)
def test_sides_spearheading_one_deed_are_allied(text: str, one: str, other: str, relations_found: Any) -> None:
    found = {r[:3] for r in relations_found(text, PUBLISHED)}
    assert ("allied", one, other) in found or ("allied", other, one) in found


def test_a_side_spearheading_alone_has_no_ally(relations_found: Any) -> None:
    text = "The assault on the town was spearheaded by the Nusra Front."
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "allied"}
