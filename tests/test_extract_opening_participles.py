"""A participle that opens the sentence ("Backed by X, ...", "Armed and trained by X, ...")
backs the subject of the clause it opens, also when the parser makes the participle the root
and the clause its conjunct ("Backed by X, and with ..., Y took T"), or joins a second
participle to the first (extract/verbalbacking.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 3, 10)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Backed by Turkish artillery, and with drones circling overhead, Syrian rebels stormed the village of Qabasin.", "TUR_MIL", "GEN_REBELS"),
        ("Armed and trained by Washington, the Syrian Democratic Forces drove the jihadists from Manbij in August.", "USA", "SDF"),
        ("Equipped and paid by Qatar, the Ahrar al-Sham militants overran two villages north of Hama.", "QAT", "AHRAR_AL_SHAM"),
        ("Supported by Russian jets, and despite heavy losses, Syrian government troops retook the airport on Sunday.", "RUS_AIRFORCE", "SYR_MIL"),
    ],
)
def test_an_opening_participle_backs_the_clause_subject(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


def test_the_opening_participle_backs_only_the_clause_it_opens(relations_found) -> None:
    found = relations_found(
        "Backed by Iran, and with rockets stockpiled near the border, Hezbollah fighters crossed into Syria, and Israeli jets struck their convoy.",
        DATE,
    )
    assert ("backs", "IRN", "HEZBOLLAH", "asserted") in found, found
    assert not any(kind == "backs" and b.startswith("ISR") for kind, _, b, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Backed by popular anger, and with the elections near, the protesters marched on the parliament.",
        "Armed and ready, and with the city in sight, the convoy waited for orders at dawn.",
    ],
)
def test_no_backer_no_tie(relations_found, text) -> None:
    assert not [r for r in relations_found(text, DATE) if r[0] == "backs"]
