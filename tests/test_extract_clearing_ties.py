"""Clearing ground of a side fights it, whether or not the ground names a place
(extract/clearingcues.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 6, 20)


@pytest.mark.parametrize(
    ("text", "doer", "cleared"),
    [
        ("Kurdish militiamen of the YPG cleared the village of Islamic State militants on Tuesday.", "YPG", "ISIS"),
        ("The Syrian Democratic Forces are now clearing the final Islamic State pockets near the Iraqi border.", "SDF", "ISIS"),
        ("The Iraqi army drove the jihadists of the Islamic State out of the area after a week of fighting.", "IRQ_MIL", "ISIS"),
        ("Hezbollah fighters flushed Nusra Front gunmen out of the caves along the border.", "HEZBOLLAH", "JABHAT_AL_NUSRA"),
    ],
)
def test_clearing_a_side_from_ground_fights_it(relations_found, text, doer, cleared) -> None:
    found = {(k, a, b) for k, a, b, _ in relations_found(text, DATE)}
    assert ("fights", doer, cleared) in found or ("fights", cleared, doer) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The court cleared the militia commander of all charges on Monday.",
        "Volunteers cleared the rubble from the main road into Mosul.",
        "The Iraqi army cleared the road of mines laid by the retreating fighters.",
    ],
)
def test_clearing_no_side_fights_no_one(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "fights" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army drove the Hezbollah fighters to the front line near Qusair in trucks.",
        "Iran is driving the Houthi offensive on Marib, U.S. officials said.",
        "Iraqi forces ousted the governor of Nineveh, a former ally of the Peshmerga.",
    ],
)
def test_driving_or_ousting_with_no_from_or_out_fights_no_named_side(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "fights" and {a, b} & {"HEZBOLLAH", "PESHMERGA"} for kind, a, b, _ in found), found
    assert ("fights", "IRN", "HOUTHIS") not in {(k, a, b) for k, a, b, _ in found}, found
