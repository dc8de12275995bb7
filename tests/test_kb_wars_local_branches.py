"""The wars beside Syria and Iraq, round 9 (an audit of 2023-2026 reporting): the Islamic
State's name means its local branch in copy about a state where one operates ("in_state"
on the group's entry), and never in Syrian or Iraqi copy or before the branch existed;
Somalia's Balad district is not Iraq's Balad; Somalian troops are Somalia's; Saudi Arabia
backs the Nation's Shield Forces. (The audit's other towns are tested in
test_places_front_lines_other_wars.py, its missing actors in test_kb_wars_without_packs_before.py.)"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors import check_packs

# Sentences written for this test in reporting style, their date, and what the Islamic
# State's (or the People's Defence Forces') name in them stands for.
BRANCHES = [
    ("Puntland forces said they had killed nine Islamic State fighters in the Bari mountains.", "2025-03-02", "ISIS_SOMALIA"),
    ("ISIS militants attacked a checkpoint near Bosaso, Somali officials said.", "2024-11-20", "ISIS_SOMALIA"),
    ("Nigerian troops repelled an Islamic State raid on a base in Borno State.", "2024-09-14", "ISWAP"),
    ("An ISIS suicide bomber struck a Taliban convoy in Kabul, Afghan officials said.", "2023-06-08", "ISIS_KHORASAN"),
    ("Islamic State fighters beheaded villagers in Cabo Delgado, Mozambican police said.", "2023-02-10", "IS_MOZAMBIQUE"),
    # no branch: Syrian and Iraqi copy, and Somali copy before the branch (October 2015)
    ("Iraqi forces said they had killed Islamic State fighters west of Mosul.", "2017-03-02", "ISIS"),
    ("ISIS militants attacked a Syrian army checkpoint near Palmyra.", "2016-05-10", "ISIS"),
    ("Somali officials warned that ISIS militants were recruiting in Mogadishu.", "2014-09-01", "ISIS"),
    # the plural of the NUG's People's Defence Force is the PKK's HPG's name elsewhere
    ("Anti-regime People's Defence Forces ambushed a junta convoy in Sagaing, Myanmar.", "2023-05-20", "PDF"),
    ("Local People's Defense Forces said they had taken the police station in Myanmar's Magway Region.", "2024-01-09", "PDF"),
    ("Turkish jets struck People's Defence Forces hideouts in northern Iraq's Qandil mountains.", "2022-04-20", "HPG"),
]
_NAMES = ("Islamic State", "ISIS", "People's Defen")


@pytest.mark.parametrize(("text", "published", "expected"), BRANCHES)
def test_a_name_means_the_group_of_the_article_s_state(actor_mentions, text, published, expected):
    found = actor_mentions(text, published)
    named = {m.actor_id for name, m in found.items() if any(n in name for n in _NAMES)}
    assert named == {expected}


def test_in_state_lines_are_checked(tmp_path):
    path = tmp_path / "in_state.yaml"
    path.write_text(
        "# Source: test. Licence: MIT. Known gaps: all.\n"
        "pack: test\n"
        "actors:\n"
        "- {id: TEST_GROUP, name: Test group, type: armed_group, sector: INS,\n"
        '   in_state: ["SOM NO_SUCH_BRANCH 2015..", "NGA TEST_GROUP 2015-13"]}\n',
        encoding="utf-8",
    )
    assert check_packs([path]) == [
        f"{path}:5: in_state: unknown id 'NO_SUCH_BRANCH'",
        f"{path}:5: in_state: 'NGA TEST_GROUP 2015-13': bad date (month must be in 1..12)",
    ]


def test_somalian_troops_are_somalia_s_never_somaliland_s(actor_kb):
    match = actor_kb.resolve("Somalian troops", date=dt.date(2024, 8, 14))
    assert match.actor_id in {"SOM", "SOM_MIL"}
    assert actor_kb.top_of(match.actor_id) == "SOM"


def test_saudi_arabia_backs_the_nation_s_shield_forces_from_2023(actor_kb):
    def backed(date):
        return {e.target for e in actor_kb.related("SAU_GOV", kind="backs", date=date)}

    assert "NATIONAL_SHIELD_FORCES" in backed(dt.date(2026, 1, 3))
    assert "NATIONAL_SHIELD_FORCES" not in backed(dt.date(2021, 1, 1))


def test_balad_is_somali_in_somali_copy_and_iraqi_in_iraqi_copy(place_mentions, gazetteer):
    somali = place_mentions("Al-Shabaab militants raided an army base in Balad District north of Mogadishu, Somalia.")
    iraqi = place_mentions("Iraqi jets flew from the air base at Balad, north of Baghdad.")
    assert {gazetteer.get(m.place_id).country for m in somali.values() if "Balad" in m.text and m.place_id} == {"SOM"}
    assert {gazetteer.get(m.place_id).country for m in iraqi.values() if "Balad" in m.text and m.place_id} == {"IRQ"}


@pytest.mark.parametrize(
    ("text", "published", "ruler"),
    [
        ("Junta-aligned militiamen burned three villages in Sagaing, Myanmar, residents said.", "2024-05-01", "MMR"),
        ("Pro-junta fighters attacked a convoy near Mopti in central Mali.", "2024-02-01", "MLI"),
        ("Villagers said pro-junta militias had looted the market in Myanmar's Kayin State.", "2023-09-12", "MMR"),
        ("Members of a junta-backed militia torched forty homes in Magway, Myanmar, on Friday.", "2023-02-03", "MMR"),
    ],
)
def test_a_junta_aligned_group_is_tied_to_the_state_the_junta_rules(actor_kb, relations_found, text, published, ruler):
    ties = relations_found(text, dt.date.fromisoformat(published))
    tops = [(kind, actor_kb.top_of(src), actor_kb.top_of(tgt)) for kind, src, tgt, _ in ties if src and tgt]
    assert any(kind in ("backs", "allied") and ruler in (src, tgt) for kind, src, tgt in tops)


def test_before_the_coup_a_pro_junta_group_is_tied_to_no_state(relations_found):
    ties = relations_found("Pro-junta militias attacked a village near Mopti, in central Mali.", dt.date(2015, 2, 1))
    assert not any("MLI" in (src, tgt) for _, src, tgt, _ in ties)


@pytest.mark.parametrize(
    ("person", "published", "side"),
    [
        ("P_MOHAMED_ELMAOULOUD_RAMADANE", "2025-03-06", "FLA"),
        ("P_AHMED_AL_MISMARI", "2024-06-01", "LNA"),
        ("P_SAW_TAW_NEE", "2024-04-13", "KNU"),
        ("P_TURKI_AL_MALIKI", "2026-01-02", "SAUDI_COALITION"),
    ],
)
def test_a_spokesman_speaks_and_acts_for_his_group(actor_kb, person, published, side):
    assert actor_kb.side_for(person, dt.date.fromisoformat(published)) == side


def test_a_spokesman_s_we_did_it_is_his_group_s_act(events_found):
    text = (
        "Rebels said a drone brought down an army helicopter in Mali's Kidal region. "
        "FLA spokesman Mohamed Elmaouloud Ramadane said they did shoot down the army helicopter."
    )
    events = events_found(text, dt.date(2025, 3, 6))
    assert any(e.source_actor == "FLA" and e.target_actor == "MLI_AIRFORCE" for e in events)
    assert not any(e.source_actor == "P_MOHAMED_ELMAOULOUD_RAMADANE" for e in events)


def test_a_surname_like_a_yemeni_town_s_stays_a_person(place_mentions):
    # a spelling of Yemen's al-Dhale without its article ("Dali") would tag this activist
    found = place_mentions("Media activist Dali said the raids on Rastan killed three children.")
    assert not any(m.place_id for name, m in found.items() if "Dali" in name)
