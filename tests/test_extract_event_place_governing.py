"""An act with no place of its own, told in a clause of sequence hung on another act ("after
troops pulled out", "once the rebels withdrew"), is where that act is: not at the province
the other act's place is told to lie in (events.yaml: sequence_markers). An act with a
place of its own keeps it, and one told as simultaneous ("as troops pulled back") takes no
place from the other. Sentences written for these tests (issue 13: the event
put at another place of its sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def placed(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each event type's (place name, place kind) pairs."""
    result = process_texts([text], dates=[dt.date(2014, 1, 12)])[0]
    places = {p.id: p for p in result.places}
    found: dict[str, set[tuple[str, str]]] = {}
    for e in result.events:
        place = places.get(e.place_id)
        found.setdefault(e.type, set()).add((place.name, place.kind) if place else ("", ""))
    return found


RETREATS = [
    (
        (
            "Rebels seized the military post of Al-Khibar in the eastern province of Deir ez-Zor "
            "after government forces pulled out on Friday."
        ),
        "base",
    ),
    (
        (
            "Islamic State fighters overran the town of Tal Hamis in Hasakah province after Kurdish "
            "units withdrew overnight."
        ),
        "populated_place",
    ),
    (
        (
            "Government troops recaptured the town of Adra in the Damascus countryside on Sunday "
            "after the rebels retreated, state media said."
        ),
        "populated_place",
    ),
]


@pytest.mark.parametrize(("text", "kind"), RETREATS)
def test_a_placeless_retreat_is_where_the_act_it_hangs_on_is(text: str, kind: str) -> None:
    found = placed(text)
    assert "RETREAT" in found, found
    assert {k for _, k in found["RETREAT"]} == {kind}, found
    assert found["RETREAT"] <= found["ASSAULT"], found


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        (
            "Government troops shelled Douma on Friday after rebels attacked a checkpoint in Harasta.",
            "Ḩarastā",
            "Dūmā",
        ),
        (
            (
                "Kurdish fighters stormed Tal Hamis after Islamic State militants ambushed a patrol "
                "near Qamishli."
            ),
            "Al Qāmishlī",
            "Tal Hamis",
        ),
    ],
)
def test_an_act_with_its_own_place_keeps_it(text: str, own: str, other: str) -> None:
    names = {name for name, _ in placed(text).get("ASSAULT", set())}
    assert {own, other} <= names, names


def test_an_act_told_as_simultaneous_takes_no_place_from_the_other() -> None:
    """ "As troops pulled back, ...": two acts at once, often in two places."""
    found = placed("As government forces pulled back on Friday, rebels shelled the town of Adra.")
    assert "RETREAT" in found, found
    assert ("Adra", "populated_place") not in found["RETREAT"], found
