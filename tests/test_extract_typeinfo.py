"""PLOVER type/mode -> ACLED, CAMEO and conflict-cooperation score, from the YAML table."""

from __future__ import annotations

import pytest

from frontwatch.extract import event_type_info

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@pytest.mark.parametrize("plover_type", PLOVER_TYPES)
def test_every_type_has_an_entry(plover_type: str) -> None:
    info = event_type_info(plover_type, "")
    assert info["acled_event_type"] and info["acled_sub_event_type"] and info["disorder_type"]
    assert info["cameo"][:2].isdigit() and -10.0 <= info["score"] <= 10.0


@pytest.mark.parametrize(
    ("mode", "event_type", "sub_event"),
    [
        ("aerial", "Explosions/Remote violence", "Air/drone strike"),
        ("drone", "Explosions/Remote violence", "Air/drone strike"),
        ("heavy-weapons", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("firearms", "Battles", "Armed clash"),
        ("explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("suicide-attack", "Explosions/Remote violence", "Suicide bomb"),
        ("abduct", "Violence against civilians", "Abduction/forced disappearance"),
        ("unconventional", "Explosions/Remote violence", "Chemical weapon"),
    ],
)
def test_assault_modes_map_to_acled(mode: str, event_type: str, sub_event: str) -> None:
    info = event_type_info("ASSAULT", mode)
    assert (info["acled_event_type"], info["acled_sub_event_type"]) == (event_type, sub_event)
    assert info["disorder_type"] == "Political violence"
    assert info["cameo"][:2] in ("18", "19", "20")


def test_other_mappings() -> None:
    assert event_type_info("PROTEST")["acled_sub_event_type"] == "Peaceful protest"
    assert event_type_info("COERCE", "arrest")["acled_sub_event_type"] == "Arrests"
    assert event_type_info("COERCE", "seize")["cameo"].startswith("17")
    assert (
        event_type_info("AID", "military")["score"]
        > 0
        > event_type_info("ASSAULT", "aerial")["score"]
    )
    assert event_type_info("NOT_A_TYPE") == {}
