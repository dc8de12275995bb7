"""Haiti's gang war as reporting names it: the police, the foreign missions, the gang
coalition and its member gangs, their leaders and the officials who speak for the state
resolve to their actors; the capital's communes and neighbourhoods and the towns of the
Artibonite and Centre resolve to places in Haiti; and a sentence of fighting between
them becomes an event and a tie with both sides named."""

from __future__ import annotations

import datetime as dt

import pytest

# Sentences written for this test in reporting style: the mention, the actor it names.
NAMED = [
    ("Officers of the Haitian National Police pushed into the slum at dawn.", "Haitian National Police", "HTI_POLICE"),
    ("The PNH said four officers were wounded in the gunfight.", "PNH", "HTI_POLICE"),
    ("Haiti's National Police said the road had been reopened.", "Haiti's National Police", "HTI_POLICE"),
    ("Soldiers of the Haitian army guarded the palace gates.", "Haitian army", "HTI_MIL"),
    ("The Kenya-led mission sent armoured vehicles to the port.", "Kenya-led mission", "MSS_HAITI"),
    ("Troops of the Multinational Security Support Mission patrolled the airport road.", "Multinational Security Support Mission", "MSS_HAITI"),
    ("The Gang Suppression Force is to number 5,500 personnel.", "Gang Suppression Force", "GANG_SUPPRESSION_FORCE"),
    ("Kenyan police officers escorted the convoy through Delmas.", "Kenyan police officers", "KEN_POLICE"),
    ("The Viv Ansanm coalition claimed the assault in a video.", "Viv Ansanm coalition", "VIV_ANSANM"),
    ("Members of the 400 Mawozo gang kidnapped the missionaries.", "400 Mawozo gang", "MAWOZO_400"),
    ("The Gran Grif gang burned houses along the national road.", "Gran Grif gang", "GRAN_GRIF"),
    ("Residents blamed the G9 federation for the arson.", "G9 federation", "G9_HTI"),
    ("Gang leader Jimmy Cherizier threatened the hotels in a video.", "Jimmy Cherizier", "P_JIMMY_CHERIZIER"),
    ("Police were hunting Luckson Elan after the massacre.", "Luckson Elan", "P_LUCKSON_ELAN"),
    ("Police spokesman Lionel Lazarre said 12 suspects were held.", "Lionel Lazarre", "P_LIONEL_LAZARRE"),
    ("Prime Minister Alix Didier Fils-Aime visited the wounded officers.", "Alix Didier Fils-Aime", "P_ALIX_DIDIER_FILS_AIME"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), NAMED)
def test_a_name_of_the_haitian_war_resolves_to_its_actor(actor_mentions, text, mention, expected):
    assert actor_mentions(text, "2025-03-01")[mention].actor_id == expected


def test_plain_police_in_haitian_copy_are_haitis_police(actor_mentions):
    found = actor_mentions("In Port-au-Prince, police exchanged fire with gunmen near the market.", "2025-03-01")
    assert found["police"].actor_id == "HTI_POLICE"


def test_the_missions_and_the_coalition_hold_only_over_their_dates(actor_kb):
    assert "MSS_HAITI" in actor_kb.umbrellas_of("KEN_POLICE", dt.date(2025, 1, 10))
    assert "MSS_HAITI" not in actor_kb.umbrellas_of("KEN_POLICE", dt.date(2023, 1, 10))
    assert actor_kb.successor("MSS_HAITI", dt.date(2025, 11, 1)) == "GANG_SUPPRESSION_FORCE"
    assert actor_kb.successor("MSS_HAITI", dt.date(2025, 1, 1)) == "MSS_HAITI"
    assert "VIV_ANSANM" in actor_kb.umbrellas_of("G9_HTI", dt.date(2024, 3, 1))
    assert "VIV_ANSANM" not in actor_kb.umbrellas_of("G9_HTI", dt.date(2022, 3, 1))


PLACES = [
    ("Gang members stormed the prison in Mirebalais on Monday night.", "Mirebalais", "fw:t-mirebalais"),
    ("Gunmen killed dozens of people in Pont-Sonde, a town on the Artibonite river.", "Pont-Sonde", "fw:t-pont-sonde"),
    ("Police fought to hold Solino, one of the last neighbourhoods free of gangs.", "Solino", "fw:d-solino"),
    ("Residents fled Cite Soleil as two gangs fought over the slum.", "Cite Soleil", "fw:t-cite-soleil"),
    ("Violence spread across the Artibonite department last year.", "Artibonite department", "fw:ht-artibonite"),
    ("Gunfire forced the closure of the Port-au-Prince airport for a week.", "Port-au-Prince airport", "fw:ap-toussaint-louverture"),
    ("The gangs attacked Petion-Ville before dawn.", "Petion-Ville", "gn:3719028"),
]


@pytest.mark.parametrize(("text", "name", "place_id"), PLACES)
def test_a_haitian_place_resolves_in_haiti(place_mentions, text, name, place_id):
    mention = place_mentions(text)[name]
    assert mention.place_id == place_id


def test_police_fighting_a_named_gang_is_an_event_and_a_tie(events_found, relations_found):
    text = "Haitian police killed eight members of the Gran Grif gang in a raid near Pont-Sonde on Friday."
    published = dt.date(2025, 2, 3)
    events = events_found(text, published)
    assert any(e.source_actor == "HTI_POLICE" and e.target_actor == "GRAN_GRIF" for e in events)
    assert ("fights", "HTI_POLICE", "GRAN_GRIF", "asserted") in relations_found(text, published)


GANGS = [
    ("Gangs torched a church in Port-au-Prince overnight, Haiti's police said.", "Gangs", "2025-03-01", "VIV_ANSANM"),
    ("The gangs blocked the road out of Haiti's capital for a week.", "The gangs", "2024-11-20", "VIV_ANSANM"),
    ("Haitian police said 14 gang members were shot dead in Delmas.", "14 gang members", "2025-05-02", "VIV_ANSANM"),
    ("The gang coalition attacked two police stations in Haiti on Sunday.", "gang coalition", "2024-10-06", "VIV_ANSANM"),
    # before the coalition, Haiti's gangs are no one actor
    ("Gangs kidnapped a bus driver in Port-au-Prince, Haitian police said.", "Gangs", "2021-10-20", "GEN_GANGS"),
]


@pytest.mark.parametrize(("text", "mention", "published", "expected"), GANGS)
def test_haitis_gangs_are_the_coalition_once_it_exists(actor_mentions, text, mention, published, expected):
    assert actor_mentions(text, published)[mention].actor_id == expected


def test_gangs_outside_haiti_stay_a_class(actor_mentions):
    found = actor_mentions("Police in Kano said gang members robbed a bank on Monday.", "2025-03-01")
    assert found["gang members"].actor_id == "GEN_GANGS"
