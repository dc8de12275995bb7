"""Acts reporting tells in words the lexicon lacked or misread: a side pushed or driven back,
engaged, closed in on or fired on (guns turned on it, fire opened on it, some of the shells
striking it), fighters who fled or left ground, troops brought in, aid dropped from the air,
a warning of consequences, a passive whose agent is a side; and the look-alikes that tell no
such act: a blast that cut a road, strikes "allowing" a side to advance, civilians kept from
leaving, shelling told as a daily routine. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2019, 4, 2)


def _acts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every event the pipeline stores for the text."""
    return [(e.type, e.trigger.lower()) for e in extract(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Government troops pushed the militants back beyond the edge of Sirte on Monday.",
            "pushed",
        ),
        (
            "The army succeeded in pushing the rebels back from the hills above Kafr Nabl.",
            "pushing",
        ),
        ("Kurdish fighters drove the jihadists back towards the river east of Hasakah.", "drove"),
        ("Peshmerga units pushed the jihadists back across the river on Sunday.", "pushed"),
    ],
)
def test_a_side_pushed_back_is_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iraqi tanks engaged the remaining militants outside Baiji on Tuesday.", "engaged"),
        ("Turkish gunships engaged Kurdish fighters near Afrin overnight.", "engaged"),
        ("Somali troops engaged al-Shabab fighters in a forest west of Kismayo.", "engaged"),
    ],
)
def test_a_side_engaged_is_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels engaged in talks with government forces in Astana.",
        "The campaign engaged the public in Baghdad with posters and songs.",
        "The minister pushed back against the plan in parliament on Monday.",
    ],
)
def test_engaging_in_talks_or_pushing_back_on_a_plan_is_no_assault(text: str) -> None:
    assert not any(kind == "ASSAULT" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militants fled after two hours of fighting near Kirkuk.", "fled"),
        ("Islamic State fighters left the town of Tal Afar on Monday.", "left"),
        ("Rebel fighters left their positions on the hills above Latakia overnight.", "left"),
    ],
)
def test_fighters_fleeing_or_leaving_ground_retreat(text: str, trigger: str) -> None:
    assert ("RETREAT", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The car bomb attack in Mosul left ten people dead.",
        "Thousands of families left the city of Raqqa in June.",
        "The militants prevented civilians from leaving the town of Hajin.",
        "The army retook most towns in the west, leaving Misrata the only city in rebel hands.",
    ],
)
def test_leaving_that_is_no_side_giving_ground(text: str) -> None:
    assert not any(kind == "RETREAT" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Coalition airstrikes killed dozens of militants near Kobani, allowing Kurdish units to advance.",
        "Heavy rain flooded the roads in Marib, allowing the fighters to slip away.",
        "The collapse of the front near Ras al-Ain allowed Turkish troops to enter the town.",
    ],
)
def test_what_happened_allowing_a_move_is_no_concession(text: str) -> None:
    assert not any(kind == "CONCEDE" for kind, _ in _acts(text))


def test_a_side_allowing_a_move_still_concedes() -> None:
    assert ("CONCEDE", "allowed") in _acts(
        "The army allowed aid convoys to enter the besieged town of Madaya on Sunday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "A truck bomb destroyed a bridge in Ramadi, cutting off the main road to the west.",
        "The explosion at the depot near Tikrit cut off the highway for hours.",
        "The landslide cut off the road to the border crossing near Bab al-Hawa.",
    ],
)
def test_a_road_cut_by_a_blast_is_no_siege(text: str) -> None:
    assert not any(kind == "COERCE" for kind, _ in _acts(text))


def test_a_road_cut_by_a_side_is_still_a_siege() -> None:
    assert ("COERCE", "cut") in _acts(
        "Government troops cut off the main road into eastern Aleppo on Thursday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi army carried out airdrops on the besieged town of Amirli.",
        "The airdrops of food to the trapped families near Sinjar continued on Monday.",
        "British aircraft made several food drops over Mount Sinjar this week.",
    ],
)
def test_aid_dropped_from_the_air_is_aid(text: str) -> None:
    assert any(kind == "AID" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The United States warned the Houthis of serious consequences if the attacks go on.",
        "Ten nations warned Damascus of grave consequences over the use of chemical weapons.",
        "Several countries warned the junta of consequences for the killings in Sagaing.",
        "Allied tribes warned the militia of consequences if it entered the valley.",
    ],
)
def test_a_warning_of_consequences_is_a_threat(text: str) -> None:
    assert ("THREATEN", "warned") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN agency warned of grave consequences of the drought in Somalia.",
        "Aid groups warned of serious consequences for the children of Gaza.",
        "The monitor warned of the consequences of the fuel shortage in Sanaa.",
    ],
)
def test_a_warning_of_consequences_to_no_one_is_no_threat(text: str) -> None:
    assert not any(kind == "THREATEN" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The army continued its daily shelling of rebel-held Douma.",
        "The town of Maarat al-Numan suffers nightly raids by the militia.",
        "Residents described the weekly bombardment of their district by regime jets.",
    ],
)
def test_shelling_told_as_a_routine_is_no_one_act(text: str) -> None:
    assert not any(kind == "ASSAULT" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("One of the shells hit a minibus near the bakery in Douma on Friday.", "hit"),
        ("Two of the rockets landed near a school in the town of Suran.", "landed"),
        ("Three of the mortar rounds slammed into the market in Deir ez-Zor.", "slammed"),
        ("Four of the shells exploded in a courtyard in Jobar.", "exploded"),
    ],
)
def test_some_of_the_shells_striking_is_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The jihadists turned their guns on the town of Haditha this week.",
        "The regime turned its artillery against the protesters in Homs.",
        "The militia turned its weapons on the camp outside Baidoa.",
    ],
)
def test_guns_turned_on_a_target_are_an_assault(text: str) -> None:
    assert ("ASSAULT", "turned") in _acts(text)


