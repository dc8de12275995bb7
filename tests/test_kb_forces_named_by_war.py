"""Who the armed men of a phrase are, by the person, state or war the phrase and its article
name: "forces loyal to <person>" are whom he commands at the date; "federal forces" the
army of the federal state the article is about; Sudan's internationally recognised
government from the war of April 2023; "US-backed fighters" in Syrian copy; US- or
Saudi-led airstrikes in undated copy; hedges ("presumed") and "official" / "regular" say
nothing of who. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors import load_actor_kb
from frontwatch.pipeline import process_texts


def _actor_of(text: str, phrase: str, published: str | None) -> str:
    """The actor of the mention that covers most of the phrase, after the whole pipeline."""
    date = dt.date.fromisoformat(published) if published else None
    result = process_texts([text], dates=[date])[0]
    assert not result.error, result.error
    start = text.index(phrase)
    end = start + len(phrase)
    covering = [
        (min(m.end, end) - max(m.start, start), m.actor_id)
        for m in result.mentions
        if m.actor_id and m.start < end and m.end > start
    ]
    return max(covering)[1] if covering else ""


# (sentence, phrase, article date, actor)
LOYAL = [
    (
        "Forces loyal to Bashar al-Assad, the president, shelled the rebel-held suburb of Harasta.",
        "Forces loyal to Bashar al-Assad",
        "2017-11-20",
        "SYR_MIL",
    ),
    (
        "Troops loyal to the Syrian president, Bashar al-Assad, pushed into the old city of Homs.",
        "Troops loyal to the Syrian president, Bashar al-Assad",
        "2014-04-20",
        "SYR_MIL",
    ),
    (
        "Units loyal to Khalifa Haftar shelled the airport south of Tripoli.",
        "Units loyal to Khalifa Haftar",
        "2019-08-10",
        "LNA",
    ),
    (
        "Soldiers loyal to President Abd Rabbuh Mansour Hadi held the port of Mukalla.",
        "Soldiers loyal to President Abd Rabbuh Mansour Hadi",
        "2016-05-02",
        "YEM_MIL",
    ),
    (
        "Troops faithful to Field Marshal Khalifa Haftar entered the oil terminal at Ras Lanuf.",
        "Troops faithful to Field Marshal Khalifa Haftar",
        "2017-03-14",
        "LNA",
    ),
    (
        "The troops of General Khalifa Haftar advanced on the southern districts of Tripoli.",
        "The troops of General Khalifa Haftar",
        "2019-04-12",
        "LNA",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "published", "actor"), LOYAL)
def test_forces_loyal_to_a_person_are_whom_he_commands(text, phrase, published, actor):
    assert _actor_of(text, phrase, published) == actor


def test_militias_loyal_to_a_head_of_state_are_not_his_army():
    """Irregulars loyal to a president are no army: his state's army is never taken."""
    text = "Militias loyal to President Bashar al-Assad looted the empty villages near Hama."
    assert _actor_of(text, "Militias loyal to President Bashar al-Assad", "2016-02-01") not in (
        "SYR_MIL",
        "SYR",
    )


FEDERAL = [
    (
        "Federal forces advanced on the oil fields outside Kirkuk as the Peshmerga fell back.",
        "Federal forces",
        "2017-10-16",
        "IRQ_MIL",
    ),
    (
        "The federal troops reached Altun Kupri north of Kirkuk, Iraqi officials said.",
        "The federal troops",
        "2017-10-20",
        "IRQ_MIL",
    ),
    (
        "Federal forces entered Shire after Tigrayan fighters pulled out, Ethiopian officials said.",
        "Federal forces",
        "2022-10-18",
        "ETH_MIL",
    ),
    (
        "Federal troops deployed to Dhusamareb after a dispute with Galmudug, Somali officials said.",
        "Federal troops",
        "2021-03-01",
        "SOM_MIL",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "published", "actor"), FEDERAL)
def test_federal_forces_are_the_federal_states_army(text, phrase, published, actor):
    assert _actor_of(text, phrase, published) == actor


def test_federal_forces_of_a_state_with_no_line_name_no_army():
    text = "Federal forces guarded the courthouse in Portland, Oregon, for a third night."
    assert _actor_of(text, "Federal forces", "2020-07-20") not in ("IRQ_MIL", "ETH_MIL", "SOM_MIL")


SUDAN = [
    (
        "RSF drones struck Port Sudan, seat of the internationally recognised government.",
        "the internationally recognised government",
        "2025-05-06",
        "SDN_GOV",
    ),
    (
        "The UN-backed government in Sudan accused the paramilitaries of looting Wad Madani.",
        "The UN-backed government",
        "2024-01-05",
        "SDN_GOV",
    ),
    (
        "Internationally recognised government forces retook the bridge at Omdurman, Sudan.",
        "Internationally recognised government forces",
        "2024-09-28",
        "SDN_SAF",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "published", "actor"), SUDAN)
