"""Backing told once for several sides, and by several backers.

- "X and Y, backed by Z, attacked T", "Ugandan and Burundian troops backed by Z": the
  participle backs every side of the list (set off by a comma) or every owner of the shared
  noun, not only the nearest (extract/relcues.py, sharedheads.backed_together).
- "X, along with Y and Z, is arming W", "X, together with Y, supplies weapons to W": the
  partners named with "along with" back W too (extract/alliancecues.py).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        (
            "Syrian troops and Hezbollah fighters, backed by Russian jets, attacked rebel positions.",
            "RUS_AIRFORCE",
            ("SYR_MIL", "HEZBOLLAH"),
        ),
        (
            "Ugandan and Burundian troops backed by US drones attacked al-Shabab camps.",
            "USA_AIRFORCE",
            ("UGA", "BDI_MIL"),
        ),
        (
            "The Iraqi army and the Popular Mobilization Forces, supported by Iranian advisers, retook the town.",
            "IRN_MIL",
            ("IRQ_MIL", "PMF"),
        ),
    ],
)
def test_a_backing_participle_backs_every_side_of_its_list(
    relations_found: Any, text: str, backer: str, backed: tuple[str, ...]
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(("backs", backer, side) in ties for side in backed)


def test_without_a_comma_a_list_is_not_backed_whole(relations_found: Any) -> None:
    text = "The army fought Kurdish fighters and rebels backed by Turkey."
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert len({b for k, a, b in ties if k == "backs" and a == "TUR"}) <= 1


@pytest.mark.parametrize(
    ("text", "partners", "backed"),
    [
        (
            "Turkey, along with Qatar and Saudi Arabia, is arming the rebels.",
            ("QAT", "SAU"),
            "GEN_REBELS",
        ),
        ("Iran, together with Russia, supplies weapons to the Syrian army.", ("RUS",), "SYR_MIL"),
        ("The UAE, along with Egypt, has been arming Haftar's forces.", ("EGY",), "LNA"),
    ],
)
def test_partners_named_along_with_a_backer_back_the_same_side(
    relations_found: Any, text: str, partners: tuple[str, ...], backed: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(("backs", partner, backed) in ties for partner in partners)


def test_partners_of_a_deed_that_is_no_backing_back_no_one(relations_found: Any) -> None:
    ties = plain_ties(relations_found, "Turkey, along with Qatar, condemned the rebels.", PUBLISHED)
    assert not any(k == "backs" for k, _, _ in ties)


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("Egypt, the UAE and Russia backed the eastern government and Haftar's forces.", ("EGY", "ARE", "RUS"), ("LBY_EAST_GOV", "LNA")),
        ("Turkey and Qatar armed the Free Syrian Army and Ahrar al-Sham.", ("TUR", "QAT"), ("FSA", "AHRAR_AL_SHAM")),
        ("Iran and Russia support the Syrian army and Hezbollah.", ("IRN", "RUS"), ("SYR_MIL", "HEZBOLLAH")),
    ],
)  # fmt: skip
def test_every_listed_backer_backs_every_listed_side(
    relations_found: Any, text: str, backers: tuple[str, ...], backed: tuple[str, ...]
) -> None:
    """ "X and W backed Y and Z": each backer backs each side (before, only the first
    backer backed the second side)."""
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, dt.date(2016, 5, 1))}
    assert {("backs", b, s) for b in backers for s in backed} <= ties


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("The USA and UK have been providing key intelligence and logistical support to the Saudi-led coalition.", ("USA", "GBR"), "SAUDI_COALITION"),
        ("Britain provides intelligence to the Saudi-led coalition.", ("GBR",), "SAUDI_COALITION"),
        ("Turkey and Qatar gave weapons to the Free Syrian Army.", ("TUR", "QAT"), "FSA"),
        ("Iran and Russia provided drones and training to the Syrian army.", ("IRN", "RUS"), "SYR_MIL"),
    ],
)  # fmt: skip
def test_every_giver_of_a_gift_backs(
    relations_found: Any, text: str, backers: tuple[str, ...], backed: str
) -> None:
    """ "X and W gave weapons to Y": each giver backs Y; intelligence is a gift too, and any
    listed gift will do ("intelligence and logistical support")."""
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, dt.date(2017, 5, 1))}
    assert {("backs", b, backed) for b in backers} <= ties
