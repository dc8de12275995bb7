"""Men loyal to a person who commands no one at the article's date ("gunmen loyal to the
ousted president") are a militia, never the person as the fighting side (kb.forces_named,
kb/actors/commanded.py, extract/postlinks.py, extract/verbsubjects.py). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

AFTER_THE_FALL = dt.date(2025, 3, 8)
AFTER_HADI = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "published", "person"),
    [
        ("Gunmen loyal to deposed leader Bashar al-Assad ambushed a police patrol near Jableh.", AFTER_THE_FALL, "P_BASHAR_AL_ASSAD"),
        ("Forces loyal to ousted president Bashar al-Assad raided a checkpoint outside Tartus.", AFTER_THE_FALL, "P_BASHAR_AL_ASSAD"),
        ("Fighters loyal to Abd Rabbuh Mansour Hadi attacked Houthi positions in Taiz.", AFTER_HADI, "P_ABDRABBUH_MANSOUR_HADI"),
    ],
)  # fmt: skip
def test_men_loyal_to_a_person_out_of_office_are_no_person(
    events_found: Any, text: str, published: dt.date, person: str
) -> None:
    assaults = [e for e in events_found(text, published) if e.type == "ASSAULT"]
    assert assaults, text
    assert all(e.source_actor != person for e in assaults)
    assert any(e.source_actor == "GEN_MILITIAS" for e in assaults)


def test_men_loyal_to_a_person_in_office_stay_his_army(events_found: Any) -> None:
    text = "Units loyal to President Assad attacked rebels near Aleppo."
    assaults = [e for e in events_found(text, dt.date(2015, 6, 1)) if e.type == "ASSAULT"]
    assert [e.source_actor for e in assaults] == ["SYR_MIL"]


def test_the_militia_class_needs_a_person_and_a_date(actor_kb: Any) -> None:
    assert actor_kb.forces_named("P_BASHAR_AL_ASSAD", "troops", AFTER_THE_FALL) == "GEN_MILITIAS"
    assert actor_kb.forces_named("P_BASHAR_AL_ASSAD", "troops", dt.date(2019, 1, 1)) == "SYR_MIL"
    assert actor_kb.forces_named("SYR_GOV", "troops", AFTER_THE_FALL) == ""
    assert actor_kb.forces_named("P_BASHAR_AL_ASSAD", "convoys", AFTER_THE_FALL) == ""
