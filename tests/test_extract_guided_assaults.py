"""A side that guides another's fight backs it ("special forces guided the SDF assault",
"advisers called in air strikes for the army", "spotters marked targets for Y"), and
fights the enemy that fight is against (extract/guidedassaults.py). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    ("text", "guide", "helped"),
    [
        ("American special forces guided the SDF assault on Tabqa.", "USA_MIL", "SDF"),
        ("US advisers called in air strikes for the Iraqi army as it pushed into Mosul.", "USA_MIL", "IRQ_MIL"),
        ("Hezbollah spotters marked targets for the Syrian army near Qusair.", "HEZBOLLAH", "SYR_MIL"),
        ("French commandos directed the Peshmerga's offensive against the Islamic State east of Mosul.", "FRA_MIL", "PESHMERGA"),
    ],
)
def test_the_guide_backs_the_side_it_guides(relations_found, text, guide, helped) -> None:
    found = relations_found(text, DATE)
    assert ("backs", guide, helped, "asserted") in found, found


def test_the_guide_fights_the_enemy_of_the_fight(relations_found) -> None:
    found = relations_found("French commandos directed the Peshmerga's offensive against the Islamic State east of Mosul.", DATE)
    assert ("fights", "FRA_MIL", "ISIS", "asserted") in found, found


def test_a_planned_push_keeps_its_source(relations_found) -> None:
    found = relations_found(
        "Iranian officers planned the Syrian army's push into eastern Aleppo, according to a Hezbollah commander.", DATE
    )
    assert ("backs", "IRN_MIL", "SYR_MIL", "attributed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The SDF directed its offensive toward Deir ez-Zor after taking Raqqa.",
        "Russia called for a halt to the Turkish offensive in Afrin.",
        "US envoys guided the talks between the Iraqi government and the Kurdish leadership.",
    ],
)
def test_no_backing_without_another_sides_fight(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli air defences spotted the Hezbollah drone attack over the Galilee.",
        "Turkish radar spotted the PKK assault on the border post before dawn.",
        "Israeli lookouts spotted the Hamas raid near the fence.",
        "Iraqi scouts detected the Islamic State attack on the village.",
        "American drones tracked the Taliban offensive on Kunduz for hours.",
    ],
)
def test_seeing_an_attack_coming_backs_no_one(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found


def test_spotting_targets_for_a_side_backs_it(relations_found) -> None:
    found = relations_found("Iranian advisers spotted targets for the Iraqi army near Tikrit.", DATE)
    assert ("backs", "IRN_MIL", "IRQ_MIL", "asserted") in found, found
