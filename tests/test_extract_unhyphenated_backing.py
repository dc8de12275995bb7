"""A backing participle written without its hyphen ("the Iran backed Houthis", "UAE funded
militias"): the parser reads it as a verb of the name before it, or as a modifier, or takes
all three words as one name; each reading is the same tie, the name before backing the name
after (extract/relcues.py, relations.yaml ``unhyphenated_participles``). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(kind, src, tgt) for kind, src, tgt, _ in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The Russia backed Wagner Group seized a gold mine.", ("backs", "RUS", "WAGNER")),
        (
            "The UAE backed Southern Transitional Council took the port of Aden.",
            ("backs", "ARE", "STC"),
        ),
        (
            "Coalition jets struck positions held by the Iran backed Houthis near Marib.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "Gunmen from the Iran funded Kataib Hezbollah fired rockets at the base.",
            ("backs", "IRN", "KATAIB_HEZBOLLAH"),
        ),
    ],
)
def test_the_name_before_an_unhyphenated_participle_backs_the_name_after(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


def test_a_verb_read_whole_keeps_each_of_its_objects(relations_found: Any) -> None:
    # "backed" with its own object: the verb's reading, both objects backed
    ties = _ties("Iran backed the Houthis and Hezbollah for years.", relations_found)
    assert {("backs", "IRN", "HOUTHIS"), ("backs", "IRN", "HEZBOLLAH")} <= ties


def test_a_participle_after_no_name_backs_no_one(relations_found: Any) -> None:
    # "locally backed": no name stands before the participle, so no backer is read
    ties = _ties("The locally backed Houthis took the port of Hodeidah.", relations_found)
    assert not {t for t in ties if t[0] == "backs"}
