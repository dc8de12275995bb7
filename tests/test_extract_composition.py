"""Forces described by their parts, a side and its allies named, and allies a state took
in at a date ("The government and its allies Russia and Iran": allied pairwise with it).

"X consisted of A and B", "X comprises A, B and C", "X is made up of A and B",
"X includes A and B": the parts are allies and members of X (never of a class such as
"the alliance", and "the targets included A and B" names no alliance). A militia a state
incorporated at a known date (the Popular Mobilisation Forces, 2016) may still be the
army's ally; the army and its own founding arms are one side. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 7, 13)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _c in relations_found(text, PUBLISHED)}


def _allied(ties: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return ("allied", a, b) in ties or ("allied", b, a) in ties


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "The Syrian Democratic Forces comprise the YPG and the Syriac Military Council.",
            ("YPG", "SYRIAC_MILITARY_COUNCIL"),
            "SDF",
        ),
        (
            "Jaish al-Fatah includes Ahrar al-Sham and the Nusra Front, rebels said.",
            ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
            "JAISH_AL_FATAH",
        ),
        (
            "Jaish al-Fatah is made up of Ahrar al-Sham, the Nusra Front and Faylaq al-Sham.",
            ("AHRAR_AL_SHAM", "FAYLAQ_AL_SHAM"),
            "JAISH_AL_FATAH",
        ),
    ],
)
def test_parts_are_allies_and_members(
    relations_found: Any, text: str, members: tuple[str, str], whole: str
) -> None:
    ties = _ties(relations_found, text)
    assert _allied(ties, *members)
    assert {("member_of", m, whole) for m in members} <= ties


def test_a_class_is_no_whole(relations_found: Any) -> None:
    ties = _ties(relations_found, "The alliance is made up of Ahrar al-Sham and Faylaq al-Sham.")
    assert _allied(ties, "AHRAR_AL_SHAM", "FAYLAQ_AL_SHAM")
    assert not any(kind == "member_of" for kind, _a, _b in ties)


def test_targets_listed_are_no_alliance(relations_found: Any) -> None:
    ties = _ties(
        relations_found, "The targets included Islamic State positions and Nusra Front depots."
    )
    assert not any(kind == "allied" for kind, _a, _b in ties)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces in the battle consisted of the Popular Mobilization Forces and the Iraqi Army.",
        (
            "Iraqi troops and the Popular Mobilization Forces retook the town of Baiji from "
            "Islamic State militants."
        ),
    ],
)
def test_an_incorporated_militia_is_an_ally(relations_found: Any, text: str) -> None:
    assert _allied(_ties(relations_found, text), "IRQ_MIL", "PMF")


def test_founding_arms_are_one_side(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "The Iraqi army and the federal police retook the district from Islamic State militants.",
    )
    assert not any(kind == "allied" for kind, _a, _b in ties)


def test_body_of_follows_founding_arms_only() -> None:
    from frontwatch.eval.predict import actor_kb

    kb = actor_kb(None)
    assert kb.top_of("PMF") == kb.top_of("IRQ_MIL")  # one state's forces for every fight
    assert kb.body_of("PMF") == "PMF"
    assert kb.body_of("IRQ_AIRFORCE") == kb.body_of("IRQ_MIL")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The Syrian government and its allies Russia and Iran have vowed to retake Aleppo.",
            [("SYR_GOV", "RUS"), ("SYR_GOV", "IRN")],
        ),
        ("Russia and its ally Iran sent more troops to Syria.", [("RUS", "IRN")]),
        (
            "Assad and his allies, Russia and Iran, have retaken most of Aleppo.",
            [("SYR", "RUS"), ("SYR", "IRN")],
        ),
    ],
)
def test_a_side_and_its_allies_named(
    relations_found: Any, text: str, pairs: list[tuple[str, str]]
) -> None:
    ties = _ties(relations_found, text)
    assert all(_allied(ties, a, b) for a, b in pairs)


def test_its_allies_unnamed_give_no_tie(relations_found: Any) -> None:
    ties = _ties(relations_found, "The Syrian army and its allies retook the district.")
    assert not any(kind == "allied" for kind, _a, _b in ties)


def test_a_monitor_after_its_allies_is_no_ally(relations_found: Any) -> None:
    text = (
        "Three women were among those who died in shelling of Saraqib which is held by "
        "Hayat Tahrir al-Sham and its jihadist allies the Syrian Observatory for Human Rights said."
    )
    ties = _ties(relations_found, text)
    assert not any(kind == "allied" and "SOHR" in (a, b) for kind, a, b in ties)


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "The Northern Alliance, consisting of the Kachin Independence Army, the Arakan Army and the Ta'ang National Liberation Army, launched attacks in Shan state.",
            ("KIA", "ARAKAN_ARMY", "TNLA"),
            "NORTHERN_ALLIANCE",
        ),
        (
            "The Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the TNLA, seized Lashio.",
            ("ARAKAN_ARMY", "MNDAA", "TNLA"),
            "THREE_BROTHERHOOD_ALLIANCE",
        ),
        (
            "The Saudi-led coalition, comprising Saudi Arabia, the UAE and Bahrain, bombed Sanaa.",
            ("SAU", "ARE", "BHR"),
            "SAUDI_COALITION",
        ),
    ],
)  # fmt: skip
def test_a_named_alliance_is_the_whole_of_its_participle(
    relations_found: Any, text: str, members: tuple[str, ...], whole: str
) -> None:
    """ "The Northern Alliance, consisting of A, B and C": the participle hangs on the name,
    an alliance noun itself (extract/inclusion.py `_described`)."""
    ties = _ties(relations_found, text)
    assert {("member_of", m, whole) for m in members} <= ties
