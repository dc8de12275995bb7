"""An act that hits only places of civilian life (homes, markets, hospitals, schools,
residential areas, camps of the displaced) is done to civilians when the sentence names no
side hit (extract/civiliansites.py)."""

from __future__ import annotations

import pytest

from tests.extracted import of_type

CIVILIANS = "GEN_CIVILIANS"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Regime aircraft bombed a busy market in Saraqeb on Friday, witnesses said.", "ASSAULT"),
        ("Russian jets struck a clinic and two schools in the south of Idlib province on Tuesday.", "ASSAULT"),
        ("Houthi gunmen shelled residential neighbourhoods of Taiz overnight.", "ASSAULT"),
        ("The army carried out an air strike on a camp for displaced families near Laiza.", "ASSAULT"),
        ("Artillery fire hit a residential building in the east of Mosul, the officials said.", "ASSAULT"),
    ],
)
def test_an_act_on_civilian_places_targets_civilians(text: str, kind: str) -> None:
    found = of_type(text, kind)
    assert [e.target_actor for e in found][:1] == [CIVILIANS], [(e.trigger, e.target_actor) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the place is a side's ("rebel-held"), the target is named, or the camp is an army's
        "Government troops shelled rebel-held neighbourhoods of Aleppo on Sunday.",
        "Israeli jets hit a Hezbollah weapons depot outside Damascus overnight.",
        "Turkish artillery shelled an army camp near Afrin on Friday.",
    ],
)
def test_a_sides_place_is_no_civilian_target(text: str) -> None:
    assert all(e.target_actor != CIVILIANS for e in of_type(text, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: taking, raiding or searching a place is no act against its people (review finding)
        "Fighters stormed a school on the edge of Daraa after a long battle.",
        "Insurgents seized a clinic near the front line after clashes.",
        "Police raided a house in Kirkuk and arrested three suspects.",
    ],
)
def test_taking_or_raiding_a_civilian_place_is_no_act_on_civilians(text: str) -> None:
    found = [e for kind in ("ASSAULT", "COERCE") for e in of_type(text, kind)]
    assert found and all(e.target_actor != CIVILIANS for e in found), [(e.trigger, e.target_actor) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents torched a school in the village on Sunday.",
        "Militiamen looted shops and homes in the market town of Kosti on Friday.",
        "Gunmen attacked a camp for displaced people near Bentiu.",
    ],
)
def test_arson_looting_and_gunfire_on_civilian_places_target_civilians(text: str) -> None:
    found = [e for kind in ("ASSAULT", "COERCE") for e in of_type(text, kind)]
    assert [e.target_actor for e in found][:1] == [CIVILIANS], [(e.trigger, e.target_actor) for e in found]
