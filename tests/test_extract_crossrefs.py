"""Ties whose side a sentence names only by referring back (extract/crossrefs.py): a subject
"it" or "they" stands for the actor the previous sentence's subject names, a subject "both"
or "the two" for the last two sides named, with any relation cue. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _plain(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {
        (kind, source, target)
        for kind, source, target, certainty in relations_found(text, PUBLISHED)
        if certainty in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        # "it" / "they": the subject of the sentence before
        (
            (
                "The Islamic State pulled out of the village on Sunday. On Monday it mounted a "
                "counterattack against Syrian government forces."
            ),
            {("fights", "ISIS", "SYR_MIL")},
        ),
        (
            (
                "The Nusra Front lost dozens of men near Idlib this week. It has also been battling "
                "Ahrar al-Sham in the west of the province."
            ),
            {("fights", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM")},
        ),
        (
            (
                "Ahrar al-Sham took over a checkpoint near Hama. They have been fighting alongside "
                "the Nusra Front."
            ),
            {("allied", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA")},
        ),
        # "both" / "the two": the last two sides named, each a side of the tie
        (
            (
                "Jaish al-Islam and Faylaq al-Rahman signed a truce in Eastern Ghouta on Monday. "
                "Both are fighting the Syrian army."
            ),
            {("fights", "JAYSH_AL_ISLAM", "SYR_MIL"), ("fights", "FAYLAQ_AL_RAHMAN", "SYR_MIL")},
        ),
        (
            (
                "Iran and Russia sent envoys to Damascus last week. Both have long supported the "
                "government of Bashar al-Assad."
            ),
            {("backs", "IRN", "SYR_GOV"), ("backs", "RUS", "SYR_GOV")},
        ),
        (
            (
                "Hezbollah and the Houthis held talks in Beirut on Tuesday. The two are allied "
                "with Iran."
            ),
            {("allied", "HEZBOLLAH", "IRN"), ("allied", "HOUTHIS", "IRN")},
        ),
    ],
)
def test_a_side_named_by_reference_takes_the_tie(
    text: str, ties: set[tuple[str, str, str]], relations_found: Any
) -> None:
    assert ties <= _plain(text, relations_found)


def test_a_town_named_as_a_place_is_not_one_of_the_two(relations_found: Any) -> None:
    # "in Beirut" places the talks: Lebanon is not the second of "the two"
    found = _plain(
        "Hezbollah and the Houthis held talks in Beirut on Tuesday. The two are allied with Iran.",
        relations_found,
    )
    assert not {t for t in found if "LBN" in t}


def test_a_pronoun_for_a_town_gives_no_side(relations_found: Any) -> None:
    # the subject before is a town, not an actor: "it" stands for no side
    found = _plain(
        "The town of Manbij fell on Monday. It was shelled by Turkish artillery hours later.",
        relations_found,
    )
    assert not {t for t in found if t[0] in ("fights", "allied", "backs")}


def test_a_pronoun_after_a_named_subject_is_not_the_sentence_before(
    relations_found: Any,
) -> None:
    # "it" is Turkey, the subject of its own sentence, not the Islamic State before
    found = _plain(
        "The Islamic State shelled Kurdish villages on Monday. Turkey said it was fighting the "
        "YPG near Afrin.",
        relations_found,
    )
    assert ("fights", "TUR_MIL", "YPG") in found
    assert not {t for t in found if "ISIS" in t}
