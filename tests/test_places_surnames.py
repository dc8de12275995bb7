"""A person's surname told alone after the full name is that person, not a town ("Defense
Secretary Lloyd Austin said ... Austin added"): kb/places/surnames.py. A place cue keeps a
name a place ("the town of Warren"), and a name before any person is named stays as read.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            (
                "Coalition spokesman Col. Steve Warren briefed reporters in Baghdad. Speaking by "
                "video from Baghdad, Warren said the militants were retreating."
            ),
            "Warren",
        ),
        (
            (
                "Brig. Gen. Andrew Jackson spoke from Baghdad on Monday. Speaking from Baghdad, "
                "Jackson said the raids hit Hawija."
            ),
            "Jackson",
        ),
        (
            (
                "Defense Secretary Lloyd Austin arrived in Erbil on Sunday. Speaking to troops "
                "there, Austin said the strikes near Qaim had hit a depot."
            ),
            "Austin",
        ),
    ],
)
def test_a_surname_alone_after_the_full_name_is_no_place(
    place_mentions, text: str, surname: str
) -> None:
    found = place_mentions(text)
    assert surname not in found or not found[surname].place_id, found


def test_a_surname_with_a_place_cue_stays_a_place(place_mentions) -> None:
    text = (
        "Spokesman Steve Warren visited troops last week. The unit had trained in Warren, "
        "Michigan, before deploying."
    )
    found = place_mentions(text)
    assert "Warren" in found and found["Warren"].place_id, found
