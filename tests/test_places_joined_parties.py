"""A state named beside another as the doer ("Turkey and Iran condemned", "condemned by
Washington and Ankara") is a party, not a place the text names, like the first of the two
(extract/placeroles._first_conjunct); places joined in a location ("villages in Idlib and
Hama") stay places. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("text", "party", "place"),
    [
        ("Turkey and Iran condemned the shelling of Afrin on Sunday.", "Iran", "‘Afrīn"),
        ("The raids near Manbij were condemned by Washington and Ankara.", "Ankara", "Manbij"),
        (
            "Israel and Iran traded threats after the strikes near Qusayr.",
            "Iran",
            "Al Quşayr",
        ),
        ("Russia, Iran and Turkey agreed on a truce for Idlib province.", "Turkey", "Idlib"),
    ],
)
def test_a_state_joined_to_a_doer_is_no_place(
    text: str, party: str, place: str, located_names: Callable[[str], set[str]]
) -> None:
    found = located_names(text)
    assert not any(party in name for name in found), found
    assert any(place in name for name in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling hit villages in Idlib and Hama on Sunday.", "Ḩamāh"),
        ("Drones struck militia targets in Syria and Iraq overnight.", "Iraq"),
        ("The jihadists in Iraq and Syria remain a threat, the minister warned.", "Syria"),
        ("Allied troops in Iraq and Syria stay focused on the militants.", "Syria"),
    ],
)
def test_places_joined_in_a_location_stay_places(
    text: str, place: str, located_names: Callable[[str], set[str]]
) -> None:
    assert any(place in name for name in located_names(text)), located_names(text)
