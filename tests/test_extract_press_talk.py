"""Words to the press are a briefing, no consultation between sides; a meeting with a party
(and the press beside it) is still one. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 15)


def _consults(text: str) -> list[str]:
    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e.trigger for e in result.events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The colonel spoke with reporters at the airbase after the ceremony on Monday.",
        "A Pentagon spokesman briefed journalists on the latest round of the campaign.",
        "The Kurdish commander met with foreign correspondents in Erbil on Sunday.",
        "The minister talked with the press and local media outside the parliament in Baghdad.",
    ],
)
def test_talk_with_the_press_is_no_consultation(text: str) -> None:
    assert not _consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The defense secretary met with the Iraqi prime minister and reporters in Baghdad.",
        "The U.S. envoy spoke with Kurdish leaders in Erbil about the offensive.",
        "Turkish officials briefed the Iraqi defense minister on the operation.",
    ],
)
def test_a_meeting_with_a_party_stays_a_consultation(text: str) -> None:
    assert _consults(text)
