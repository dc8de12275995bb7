"""A class noun set off by commas after a name, which the parser made the verb's second
subject ("The Fatemiyoun, Afghan fighters paid by Iran, fought beside the army"), describes
the name: the name is the doer (verbsubjects.subject_of) and the one the description's
backing is given to (relsubjects.described_actor). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SYRIA_2016 = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fatemiyoun, Afghan fighters paid by the Revolutionary Guards, fought beside the army near Palmyra.",
            {("allied", "FATEMIYOUN", "SYR_MIL"), ("backs", "IRGC", "FATEMIYOUN")},
        ),
        (
            "Hezbollah, Lebanese fighters armed by Iran, fought beside the army near Palmyra.",
            {("allied", "HEZBOLLAH", "SYR_MIL"), ("backs", "IRN", "HEZBOLLAH")},
        ),
        (
            "Jaish al-Islam, rebels funded by Saudi Arabia, clashed with Faylaq al-Rahman in Ghouta.",
            {("backs", "SAU", "JAYSH_AL_ISLAM")},
        ),
    ],
)
def test_the_name_before_an_apposed_class_acts(text: str, expected: set[tuple[str, str, str]], relations_found: Any) -> None:
    found = {(k, s, t) for k, s, t, _c in relations_found(text, SYRIA_2016)}
    assert expected <= found


def test_a_dateline_before_the_doer_stays_no_doer(relations_found: Any) -> None:
    text = "BEIRUT, Lebanon — Hezbollah fighters attacked rebel positions near Qusayr on Sunday."
    found = {(k, s, t) for k, s, t, _c in relations_found(text, SYRIA_2016)}
    assert found == {("fights", "HEZBOLLAH", "GEN_REBELS")}
