"""A deed in a phrase of circumstance ("under government bombardment", "amid shelling",
"despite the airstrikes") is going on whatever the verb's modal or "not": "the rebels must
retreat under government airstrikes" tells the airstrikes as fact; not a deed the verb brings
about ("could come under attack"), one still to come ("amid a looming offensive", "despite any
new strikes") nor one under a plain future ("will advance under Russian air cover")
(extract/presupposed.py ``_in_circumstance``, cues.yaml ``circumstance_preps``,
``undergoing_verbs``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 2, 1)


def _certainty(events_found: Any, text: str, kind: str, place: str) -> str:
    found = [e for e in events_found(text, PUBLISHED) if e.type == kind and place in e.place_text]
    assert len(found) == 1, (text, found)
    return str(found[0].claim.certainty)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels must retreat under government airstrikes near Hama.", "Hama"),
        ("Civilians could be trapped under heavy government bombardment of Douma.", "Douma"),
        ("Kurdish fighters did not withdraw from Kobani despite Islamic State shelling.", "Kobani"),
        ("Aid convoys cannot reach the town amid heavy Russian shelling of Aleppo.", "Aleppo"),
    ],
)
def test_a_deed_in_a_circumstance_is_told_as_fact(events_found: Any, text: str, place: str) -> None:
    assert _certainty(events_found, text, "ASSAULT", place) == "asserted"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("The town could come under attack by Turkish troops near Afrin.", "ASSAULT", "Afrin"),
        ("Rebels hoped to hold the town despite any new airstrikes on Idlib.", "ASSAULT", "Idlib"),
        ("The army will advance on Palmyra under Russian air cover.", "AID", "Palmyra"),
    ],
)
def test_a_deed_to_come_stays_hypothetical(
    events_found: Any, text: str, kind: str, place: str
) -> None:
    assert _certainty(events_found, text, kind, place) == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Under government control, Tadmur could become a base for the push east.",
        "Under rebel control, Jisr al-Shughur would give the opposition a road to Latakia.",
        "Under Kurdish control, Manbij might cut the jihadists' road to Turkey.",
    ],
)
def test_a_holding_in_a_circumstance_stays_the_condition_weighed(text: str) -> None:
    held = [c for c in extract(text, PUBLISHED).control_changes if c.kind == "held"]
    assert held, text
    labels = [(c.place_text, str(c.claim.certainty)) for c in held]
    assert all(label != "asserted" for _, label in labels), labels
