"""An entry joined in one sentence to what befell the raiders next ("entered T but were
pushed back", "entered T and blew up the court before pulling back", "stormed T and looted
the market, but were driven out") is a raid, not a change of hands; an entry followed by
another deed of holding, or a withdrawal told of the other side, stays a capture.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2022, 5, 16)


def _captures(text: str) -> list[tuple[str, str]]:
    return [(p, t) for k, p, t, _ in control_changes(text, PUBLISHED) if k == "capture"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces entered Kharkiv on Sunday but were pushed back by Ukrainian defenders.",
        "Militants entered the town of Baiji overnight and blew up the courthouse before pulling back.",
        (
            "Al-Shabaab fighters stormed Mahaday at dawn and looted the market, but were driven "
            "out by government troops."
        ),
    ],
)
def test_an_entry_told_with_the_raiders_beaten_or_leaving_is_no_capture(text: str) -> None:
    assert _captures(text) == [], _captures(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iraqi troops entered Ramadi on Sunday and raised the flag over the government compound.",
            "Ramadi",
        ),
        ("Government forces entered Palmyra and began clearing mines.", "Palmyra"),
        ("Russian forces entered Kherson after Ukrainian troops were pushed back.", "Kherson"),
    ],
)
def test_an_entry_followed_by_holding_or_by_the_other_side_leaving_stays(
    text: str, place: str
) -> None:
    assert place in [p for p, _ in _captures(text)], _captures(text)
