"""Event places on unseen text (issue 13): an act at a village the gazetteer lacks, placed
by the province the sentence names ("jets struck the village of X in Y province"), is not
moved to the article's main town, Y's namesake city, which may lie 100 km away (sentences
written for the tests). Found in the h-evplace14 audit: a strike on a Deir ez-Zor province
village placed at Deir ez-Zor city; on the tune split an RSF attack on a Sennar province
village placed at the main town.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 1)


def town_of(text: str, trigger: str) -> str:
    """The town (no area) the event with this trigger is placed at, or ''."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    towns = {p.id: p.name for p in result.places if not p.is_area}
    found = [e for e in result.events if e.trigger == trigger]
    assert found, f"no event {trigger!r} read in {text!r}"
    return towns.get(found[0].place_id, "")


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            (
                "Army shells hit Homs on Monday. Markets in Homs stayed shut. On Tuesday "
                "warplanes struck the village of Kafr Zorbeh in Homs province, killing four."
            ),
            "struck",
            "Homs",
        ),
        (
            (
                "Rebels shelled Daraa on Sunday. Daraa has been tense for weeks. Gunmen attacked "
                "the hamlet of Tell Yabsa in Daraa province overnight, residents said."
            ),
            "attacked",
            "Dar‘ā",
        ),
        (
            (
                "Jets pounded Deir ez-Zor on Friday. Deir ez-Zor lost power. Russian planes hit "
                "the village of Zor Abu Hamda in Deir ez-Zor province late on Saturday, a "
                "monitor reported."
            ),
            "hit",
            "Deir ez-Zor",
        ),
    ],
)
def test_a_province_village_is_not_moved_to_the_main_town(
    text: str, trigger: str, town: str
) -> None:
    assert town_of(text, trigger) != town
