"""Where a claim's reading stops (review of the fourteenth session): a denial denies only
what is told of the denier; a quotation ends with its line; scare quotes are no quotation;
counted people of a nation are no side's own dead; a class of aircraft takes no air force
of another paragraph; "US-backed Kurdish forces" are the SDF only in Syria. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract


def _events(text: str, published: dt.date = dt.date(2019, 3, 1)) -> dict[str, object]:
    return {e.trigger: e for e in extract(text, published).events}


def test_a_denial_leaves_what_others_did_told_beside_it() -> None:
    text = ("Activists said regime jets bombed a bakery in Kafranbel on Tuesday, and that rebels "
            "shelled a school in Aleppo. Damascus denied the reports.")
    found = _events(text)
    assert found["bombed"].claim.certainty == "negated"
    assert found["shelled"].claim.certainty == "attributed"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_quotation_ends_with_its_line(sep: str) -> None:
    text = sep.join([
        'The commander said: "We entered Kafr Nabl at dawn and the regime ran.',
        '"Then we pushed on to the hills," he said.',
        "Government jets bombed a bakery in Ariha on Friday.",
    ])
    assert _events(text)["bombed"].claim.certainty == "asserted"


def test_scare_quotes_are_no_quotation_running_on() -> None:
    text = ('The army said its units had "cleared" the area of militants. '
            '"Moderate" rebels captured the village of Tal Malah on Friday.')
    assert _events(text)["captured"].claim.certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Iraqi army killed 25 Iraqis near Tikrit on Monday.", "IRQ_MIL"),
        ("Russian artillery killed three Russians in Belgorod, officials said.", "RUS_MIL"),
    ],
)
def test_counted_people_of_a_nation_are_not_its_forces_own_dead(text: str, doer: str) -> None:
    assert _events(text)["killed"].source_actor == doer


def test_warplanes_of_a_new_paragraph_take_no_air_force_before_it() -> None:
    text = ("The Russian air force struck rebel positions in Idlib on Monday.\n\n"
            "In Yemen, warplanes bombed a wedding in Hajjah province, killing 20 people, medics said.")
    assert _events(text)["bombed"].source_actor != "RUS_AIRFORCE"


def test_us_backed_kurdish_forces_in_iraq_are_not_the_sdf(actor_mentions) -> None:
    found = actor_mentions("US-backed Kurdish forces pushed into the Iraqi town of Bashiqa, east of Mosul.", "2016-10-20")
    assert found["US-backed Kurdish forces"].actor_id != "SDF", found


def test_a_claimed_act_told_with_its_own_place_is_no_earlier_act() -> None:
    text = ("The Syrian government claimed the bombing of the hospital in Idlib was staged by rescuers.\n\n"
            "Moscow claimed the strike on the convoy near Aleppo as a success against terrorists.")
    found = extract(text, dt.date(2019, 3, 1)).events
    assert any(e.place_text == "Aleppo" for e in found), [(e.trigger, e.place_text) for e in found]
    assert not any(e.place_text == "Idlib" and e.source_actor.startswith("RUS") for e in found)