def test_sudans_recognised_government_in_the_war_since_april_2023(
    text, phrase, published, actor
):
    assert _actor_of(text, phrase, published) == actor


US_BACKED = [
    ("US-backed fighters cleared the last streets of Tabqa, Syria, of Islamic State militants.", "2017-05-10"),
    ("The US-backed fighters pushed east along the Euphrates toward Hajin in Syria.", "2018-10-01"),
    ("U.S.-backed fighters held the dam at Tishrin in northern Syria against Turkish drones.", "2024-12-20"),
]


@pytest.mark.parametrize(("text", "published"), US_BACKED)
def test_us_backed_fighters_in_syria_are_the_sdf(text, published):
    phrase = text.split(" fighters")[0] + " fighters"
    assert _actor_of(text, phrase, published) == "SDF"


def test_us_backed_fighters_before_the_sdf_or_outside_syria_are_not_the_sdf():
    before = "US-backed fighters left the frontline town of Marea in Syria."
    iraq = "US-backed fighters cleared villages west of Mosul, Iraqi officers said."
    assert _actor_of(before, "US-backed fighters", "2015-05-01") != "SDF"
    assert _actor_of(iraq, "US-backed fighters", "2017-03-01") != "SDF"


UNDATED_COALITIONS = [
    ("US-led airstrikes hit an oil refinery held by the Islamic State near Raqqa.", "US-led airstrikes", "US_COALITION"),
    ("Several U.S.-led air raids struck Islamic State positions near the Euphrates.", "U.S.-led air raids", "US_COALITION"),
    ("Saudi-led airstrikes hit a Houthi camp north of Sanaa, residents said.", "Saudi-led airstrikes", "SAUDI_COALITION"),
]


@pytest.mark.parametrize(("text", "phrase", "actor"), UNDATED_COALITIONS)
def test_undated_led_airstrikes_are_the_current_coalitions(text, phrase, actor):
    assert _actor_of(text, phrase, None) == actor


def test_dated_led_airstrikes_before_the_coalition_are_not_it():
    text = "US-led airstrikes hit Taliban positions near Kandahar."
    assert _actor_of(text, "US-led airstrikes", "2001-10-20") != "US_COALITION"


HEDGED = [
    ("presumed US-led airstrikes", "US-led airstrikes", "2017-06-06"),
    ("purported Russian airstrikes", "Russian airstrikes", "2016-02-01"),
    ("apparent Israeli strikes", "Israeli strikes", "2019-08-25"),
]


@pytest.mark.parametrize(("hedged", "plain", "published"), HEDGED)
def test_a_hedge_before_a_phrase_says_nothing_of_who(hedged, plain, published):
    kb = load_actor_kb()
    date = dt.date.fromisoformat(published)
    want = kb.resolve(plain, label="ACTOR", date=date)
    got = kb.resolve(hedged, label="ACTOR", date=date)
    assert want is not None and want.actor_id
    assert got is not None and got.actor_id == want.actor_id


STATES_OWN = [
    ("Sudan's official military", "2024-03-01", "SDN_SAF"),
    ("Syria's regular army", "2015-06-01", "SYR_MIL"),
    ("Yemen's regular army", "2019-06-01", "YEM_MIL"),
]


@pytest.mark.parametrize(("phrase", "published", "actor"), STATES_OWN)
def test_official_or_regular_army_is_the_states_army(phrase, published, actor):
    match = load_actor_kb().resolve(phrase, label="ACTOR", date=dt.date.fromisoformat(published))
    assert match is not None and match.actor_id == actor


NAMES = [
    ("Iraqi federal forces", "IRQ_MIL"),
    ("Iraqi federal troops", "IRQ_MIL"),
    ("Iraqi federal army", "IRQ_MIL"),
]


@pytest.mark.parametrize(("name", "actor"), NAMES)
def test_iraqs_federal_forces_by_name(name, actor):
    match = load_actor_kb().resolve(name, label="ACTOR", date=dt.date(2017, 10, 16))
    assert match is not None and match.actor_id == actor


PESHMERGAS = [
    ("Local Kurdish peshmergas dug trenches on the road south of Kirkuk, Iraq.", "Local Kurdish peshmergas"),
    ("The peshmergas withdrew from Sinjar in northern Iraq before dawn.", "The peshmergas"),
    ("Hundreds of peshmergas guarded the Mosul dam in Iraq on Tuesday.", "peshmergas"),
]


@pytest.mark.parametrize(("text", "phrase"), PESHMERGAS)
def test_peshmergas_in_the_plural_are_the_peshmerga(text, phrase):
    assert _actor_of(text, phrase, "2017-10-16") == "PESHMERGA"
