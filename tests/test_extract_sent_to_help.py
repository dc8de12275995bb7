"""Armed men sent to help an armed side back it, with or without a deed named
(extract/helpcues.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2018, 3, 20)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Damascus sent pro-government militias to help the YPG in Afrin.", "SYR", "YPG"),
        ("Iran dispatched hundreds of fighters to reinforce the Syrian army near Aleppo.", "IRN", "SYR_MIL"),
        ("Hezbollah sent several hundred fighters to bolster the Syrian army around Qusair.", "HEZBOLLAH", "SYR_MIL"),
    ],
)
def test_armed_men_sent_to_help_a_side_back_it(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent aid trucks to help the refugees stranded at the border.",
        "The government sent troops to protect civilians in the valley.",
        "Jordan sent doctors to help the wounded in Deraa.",
    ],
)
def test_help_to_people_or_by_goods_backs_no_one(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found