def test_weapons_turned_over_are_no_assault() -> None:
    text = "The fighters turned over their weapons to the army in Daraa."
    assert not any(kind == "ASSAULT" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Kurdish-led fighters closed in on the jihadists' last stronghold near the river.",
            "closed",
        ),
        ("Iraqi forces closed in on the militants in the old city of Mosul.", "closed"),
        ("Government troops were closing in on the rebel enclave east of the capital.", "closing"),
    ],
)
def test_closing_in_on_a_place_or_side_is_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


def test_roads_closed_in_a_town_stay_a_closure() -> None:
    assert [kind for kind, _ in _acts("Police closed roads in Baghdad on Friday.")] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The RSF fired shells at the airport in Nyala on Sunday.", "RSF_SDN"),
        ("The RSF fired rockets towards the army headquarters in El Fasher.", "RSF_SDN"),
        ("The SDF fired mortars at the village of Tal Tamr overnight.", "SDF"),
        ("The LNA fired rockets at Mitiga airport on Monday.", "LNA"),
    ],
)
def test_a_name_parsed_onto_fired_shells_fires_them(text: str, doer: str) -> None:
    events = extract(text, dt.date(2024, 6, 1)).events
    assert [(e.type, e.source_actor) for e in events if e.trigger == "fired"] == [("ASSAULT", doer)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers opened fire on the crowd in Bagan on Sunday.", "opened"),
        ("Police opened fire to break up a march in Mandalay.", "opened"),
        ("Gunmen opened fire on a minibus near Bauchi, killing four.", "opened"),
    ],
)
def test_opening_fire_is_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


def test_a_crossing_opened_is_still_no_assault() -> None:
    assert [k for k, _ in _acts("Turkey opened the border crossing at Bab al-Hawa.")] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "In the town of Lashio, police fired tear gas and stun grenades on the protesters.",
        "In the town of Monywa, police fired tear gas and stun grenades on the students.",
        "In the village of Kani, soldiers fired tear gas and stun grenades on the mourners.",
    ],
)
def test_what_is_fired_with_its_aim_hung_on_it_is_an_assault(text: str) -> None:
    assert ("ASSAULT", "fired") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 400 more soldiers were brought in on Wednesday to retake the village.",
        "The army brought in reinforcements from Mandalay after the ambush.",
        "The militia brought in hundreds of fighters from the south overnight.",
    ],
)
def test_troops_brought_in_are_mobilized(text: str) -> None:
    assert ("MOBILIZE", "brought") in _acts(text)


def test_a_law_brought_in_mobilizes_no_one() -> None:
    assert not any(
        k == "MOBILIZE" for k, _ in _acts("The parliament brought in a new law on Monday.")
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The town of Tal Tamr was surrounded by Turkish-backed fighters on Monday.", "COERCE"),
        ("Dozens of homes were destroyed by the militia in Tawila on Friday.", "ASSAULT"),
        ("The central market of Geneina was looted by RSF fighters.", "COERCE"),
    ],
)
def test_a_passive_with_a_side_as_agent_is_its_act(text: str, kind: str) -> None:
    assert kind in [k for k, _ in _acts(text)]


def test_a_passive_with_a_flood_as_agent_is_no_act() -> None:
    assert _acts("Dozens of homes were destroyed by the floods in Tawila.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The villagers held regular protests outside the township office in Monywa.",
        "Since the outbreak of the war, the rebels have organised weekly protests in Sanaa.",
        "Students have staged daily demonstrations outside the ministry in Khartoum.",
        "Activists have held several protests in recent weeks in Mandalay.",
    ],
)
def test_protests_told_as_a_routine_are_no_one_protest(text: str) -> None:
    assert not any(kind == "PROTEST" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested in Khartoum on Friday.",
        "There were sporadic protests across Myanmar on Saturday.",
    ],
)
def test_a_days_protests_stay_a_protest(text: str) -> None:
    assert any(kind == "PROTEST" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops were pushed back by Islamic State fighters after they shelled the edge of Baiji.",
        "Syrian soldiers were driven back by rebel fighters when they bombarded the hills near Hama.",
        "Kurdish fighters were driven back by Turkish-backed militias after they shelled Manbij.",
    ],
)
def test_a_pronoun_either_side_could_be_takes_no_sides_from_the_push_back(text: str) -> None:
    shelling = [e for e in extract(text, PUBLISHED).events if e.trigger in ("shelled", "bombarded")]
    assert [e.source_actor for e in shelling] == [""]
