"""A threat a party is said to be or pose ("remains a threat", "poses a serious threat")
describes it and stores no THREATEN event; a threat made is kept. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 5, 8)


def _threats(text: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [e.trigger.lower() for e in events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab continues to pose a serious threat to Kenya, officials said.",
        "The militia represents a threat to the ceasefire, the envoy told reporters.",
        "Officials in Baghdad said the Islamic State cells constitute a threat to the north.",
    ],
)
def test_a_threat_a_party_is_stores_no_event(text: str) -> None:
    assert not _threats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia issued a threat to target Western supply lines in Ukraine.",
        "The Houthis threatened to strike ships in the Red Sea, their spokesman said.",
    ],
)
def test_a_threat_made_is_kept(text: str) -> None:
    assert _threats(text)
