"""A coalition the text describes itself ("a coalition of rebel groups", "a coalition called
X") is that body, not the theatre's US- or Saudi-led coalition the bare word stands for
(extract/localbodies.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2024, 12, 3)
_THEATRE = {"US_COALITION", "SAUDI_COALITION"}


def _sides(relations_found: Any, text: str) -> set[str]:
    return {a for _, s, t, _ in relations_found(text, _DAY) for a in (s, t)}


@pytest.mark.parametrize(
    "text",
    [
        "A coalition of Syrian rebel factions, supported by Turkish-backed fighters, stormed army positions near Idlib on Tuesday.",
        "In Syria, a coalition of Islamist groups backed by Qatar seized several villages west of Aleppo.",
        "In Yemen, a coalition of southern tribes financed by the UAE overran Houthi positions near Marib.",
        "A new coalition, funded by Turkey, moved on army lines north of Hama on Sunday.",
    ],
)  # fmt: skip
def test_a_described_coalition_is_not_the_theatres(relations_found: Any, text: str) -> None:
    assert not _sides(relations_found, text) & _THEATRE


@pytest.mark.parametrize(
    "text",
    [
        "A coalition of opposition factions called the Military Operations Command, backed by Turkey, launched an offensive on Aleppo.",
        "A coalition of armed groups known as the Military Operations Command, backed by Turkey, pushed into Aleppo.",
        "A coalition dubbed the Military Operations Command, backed by Turkey, captured the town of Tal Rifaat.",
        "Turkey backs a coalition named the Military Operations Command that entered Aleppo on Friday.",
    ],
)  # fmt: skip
def test_a_coalition_named_in_place_is_the_body_named(relations_found: Any, text: str) -> None:
    found = relations_found(text, _DAY)
    assert any(k == "backs" and s == "TUR" and t == "MILITARY_OPERATIONS_COMMAND" for k, s, t, _ in found)
    assert not _sides(relations_found, text) & _THEATRE


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kurdish fighters supported by the coalition pushed into Raqqa on Monday.", "US_COALITION"),
        ("In Yemen, government forces backed by the coalition retook the port of Mokha from Houthi fighters.", "SAUDI_COALITION"),
    ],
)  # fmt: skip
def test_the_bare_coalition_stays_the_theatres(relations_found: Any, text: str, side: str) -> None:
    assert side in _sides(relations_found, text)


@pytest.mark.parametrize(
    ("text", "enemy", "named"),
    [
        ("Clashes between army troops and an armed faction called Ahrar al-Sham left a dozen dead outside Hama.", "SYR_MIL", "AHRAR_AL_SHAM"),
        ("Fighting erupted on Sunday between the YPG and a militant group known as the Nusra Front near Ras al-Ain.", "YPG", "JABHAT_AL_NUSRA"),
    ],
)  # fmt: skip
def test_any_class_named_in_place_is_the_body_named(relations_found: Any, text: str, enemy: str, named: str) -> None:
    """ "a group called X": the name given in place says who the class noun is."""
    found = relations_found(text, _DAY)
    assert any(k == "fights" and {s, t} == {enemy, named} for k, s, t, _ in found)
