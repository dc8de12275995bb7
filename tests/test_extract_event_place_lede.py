"""A report's opening tells of "a town" and names it in the next sentence: the opening act is
at that town when the next sentence introduces it first, with a settlement noun ("the city
of T", "the provincial town of T"). Not where a town was named before or beside the noun
("a village near T"), nor a town the next sentence names bare or after another town
("Separately, in T ..."); a province told before the town's noun ("the P provincial town of
T") only locates it. Sentences written for these tests (issue 13: events with no place
where the next sentence gives one)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2015, 6, 16)


def _first_assault_place(text: str) -> str:
    """The place text of the text's first assault, by its trigger's position."""
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events, text
    return events[0].place_text


_OPENINGS = (
    (
        "Kurdish fighters say they have liberated a northeastern Syrian town that had been a "
        "stronghold of the jihadists. A spokesman confirmed that the fighters had seized the "
        "city of Tal Tamr, in Hassakeh province."
    ),
    (
        "Rebels have overrun a strategic town near the border with Turkey, activists said. "
        "The rebels stormed the last army base in the town of Jisr al-Shughur on Tuesday."
    ),
    (
        "Militants shelled a small village overnight, killing two farmers. Residents of the "
        "village of Hajin said three houses were destroyed."
    ),
    (  # the province named before the town's noun only locates it
        "Rebels have seized a key town near the Turkish border, monitors said. Fighters overran "
        "the last government checkpoint in the Raqqa provincial town of Tal Abyad on Sunday."
    ),
)
# the next sentence's town is told bare, or after another town: another story
_OTHER_STORIES = (
    (
        "Militants attacked a village, killing five people. Separately, officials in Homs met "
        "to discuss aid."
    ),
    (
        "Militants attacked a village, killing five people. Separately, in Aleppo, officials "
        "met in the city of Homs."
    ),
)


@pytest.mark.parametrize(
    ("text", "town"),
    list(zip(_OPENINGS, ["Tal Tamr", "Jisr al-Shughur", "Hajin", "Tal Abyad"], strict=True)),
)
def test_an_opening_town_is_the_town_the_next_sentence_introduces(text: str, town: str) -> None:
    assert _first_assault_place(text) == town


@pytest.mark.parametrize("text", _OTHER_STORIES)
def test_no_town_from_a_next_sentence_that_does_not_introduce_it(text: str) -> None:
    assert _first_assault_place(text) == ""


def test_a_town_named_before_keeps_the_noun_its_own() -> None:
    text = (
        "Government forces shelled a village near Hama on Monday. Rebels later stormed the "
        "town of Homs."
    )
    assert _first_assault_place(text) == "Hama"
