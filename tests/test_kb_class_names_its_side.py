"""A class phrase that names whose side it is on ("army-aligned paramilitaries") is not
decided by the article's state: in Sudan's war the bare "paramilitary fighters" are the RSF,
army-aligned ones are not. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

WAR = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Army-aligned paramilitary fighters attacked villages in Gezira state on Monday.",
        "Army-backed paramilitary fighters shelled positions near Sennar overnight.",
        "Army-allied paramilitary fighters stormed a market town in North Kordofan.",
    ],
)
def test_paramilitaries_that_name_their_side_are_not_the_rsf(text: str) -> None:
    doers = {e.source_actor for e in extract(text, WAR).events}
    assert doers and "RSF_SDN" not in doers, doers


def test_bare_paramilitary_fighters_in_sudan_are_still_the_rsf() -> None:
    doers = {e.source_actor for e in extract("The paramilitary fighters stormed Wad Madani in Sudan.", WAR).events}
    assert doers == {"RSF_SDN"}, doers
