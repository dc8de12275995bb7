"""Whole-conflict knowledge of the wars beyond Syria and Iraq: the units, commands, groups,
monitors and officials that recur in reporting resolve to their actor, with the side
their dated edges give them; names two wars share are not guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published="2024-06-01"):
    article = article_from_text(text, published=dt.date.fromisoformat(published))
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


# Sentences written for this test in reporting style: the mention, the actor it names.
NAMED = [
    # Russia's groups of forces, as its defence ministry reports them
    ("Units of Battlegroup Centre took the village, the defence ministry said.", "Battlegroup Centre", "RUS_GROUP_CENTER"),
    ("The Zapad group of forces repelled four attacks near Kupiansk.", "Zapad group of forces", "RUS_GROUP_WEST"),
    ("Moscow said the Sever group of forces had advanced in Sumy region.", "Sever group of forces", "RUS_GROUP_NORTH"),
    ("Troops of the Dnepr group of forces shelled the island.", "Dnepr group of forces", "RUS_GROUP_DNEPR"),
    ("Drone pilots of the Rubikon unit hit a supply truck near the road.", "Rubikon unit", "RUBIKON"),
    # Ukraine's commands and units
    ("A spokesman for the Khortytsia group said 40 clashes took place.", "Khortytsia group", "UKR_OSG_KHORTYTSIA"),
    ("The Tavria group of forces reported heavy fighting near Vuhledar.", "Tavria group of forces", "UKR_OSG_TAVRIA"),
    ("The Skala assault regiment said it had cleared two tree lines.", "Skala assault regiment", "SKALA_REGIMENT"),
    ("Fighters of the Kraken unit raised a flag over the village.", "Kraken unit", "KRAKEN_UNIT"),
    ("The Khartiia brigade holds the line north of Kharkiv.", "Khartiia brigade", "KHARTIIA_BRIGADE"),
    ("Soldiers of the Anne of Kyiv brigade were sent to Pokrovsk.", "Anne of Kyiv brigade", "UKR_155TH_BRIGADE"),
    # the officials who report attacks on their regions
    ("Kharkiv governor Oleh Syniehubov said two people were wounded.", "Oleh Syniehubov", "P_OLEH_SYNIEHUBOV"),
    ("Belgorod's governor Vyacheslav Gladkov said a drone hit a car.", "Vyacheslav Gladkov", "P_VYACHESLAV_GLADKOV"),
    ("Oleksandr Prokudin, the head of the region, said shelling went on all night.", "Oleksandr Prokudin", "P_OLEKSANDR_PROKUDIN"),
    # the spokesmen quoted on each front
    ("Colonel Getnet Adane said the army would act against the militia.", "Colonel Getnet Adane", "P_GETNET_ADANE"),
    ("Major General Edward Buba said troops had cleared the camp.", "Major General Edward Buba", "P_EDWARD_BUBA"),
    ("Nazar Voloshyn, a spokesman for the troops in the east, said 20 clashes took place.", "Nazar Voloshyn", "P_NAZAR_VOLOSHYN"),
    ("Senior Houthi official Mohammed al-Bukhaiti vowed to keep attacking ships.", "Mohammed al-Bukhaiti", "P_MOHAMMED_AL_BUKHAITI"),
    ("Khaing Thukha, the group's spokesman, said the town had fallen.", "Khaing Thukha", "P_KHAING_THUKHA"),
    # Lebanon and Gaza
    ("Israel said it struck a cell of Jamaa Islamiya near the border.", "Jamaa Islamiya", "JAMAA_ISLAMIYA_LBN"),
    ("The Fajr Forces claimed a rocket attack on an Israeli post.", "Fajr Forces", "FAJR_FORCES"),
    ("The army said it had dismantled Hamas's Rafah Brigade.", "Hamas's Rafah Brigade", "QASSAM_RAFAH_BRIGADE"),
    # Somalia, Libya and Yemen: forces named as their own statements name them
    ("Puntland Defence Forces said they had cleared two ridges of militants.", "Puntland Defence Forces", "PUNTLAND_FORCES"),
    ("The Deterrence Apparatus clashed with a rival brigade in Tripoli.", "Deterrence Apparatus", "RADA"),
    ("Fighters of the Homeland Shield moved into Mukalla.", "Homeland Shield", "NATIONAL_SHIELD_FORCES"),
    # Myanmar's regional commands
    ("Rebels said they had overrun the Western Regional Military Command at Ann.", "Western Regional Military Command", "MMR_WESTERN_COMMAND"),
    # Nigeria's north-west theatre command
    ("Soldiers of Operation Fansan Yamma raided a forest camp in Zamfara.", "Operation Fansan Yamma", "OPERATION_FANSAN_YAMMA"),
    ("The fall of the Northeastern Command in Lashio stunned the generals.", "Northeastern Command", "MMR_NORTHEASTERN_COMMAND"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), [(t, m, e) for t, m, e in NAMED])
def test_a_recurring_name_resolves_to_its_actor(actor_kb, actor_nlp, text, mention, expected):
    assert _found(actor_kb, actor_nlp, text)[mention].actor_id == expected


@pytest.mark.parametrize(
    ("actor_id", "side"),
    [
        ("RUS_GROUP_CENTER", "RUS"),
        ("SKALA_REGIMENT", "UKR"),
        ("KRAKEN_UNIT", "UKR"),
        ("FAJR_FORCES", "LBN"),
        ("QASSAM_KHAN_YOUNIS_BRIGADE", "PSE"),
    ],
)
def test_a_unit_is_an_arm_of_its_side(actor_kb, actor_id, side):
    assert actor_kb.actors[actor_id].country == side
    assert actor_kb.actors[actor_id].type in ("state_forces", "armed_group")


def test_the_monitor_that_relays_jihadist_claims_is_a_source_not_a_side(actor_kb, actor_nlp):
    text = "JNIM fighters killed ten soldiers, SITE Intelligence Group said."
    site = _found(actor_kb, actor_nlp, text)["SITE Intelligence Group"]
    assert site.actor_id == "SITE_INTEL"
    assert actor_kb.actors["SITE_INTEL"].type == "ngo"


@pytest.mark.parametrize(
    "text",
    [
        "We seized all the bases in the town, the AA said on Telegram.",
        "Turkish troops shelled the village, AA reported.",
    ],
)
def test_aa_names_neither_the_arakan_army_nor_anadolu_on_its_own(actor_kb, actor_nlp, text):
    mention = _found(actor_kb, actor_nlp, text).get("AA")
    assert mention is None or mention.actor_id in (None, "")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The Arakan Army (AA) said it took the town.", "Arakan Army (AA)", "ARAKAN_ARMY"),
        ("Anadolu said Turkish troops shelled the village.", "Anadolu", "ANADOLU"),
    ],
)
def test_the_full_names_behind_aa_still_resolve(actor_kb, actor_nlp, text, mention, expected):
    assert _found(actor_kb, actor_nlp, text)[mention].actor_id == expected


def test_a_russian_civil_administration_is_not_israels(actor_kb, actor_nlp):
    text = "The head of the Russian military-civil administration of the region said units advanced."
    found = _found(actor_kb, actor_nlp, text)
    assert all(m.actor_id != "ISR_CIVIL_ADMINISTRATION" for m in found.values())
    text = "The Civil Administration demolished two homes in the West Bank."
    west_bank = _found(actor_kb, actor_nlp, text)
    assert west_bank["The Civil Administration"].actor_id == "ISR_CIVIL_ADMINISTRATION"


# Dated sponsorships and alliances of the whole conflicts (public record), each checked
# inside and outside its dates: who stood behind the Sahel armies and the Somali army.
@pytest.mark.parametrize(
    ("backed", "backer", "inside", "outside"),
    [
        ("MLI_MIL", "FRA", "2013-02-01", "2023-06-01"),  # Serval, Barkhane
        ("MLI_MIL", "RUS", "2025-09-01", "2019-01-01"),  # Wagner, then the Africa Corps
        ("BFA_MIL", "RUS", "2024-06-01", "2022-06-01"),
        ("BFA_MIL", "FRA", "2020-01-01", "2024-01-01"),
        ("NER_MIL", "FRA", "2018-01-01", "2024-06-01"),
        ("SOM_MIL", "USA", "2019-01-01", "2010-01-01"),  # AFRICOM
    ],
)
def test_a_state_backs_an_army_within_its_dates(actor_kb, backed, backer, inside, outside):
    assert backer in actor_kb.backers_of(backed, dt.date.fromisoformat(inside))
    assert backer not in actor_kb.backers_of(backed, dt.date.fromisoformat(outside))


@pytest.mark.parametrize(
    ("member", "bloc", "inside", "outside"),
    [
        ("KEN_MIL", "AMISOM", "2015-01-01", "2010-01-01"),
        ("ETH_TROOPS_SOMALIA", "ATMIS", "2023-01-01", "2012-01-01"),
        ("MLI_GOV", "AES", "2024-08-01", "2022-01-01"),
        ("NER_GOV", "AES", "2024-08-01", "2022-01-01"),
        ("EMBF", "FARC_DISSIDENTS", "2024-10-01", "2023-10-01"),  # Colombia's 2024 split
        ("IS_MOZAMBIQUE", "ISCAP", "2020-06-01", "2023-06-01"),  # a province of its own from 2022
        ("THREE_R", "CPC", "2021-06-01", "2019-06-01"),  # the CPC was formed in December 2020
    ],
)
def test_a_member_belongs_to_its_bloc_within_its_dates(actor_kb, member, bloc, inside, outside):
    assert bloc in actor_kb.umbrellas_of(member, dt.date.fromisoformat(inside))
    assert bloc not in actor_kb.umbrellas_of(member, dt.date.fromisoformat(outside))


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The United States urged the Burma regime to stop bombing villages.", "Burma regime", "MMR_GOV"),
        ("Washington condemned the Burmese regime for the airstrike.", "Burmese regime", "MMR_GOV"),
    ],
)
def test_myanmar_s_regime_named_by_its_country_is_the_junta(actor_kb, actor_nlp, text, mention, expected):
    assert _found(actor_kb, actor_nlp, text)[mention].actor_id == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a new official's surname never takes another namesake's full name
        ("Mykhailo Fedorov", "P_MYKHAILO_FEDOROV"),
        ("Ivan Fedorov", "P_IVAN_FEDOROV"),
        ("Abdullah", "P_ABDULLAH_ABDULLAH"),
        ("Hamza Barre", "P_HAMZA_ABDI_BARRE"),
    ],
)
def test_officials_of_the_same_surname_stay_apart(actor_kb, name, expected):
    match = actor_kb.resolve(name)
    assert match is not None and match.actor_id == expected


def test_a_surname_two_officials_share_is_not_guessed(actor_kb):
    assert actor_kb.resolve("Fedorov") is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Armed bandits abducted 30 worshippers from a mosque in Katsina State.", "Armed bandits"),
        ("Troops killed 12 bandits in a forest near the Niger border, the army said.", "12 bandits"),
        ("Bandit kingpins demanded a levy from farmers before the harvest.", "Bandit kingpins"),
    ],
)
def test_north_west_nigeria_s_bandits_are_a_class_of_armed_actor(actor_mentions, text, mention):
    assert actor_mentions(text, "2025-05-01")[mention].actor_id == "GEN_BANDITS"


def test_troops_killing_bandits_is_an_attack_on_them(events_found):
    events = events_found("Nigerian troops killed 20 bandits in Zamfara on Tuesday.", dt.date(2025, 5, 1))
    assert any(e.source_actor == "NGA_MIL" and e.target_actor == "GEN_BANDITS" for e in events)

