"""A class noun whose own "from"/"of" phrase names the group its pack entry makes the class
stand for in some state ("separatists" in Yemen: the Southern Transitional Council) is that
group, whatever the group's sector; before, an earlier group of the class's sector took it
("Separatists from the STC" read as the Houthis named in the sentence before)
(kb/actors/antecedents.py `_stands_in_for`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

SUMMER_2019 = dt.date(2019, 8, 9)


def _mentions(text: str) -> dict[str, str]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[SUMMER_2019])[0]
    return {m.text: m.actor_id for m in result.mentions if m.actor_id}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The Houthis shelled Taiz on Monday. Separatists from the Southern Transitional Council took over government buildings in Aden.", "Separatists"),
        ("Houthi rebels fired missiles at Marib. Separatist fighters of the Southern Transitional Council clashed with troops in Abyan.", "Separatist fighters"),
        ("Fighting between the Houthis and the army continued. Secessionists from the Southern Transitional Council stormed the presidential palace.", "Secessionists"),
    ],
)  # fmt: skip
def test_the_class_is_the_group_its_phrase_names(text: str, phrase: str) -> None:
    assert _mentions(text)[phrase] == "STC"


def test_a_group_the_class_never_stands_for_is_still_refused() -> None:
    """'rebels from the Islamic State' are not IS: no by_state line makes rebels IS."""
    found = _mentions("Rebels from the Islamic State surrendered to the army near Raqqa in Syria.")
    assert found.get("Rebels") != "ISIS"
