"""Three wars the knowledge base had no pack for: Cabo Delgado in Mozambique, the Baloch
insurgency in Pakistan, Colombia's guerrillas after the 2016 accord. Their armed actors,
forces and leaders resolve, the classes of insurgent in Mozambican copy are the Islamic
State's branch there, their towns and regions resolve in the right country (never a
namesake abroad), and their dated alliances hold only within their dates (their dated memberships are
tested with the other wars' in test_kb_wars_knowledge.py)."""

from __future__ import annotations

import datetime as dt

import pytest

# Sentences written for this test in reporting style: the mention, the actor it names.
NAMED = [
    ("Mozambican troops retook the coastal village after a week.", "Mozambican troops", "MOZ_MIL"),
    ("The FADM said it had cleared the forest road to the gas site.", "FADM", "MOZ_MIL"),
    ("Islamic State Mozambique claimed the beheadings in a statement.", "Islamic State Mozambique", "IS_MOZAMBIQUE"),
    ("SAMIM handed its bases over to the army before leaving.", "SAMIM", "SAMIM"),
    ("Fighters of the Forca Local militia guarded the market.", "Forca Local militia", "FORCA_LOCAL"),
    ("President Filipe Nyusi visited the troops in Mueda.", "President Filipe Nyusi", "P_FILIPE_NYUSI"),
    ("The Balochistan Liberation Army claimed the ambush on the convoy.", "Balochistan Liberation Army", "BLA"),
    ("The BLA said its Majeed Brigade carried out the bombing.", "Majeed Brigade", "MAJEED_BRIGADE"),
    ("The Balochistan Liberation Front said it had attacked a post in Turbat.", "Balochistan Liberation Front", "BLF"),
    ("Troops of the Frontier Corps Balochistan returned fire.", "Frontier Corps Balochistan", "PAK_FRONTIER_CORPS"),
    ("ELN guerrillas blew up a stretch of the oil pipeline.", "ELN guerrillas", "ELN"),
    ("The Central General Staff denied any role in the killings.", "Central General Staff", "EMC"),
    ("The Gulf Clan imposed a curfew on three villages.", "Gulf Clan", "CLAN_DEL_GOLFO"),
    ("Colombian soldiers were flown into the region on Sunday.", "Colombian soldiers", "COL_MIL"),
    ("Ivan Mordisco's men ambushed the patrol, the army said.", "Ivan Mordisco", "P_IVAN_MORDISCO"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), NAMED)
def test_an_actor_of_these_wars_resolves(actor_mentions, text, mention, expected):
    assert actor_mentions(text, "2025-02-01")[mention].actor_id == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Insurgents raided a village in Cabo Delgado, Mozambique's army said.", "Insurgents"),
        ("Jihadists burned a church near Macomia in northern Mozambique.", "Jihadists"),
        ("Terrorists attacked two villages in Cabo Delgado, Mozambican police said.", "Terrorists"),
    ],
)
def test_cabo_delgado_s_insurgents_are_the_islamic_state_branch(actor_mentions, text, mention):
    assert actor_mentions(text, "2024-05-01")[mention].actor_id == "IS_MOZAMBIQUE"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "Praia" alone is Cape Verde's capital: the whole name must win
        ("Insurgents again attacked Mocimboa da Praia on Sunday night.", "Mocimboa da Praia", "MOZ"),
        ("Fighting spread to the province of Cabo Delgado in 2020.", "Cabo Delgado", "MOZ"),
        ("Militants ambushed a convoy in Bolan district on Tuesday.", "Bolan", "PAK"),
        ("A bomb hit a bus carrying soldiers in Balochistan province.", "Balochistan", "PAK"),
        ("Thousands fled the Catatumbo region as the guerrillas fought.", "Catatumbo", "COL"),
        ("Gunmen went house to house in Tibu, near the Venezuelan border.", "Tibu", "COL"),
    ],
)
def test_a_place_of_these_wars_resolves_in_its_country(place_mentions, gazetteer, text, name, country):
    found = [m for m in place_mentions(text).values() if name in m.text and m.place_id]
    assert found and all(gazetteer.get(m.place_id).country == country for m in found)


@pytest.mark.parametrize(
    ("ally", "inside", "outside"),
    [("RWA_TROOPS_MOZAMBIQUE", "2023-01-01", "2020-01-01"), ("SAMIM", "2022-06-01", "2025-01-01")],
)
def test_foreign_forces_fight_beside_mozambique_s_army_within_their_dates(actor_kb, ally, inside, outside):
    def allies(date):
        edges = actor_kb.related(ally, kind="allied_with", date=dt.date.fromisoformat(date))
        return {e.target for e in edges}

    assert "MOZ_MIL" in allies(inside)
    assert "MOZ_MIL" not in allies(outside)


def test_a_baloch_ambush_is_an_attack_of_the_bla_on_pakistan_s_army(events_found, relations_found):
    text = "The Baloch Liberation Army said its fighters killed six Pakistani soldiers in an ambush in Kech on Monday."
    published = dt.date(2025, 3, 4)
    events = events_found(text, published)
    assert any(e.source_actor == "BLA" and e.target_actor == "PAK_MIL" for e in events)
    assert any(kind == "fights" and {src, tgt} == {"BLA", "PAK_MIL"} for kind, src, tgt, _ in relations_found(text, published))
