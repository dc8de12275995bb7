"""Two senses that are no act: a threat named as a danger faced ("the threat it poses to
Iraq", "the SDF contained the threat", "the group remains a threat") is no threat made, while
"Turkey's threat to invade" is (events.yaml: ``not_as_danger``, ``danger_verbs``); a camera
that "captured video of the troops" seized nothing (``capture``'s ``media`` objects).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import types_found

PUBLISHED = dt.date(2021, 6, 14)


def _types(text: str) -> list[str]:
    return types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition aims to defeat the Islamic State and the threat that it poses to Iraqi cities.",
        "With coalition help, the SDF have contained the threat.",
        "The jihadists remain a serious threat to the region, the general said.",
        "Kenyan officials say the measures will reduce the threat to border towns.",
        "Al-Shabaab poses a threat to shipping in the Gulf of Aden, the navy said.",
    ],
)
def test_a_danger_named_is_no_threat_made(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's threat to invade northern Syria alarmed Washington.",
        "Erdogan repeated his threat of a new offensive against the YPG.",
        "The Houthis issued a threat to strike Saudi oil facilities.",
    ],
)
def test_a_threat_issued_is_still_a_threat(text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A local cameraman near Manbij captured footage of American troops on patrol.",
        "Residents captured footage of the convoy entering Raqqa.",
    ],
)
def test_media_captured_is_no_seizure(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_a_commander_captured_is_still_seized() -> None:
    assert "COERCE" in _types("Coalition forces captured an IS commander near Raqqa.")


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces face a threat from Turkey to launch a new offensive on Kobani.",
        "The town faces Ankara's threat of a ground incursion within days.",
    ],
)
def test_a_threat_whose_maker_is_named_is_a_threat_made(text: str) -> None:
    assert "THREATEN" in _types(text), text
