"""A river named as the line a place lies beyond is no place the text names (issue 13):
"the villages east of the Euphrates" are east of it, not on it, and a river's point is only
the middle of a long line; "a ferry sank on the Euphrates" keeps the river a place
(sentences written for the tests). Found on the tune split: the Euphrates counted among
the places of a coalition report for "the countryside east of the Euphrates River".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("text", "river", "town"),
    [
        (
            "The jihadists still hold a strip of villages east of the Euphrates River near Hajin.",
            "Euphrates",
            "Hajīn",
        ),
        ("Kurdish units pushed beyond the Tigris toward Mosul on Monday.", "Tigris", "Mosul"),
        (
            "Shelling hit farms west of the Euphrates, a day after fighting in Deir ez-Zor.",
            "Euphrates",
            "Deir ez-Zor",
        ),
        (
            (
                "Iraqi troops drove the militants back to the Tigris River after retaking Mosul "
                "University."
            ),
            "Tigris",
            "University of Mosul",
        ),
        (
            "Dozens of fighters fled along the Euphrates River towards Abu Kamal overnight.",
            "Euphrates",
            "Ālbū Kamāl",
        ),
        (
            "Turkish-backed factions hold the land between the Euphrates and the town of Azaz.",
            "Euphrates",
            "I‘zāz",
        ),
        (
            "Turkey threatened a new offensive near the Euphrates River, east of Manbij.",
            "Euphrates",
            "Manbij",
        ),
        (
            "Raqqa, which lies on the banks of the Euphrates, fell to the militants in 2014.",
            "Euphrates",
            "Ar Raqqah",
        ),
        (
            "Mosul, a city on both banks of the Tigris, was retaken in July.",
            "Tigris",
            "Mosul",
        ),
    ],
)
def test_a_river_as_the_line_beyond_is_no_place(
    text: str, river: str, town: str, located_names: Callable[[str], set[str]]
) -> None:
    found = located_names(text)
    assert river not in found
    assert town in found


@pytest.mark.parametrize(
    "text",
    [
        "A ferry carrying families sank on the Euphrates River near Raqqa.",
        "Engineers laid a pontoon bridge over the Euphrates under fire.",
        "Engineers laid a pontoon bridge across the Euphrates south of Raqqa.",
    ],
)
def test_a_river_where_the_act_is_stays_a_place(
    text: str, located_names: Callable[[str], set[str]]
) -> None:
    assert "Euphrates" in located_names(text)
