"""Who backs whom when the backer is the subject of a governing clause, and "the coalition".

- A gerund after a preposition of a verb or adjective ("is committed to supporting Y",
  "is responsible for arming Y") is done by the governor's subject, also when the parser
  hung that subject on the auxiliary; not when the governor has an object of its own
  ("kept Y from seizing T": Y seizes) or the preposition has one ("with Y withdrawing").
- An object controls an infinitive only when it comes before it ("ordered Y to leave"),
  not an object the parser hung on the verb from a later phrase.
- "support from the Coalition to Counter X": X is the coalition's enemy, not the one
  backed.
- "The coalition" in an article on the SDF is the US-led coalition, not the SDF.
- A relative pronoun stands for the noun its clause hangs on ("Iran, which backs the
  Houthis"; "the Houthis, who are backed by Iran"), for backing, alliance, enmity and fighting
  cues alike; a relative clause whose verb states no tie gives none.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 6, 10)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _c in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The U.S.-led coalition is committed to supporting Iraqi forces in the battle for Mosul.",
            ("backs", "US_COALITION", "IRQ_MIL"),
        ),
        (
            "Iran is responsible for arming the Houthi rebels, the officials said.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "The United States remains committed to backing the Syrian Democratic Forces.",
            ("backs", "USA", "SDF"),
        ),
        (
            (
                "The coalition has kept conducting precision strikes to back the SDF push "
                "on Raqqa, most recently hitting ISIS mortar teams."
            ),
            ("backs", "US_COALITION", "SDF"),
        ),
    ],
)
def test_the_governing_subject_backs(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _ties(relations_found, text)


def test_a_later_object_controls_no_infinitive(relations_found: Any) -> None:
    text = (
        "The coalition has continued conducting air strikes to support the SDF push "
        "near Raqqa, most recently engaging ISIS snipers."
    )
    ties = _ties(relations_found, text)
    assert ("backs", "ISIS", "SDF") not in ties
    assert ("backs", "US_COALITION", "SDF") in ties


@pytest.mark.parametrize(
    ("text", "doer", "not_doer"),
    [
        (
            "IS militants blew up the bridge to stop Iraqi troops from seizing it.",
            "IRQ_MIL",
            "ISIS",
        ),
        (
            "The YPG made rapid advances, with IS withdrawing 25 km from the city.",
            "ISIS",
            "YPG",
        ),
    ],
)
def test_an_object_of_the_governor_does_the_gerund(text: str, doer: str, not_doer: str) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    sources = {e.source_actor for e in result.events if e.trigger.endswith("ing")}
    assert doer in sources and not_doer not in sources


@pytest.mark.parametrize(
    "text",
    [
        (
            "Retaking the city took a months-long offensive by Iraqi forces, with heavy support "
            "from the U.S.-led Global Coalition to Counter ISIL."
        ),
        "Iraqi troops advanced with air support from the Global Coalition to Defeat ISIS.",
    ],
)
def test_the_enemy_in_a_coalition_name_is_not_backed(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "backs" and b == "ISIS" for k, _a, b in ties)


@pytest.mark.parametrize(
    ("text", "coalition"),
    [
        (
            (
                "The Syrian Democratic Forces retook a village near Raqqa from ISIS on Sunday. "
                "The coalition said its strikes had hit ISIS positions."
            ),
            "US_COALITION",
        ),
        (
            (
                "Syrian Democratic Forces pushed into the old city of Raqqa. The alliance said it "
                "had cleared two districts."
            ),
            "SDF",
        ),
        (
            (
                "Jaish al-Fatah captured Idlib on Saturday. The coalition said government troops "
                "had fled."
            ),
            "JAISH_AL_FATAH",
        ),
    ],
)
def test_the_coalition_is_not_the_sdf(text: str, coalition: str) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    named = {
        m.actor_id for m in result.mentions if m.text.lower() in ("the coalition", "the alliance")
    }
    assert named == {coalition}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Iran, which backs the Houthis, has denied sending weapons to Yemen.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "Saudi Arabia again accused Iran, which backs the Houthis, of smuggling missiles.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "Ankara, which supports the Free Syrian Army, has criticized the Russian air campaign.",
            ("backs", "TUR", "FSA"),
        ),
        (
            "The Houthis, who are backed by Iran, fired a ballistic missile at Riyadh on Sunday.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "The Syrian Democratic Forces, which are supported by the United States, entered the town.",
            ("backs", "USA", "SDF"),
        ),
        (
            "Hezbollah, which fights alongside Syrian government forces, lost dozens of men.",
            ("allied", "HEZBOLLAH", "SYR_MIL"),
        ),
        (
            "Jaish al-Islam, which is allied with Ahrar al-Sham, shelled the district overnight.",
            ("allied", "JAYSH_AL_ISLAM", "AHRAR_AL_SHAM"),
        ),
        (
            "The Houthis, who have been at war with the Saudi-led coalition since 2015, fired a missile.",
            ("fights", "HOUTHIS", "SAUDI_COALITION"),
        ),
    ],
)
def test_the_relative_pronoun_stands_for_its_noun(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _ties(relations_found, text)


def test_allies_in_a_relative_clause_are_not_enemies(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "Jaish al-Islam, which is allied with Ahrar al-Sham, shelled the district overnight.",
    )
    assert ("fights", "JAYSH_AL_ISLAM", "AHRAR_AL_SHAM") not in ties


def test_a_relative_clause_with_no_tie_gives_none(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "Iran, which borders Iraq, has sent its foreign minister to the talks in Vienna.",
    )
    assert not {t for t in ties if t[0] in ("backs", "allied", "fights")}


@pytest.mark.parametrize(
    "text",
    [
        "Scores died in fighting between rebel brigades and forces that support President Assad.",
        "Jaish al-Islam fighters and forces that back the regime clashed near Douma.",
    ],
)
def test_a_relative_clause_on_an_unnamed_conjunct_backs_no_one(
    relations_found: Any, text: str
) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "backs"}
