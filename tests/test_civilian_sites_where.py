"""An act that names nothing it hit but took place in or at a place of civilian life ("a
bombing in a crowded market", "opened fire inside a mosque", "blew himself up at a funeral")
was aimed at the civilians there, even where the article's main opponent would otherwise be
filled in as its target (extract/civiliansites.py, ``civilian_sites.where_preps``)."""

from __future__ import annotations

import pytest

from tests.extracted import extract

CIVILIANS = "GEN_CIVILIANS"

# the article names the doer's enemy often enough to be filled in as the target of acts with none
IRAQ = (
    "Iraqi forces fought the Islamic State group near Mosul on Monday. "
    "The Iraqi army said it killed 20 Islamic State militants in the fighting. "
)
SYRIA = (
    "Syrian government troops battled rebels in Idlib province this week. "
    "The rebels said they had repelled the Syrian army near Saraqeb. "
)


def _targets(text: str, trigger: str) -> list[str]:
    return [e.target_actor for e in extract(text).events if e.trigger == trigger and e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (IRAQ + "Islamic State militants carried out a suicide bombing in a crowded market in Baghdad on Tuesday.", "bombing"),
        (IRAQ + "The Islamic State group claimed a car bomb attack in a shopping district of Baghdad.", "attack"),
        (IRAQ + "An Islamic State suicide bomber blew himself up at a funeral in Diyala on Friday.", "blew"),
        (IRAQ + "Islamic State gunmen opened fire in a residential neighbourhood of Samarra.", "opened"),
        (IRAQ + "Islamic State militants launched mortars into a camp for displaced people near Mosul.", "launched"),
        (IRAQ + "Islamic State militants attacked a wedding party near Tikrit on Sunday.", "attacked"),
        (SYRIA + "Government aircraft dropped barrel bombs on a busy bazaar in Saraqeb.", "dropped"),
        (SYRIA + "Rebels detonated a car bomb at a crowded bakery in Hama, the army said.", "detonated"),
        (SYRIA + "The army has been shelling residential areas of the town since Sunday.", "shelling"),
        (SYRIA + "Rebels fired rockets into a crowded neighbourhood of Hama on Thursday.", "fired"),
        (SYRIA + "Government warplanes struck near a bakery, in a populated area of Maaret al-Numan.", "struck"),
        (SYRIA + "Activists said regime jets launched airstrikes on a funeral procession in the village.", "launched"),
    ],
)
def test_an_act_in_a_civilian_place_targets_civilians_not_the_opponent(text: str, trigger: str) -> None:
    assert CIVILIANS in _targets(text, trigger), [(e.trigger, e.target_actor) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # near misses: a side's target named in the place, a place a side holds, no civilian place,
        # or the place only near the act
        (IRAQ + "Islamic State militants shelled Iraqi army positions in a residential area of Mosul.", "shelled"),
        (SYRIA + "Government troops shelled rebel-held neighbourhoods of Aleppo on Sunday.", "shelled"),
        (IRAQ + "Islamic State militants carried out a suicide bombing in Baghdad on Tuesday.", "bombing"),
        (IRAQ + "Islamic State militants attacked an Iraqi army checkpoint near a school in Mosul.", "attacked"),
        (SYRIA + "Rebels carried out an attack at an army base in the countryside of Hama.", "attack"),
    ],
)
def test_no_civilian_place_keeps_civilians_out(text: str, trigger: str) -> None:
    found = _targets(text, trigger)
    assert found and CIVILIANS not in found, [(e.trigger, e.target_actor) for e in extract(text).events]


def test_a_date_is_nothing_hit() -> None:
    """ "on Tuesday" is when, not what the bombing hit: the market it took place in is."""
    text = IRAQ + "Militants of the Islamic State group carried out a bombing at a crowded market on Tuesday."
    assert _targets(text, "bombing") == [CIVILIANS]


@pytest.mark.parametrize(
    ("text", "trigger", "civilian"),
    [
        (IRAQ + "Officials condemned the bombings carried out by Islamic State militants in a crowded market.", "bombings", True),
        (IRAQ + "The bombing, which Islamic State militants carried out inside a mosque, was condemned.", "bombing", True),
        (SYRIA + "Rebels denied the attacks that government forces blamed on them in residential districts of Hama.", "attacks", True),
        # near miss: the clause names what was hit, a side's positions
        (IRAQ + "The Islamic State attack, which hit Iraqi army positions in a residential area, failed.", "attack", False),
    ],
)
def test_a_participle_or_relative_clause_places_the_act(text: str, trigger: str, civilian: bool) -> None:
    found = _targets(text, trigger)
    assert found and (CIVILIANS in found) == civilian, [(e.trigger, e.target_actor) for e in extract(text).events]
