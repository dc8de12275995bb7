"""Event places on unseen text (issue 13): the place a weapon was sent from, or a party comes
from, is not where its act happened (sentences written for the tests).

"A missile fired from X", "fighters from X", "the X militia", "X's police": X is the start
of the weapon's flight or the party's home. Found in the h-evplace14 audit of 73 events
(news of Yemen, Libya, Ukraine, Myanmar, the Sahel and Nigeria, and the sample corpus): 3
of its 5 events at a wrong place had taken such an origin (the launch site of a missile
aimed at a Saudi city, the home town of rebels who fought in the capital, a militia's town
counted as the article's main town).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 1)


def places_of(text: str, event_type: str) -> list[str]:
    """The names of the places (resolved, else as written) of the events of one type."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    names = {p.id: p.name for p in result.places}
    events = [e for e in result.events if e.type == event_type]
    assert events, f"no {event_type} event read in {text!r}"
    return [names.get(e.place_id, e.place_text) for e in events]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Houthi fighters fired a ballistic missile from the city of Saada on Tuesday.", "Sa'dah"),
        (
            "Militants fired mortar rounds from the village of Kafr Zita, killing two soldiers.",
            "Kafr Zaytā",
        ),
        (
            "Insurgents shot rockets from Jisr al-Shughur at government posts on Monday.",
            "Jisr ash Shughūr",
        ),
        (
            "The rocket was fired from the northern town of Kafr Zita, the ministry said.",
            "Kafr Zaytā",
        ),
    ],
)
def test_a_launch_site_is_not_the_acts_place(text: str, origin: str) -> None:
    assert origin not in places_of(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Fighters from Misrata attacked Islamic State positions on Monday.", "Misratah"),
        ("Tribesmen from Zintan stormed an airport checkpoint on Friday.", "Zintan"),
        ("Rebels from the town of Tafas ambushed an army patrol at dawn.", "Tafas"),
    ],
)
def test_a_partys_home_town_after_from_is_not_the_acts_place(text: str, origin: str) -> None:
    assert origin not in places_of(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type", "origin"),
    [
        ("A Misrata militia shelled the airport road, killing three.", "ASSAULT", "Misratah"),
        ("The Zawiya brigade shelled a crowded market late on Friday.", "ASSAULT", "Zawiya"),
        ("Raqqa's police arrested dozens of young men at a checkpoint.", "COERCE", "Ar Raqqah"),
    ],
)
def test_a_town_naming_a_party_is_not_its_acts_place(
    text: str, event_type: str, origin: str
) -> None:
    assert origin not in places_of(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # the place hit stays beside the origin
        (
            "Rockets launched from Khan Shaykhun hit the town of Suran overnight.",
            "ASSAULT",
            "Şūrān",
        ),
        ("Gunmen from Sabratha ambushed a patrol in the town of Surman.", "ASSAULT", "Şurmān"),
        ("The Zawiya militia attacked a convoy in Sabratha on Friday.", "ASSAULT", "Şabrātah"),
        # forces that pull back or are driven from a town acted there
        (
            "Government troops withdrew from Palmyra after a week of heavy fighting.",
            "RETREAT",
            "Tadmur",
        ),
        (
            "Withdrawals of Russian units from the Kharkiv region went on through Sunday.",
            "RETREAT",
            "Kharkiv Oblast",
        ),
    ],
)
def test_the_acts_own_place_is_kept(text: str, event_type: str, place: str) -> None:
    assert place in places_of(text, event_type)


def test_a_militias_home_town_is_not_the_articles_main_town() -> None:
    text = (
        "Fighters from Misrata entered the capital on Monday. The Misrata militia said it "
        "would stay until order returned. Gunmen fired on a checkpoint overnight, killing two."
    )
    assert "Misratah" not in places_of(text, "ASSAULT")
