"""A verb of backing the tagger reads as a plural noun still says who backs whom.

"Saudi Arabia funds Jaysh al-Islam": the small model tags "funds" as a noun and leaves the
sentence with no verb; the name before the word backs the name after it
(extract/misreadbacking.py). Nouns stay nouns ("Iran's funds", "Iranian arms"), and a word
the parser hung under a verb of saying is left alone, as its certainty cannot be read. A
chain counts as one word whatever the tagger made of its later words ("arms and advises"),
and a class after a determiner is a side backed ("funds several rebel factions").
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 2, 10)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Saudi Arabia funds Jaysh al-Islam, a rebel group near Damascus.", ("SAU", "JAYSH_AL_ISLAM")),
        ("Turkey trains and funds the Syrian National Army.", ("TUR", "SNA")),
        ("Saudi Arabia funds Jaysh al-Islam and the Southern Front.", ("SAU", "JAYSH_AL_ISLAM")),
        # a chain whose later words the tagger reads as verbs
        ("Iran arms and advises the Houthi rebels in northern Yemen.", ("IRN", "HOUTHIS")),
        ("Washington trains and equips the Syrian Democratic Forces east of the river.", ("USA", "SDF")),
        # a comma chain, and "the" of the backer's name hung on the word
        ("The United States arms, trains and funds the Kurdish YPG.", ("USA", "YPG")),
        # a class after a determiner
        ("Qatar funds and arms several rebel factions around Idlib.", ("QAT", "GEN_REBELS")),
        ("Britain funds and trains the Ukrainian army.", ("GBR", "UKR_MIL")),
    ],
)
def test_a_misread_backing_word_between_names_backs(
    relations_found: Any, text: str, tie: tuple[str, str]
) -> None:
    ties = relations_found(text, PUBLISHED)
    assert ("backs", *tie, "asserted") in ties, ties


@pytest.mark.parametrize(
    "text",
    [
        "Iran's funds Hezbollah received were cut, the report said.",
        "Iranian arms Hezbollah received were seized at the port.",
        "The Pentagon said Saudi Arabia funds Jaysh al-Islam.",
        "The Iranian arms Hezbollah received were seized at the port.",
        "U.S. arms the rebels seized last year turned up in Aleppo.",
        "Iran arms and advises the Houthi rebels, Saudi officials say.",
    ],
)
def test_nouns_and_reported_words_draw_no_plain_backing(relations_found: Any, text: str) -> None:
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "backs" and c == "asserted" for k, _s, _t, c in ties), ties


def test_a_hedge_on_the_word_is_kept(relations_found: Any) -> None:
    ties = relations_found("Saudi Arabia reportedly funds Jaysh al-Islam.", PUBLISHED)
    assert ("backs", "SAU", "JAYSH_AL_ISLAM", "hedged") in ties, ties
