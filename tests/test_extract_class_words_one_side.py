"""Two generic classes of one sector ("Islamist militants ... the Sunni militants",
"insurgents" and "jihadists") are the press naming one side with several words: neither is
the guessed enemy of the other's deed (extract/ties.py, ``_context_enemy``); a sentence that
pits them still ties them. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2014, 6, 12)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            (
                "Sunni militants have pushed south from Mosul in recent days. Islamist militants "
                "seized the city of Tikrit on Wednesday."
            ),
            "GEN_JIHADISTS",
            "GEN_MILITANTS",
        ),
        (
            (
                "The insurgents have gained ground across Anbar this year. Jihadists overran the "
                "town of Hit on Sunday."
            ),
            "GEN_INSURGENTS",
            "GEN_JIHADISTS",
        ),
        (
            (
                "Terrorists attacked the checkpoint, the ministry said. Extremists later stormed "
                "the nearby village of Zor."
            ),
            "GEN_TERRORISTS",
            "GEN_JIHADISTS",
        ),
    ],
)
def test_class_words_of_one_sector_are_no_guessed_enemies(
    relations_found: Any, text: str, a: str, b: str
) -> None:
    assert not tied(plain_ties(relations_found, text, PUBLISHED), "fights", a, b)


def test_a_sentence_that_pits_two_classes_still_ties_them(relations_found: Any) -> None:
    text = "Islamist rebels and other rebels clashed near Idlib on Friday."
    assert tied(
        plain_ties(relations_found, text, PUBLISHED), "fights", "GEN_ISLAMISTS", "GEN_REBELS"
    )
