"""A people or faith named as a whole that flees is displaced, not a side giving ground:
"tens of thousands of Yazidis escaped into the hills", "Christians fled Qaraqosh" store no retreat
(parties.has_fighting_subject, events.yaml's ``displaced.communities``); fighters of a
people who flee still retreat. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2021, 6, 14)


def _retreats(text: str) -> list[str]:
    return [e.source_actor for e in extract(text, PUBLISHED).events if e.type == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of Yazidis escaped into the hills west of the town on Sunday.",
        "Iraqi Christians fled Qaraqosh as the militants approached.",
        "Alawites from the coastal villages fled to Latakia after the massacre.",
        "The Turkmen of Tal Afar fled to Sinjar ahead of the offensive, officials said.",
        "Assyrian Christians fled the Khabur valley towns as the jihadists advanced.",
    ],
)
def test_a_people_fleeing_is_no_retreat(text: str) -> None:
    assert not _retreats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters fled Jalawla as the militants advanced.",
        "Government troops fled the town of Palmyra on Friday.",
    ],
)
def test_fighters_fleeing_still_retreat(text: str) -> None:
    assert _retreats(text)
