"""Changes of hands whose taker, place or construction the clause alone does not give:
the force named before, "the town", coordinated places, flags, "lost to", "is free"."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

PUBLISHED = dt.date(2017, 5, 4)


@lru_cache(maxsize=128)
def captures(text: str) -> tuple[tuple[str, str, str], ...]:
    """(place text, new controller, certainty) of every capture in the text."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return tuple(
        (c.place_text, c.new_controller, c.claim.certainty)
        for c in result.control_changes
        if c.kind == "capture"
    )


def takers_of(text: str, place: str) -> set[str]:
    return {new for where, new, _ in captures(text) if place in where}


# (text, place, the one taker found for it)
TAKEN = [
    # a passive with no agent: the force named before
    (
        "Syrian troops launched a push on Palmyra last week. The town was recaptured on Sunday.",
        "Palmyra",
        "SYR_MIL",
    ),
    (
        "The Syrian Democratic Forces moved on Tabqa in April. The city was liberated in May.",
        "Tabqa",
        "SDF",
    ),
    # a pronoun, or a subject that is no actor
    (
        "Iraqi troops pushed into Ramadi on Monday. They retook the city by nightfall.",
        "Ramadi",
        "IRQ_MIL",
    ),
    (
        (
            "The offensive was launched by the Syrian Democratic Forces in June. "
            "Its second phase cleared Islamic State fighters from Hajin in August."
        ),
        "Hajin",
        "SDF",
    ),
    # a noun with no agent
    (
        (
            "Iraqi troops fought street by street for a month. The recapture of Fallujah was "
            "announced on Sunday."
        ),
        "Fallujah",
        "IRQ_MIL",
    ),
    (
        (
            "Iraqi troops fought street by street for a month, and the liberation of Fallujah "
            "was declared on Sunday."
        ),
        "Fallujah",
        "IRQ_MIL",
    ),
    # a participle before the subject it belongs to
    (
        "After capturing Manbij on Friday, the Syrian Democratic Forces turned north.",
        "Manbij",
        "SDF",
    ),
    ("Upon seizing Jarablus, Turkish troops set up checkpoints.", "Jarablus", "TUR_MIL"),
    # a backer is not the taker
    (
        (
            "The push was led by the Syrian army, backed by Russian warplanes. "
            "The town of Palmyra was recaptured on Sunday."
        ),
        "Palmyra",
        "SYR_MIL",
    ),
    # "the city" in control and clearing phrases, and inside the object
    (
        "Iraqi troops reached Mosul in October. By July they had regained control of the city.",
        "Mosul",
        "IRQ_MIL",
    ),
    (
        (
            "Iraqi troops entered Kirkuk at dawn. They routed Kurdish fighters from the city "
            "within hours."
        ),
        "Kirkuk",
        "IRQ_MIL",
    ),
    (
        (
            "Abadi visited Ramadi on Tuesday, after Iraqi troops recaptured the government "
            "compound in the city."
        ),
        "Ramadi",
        "IRQ_MIL",
    ),
    # "lost to"
    ("Tikrit was lost to Islamic State in June 2014.", "Tikrit", "ISIS"),
    (
        "Ramadi had been lost to Islamic State militants after a week of fighting.",
        "Ramadi",
        "ISIS",
    ),
    # a flag raised over a place
    ("Kurdish fighters raised their flag over Tal Abyad on Tuesday.", "Tal Abyad", "YPG"),
    (
        "Footage showed Ukrainian soldiers hoisting the national flag over Balakliia.",
        "Balakliia",
        "UKR_MIL",
    ),
    (
        (
            "Kurdish fighters shelled Islamic State positions east of the town. At first light "
            "anti-IS fighters raised their flags over Tal Abyad."
        ),
        "Tal Abyad",
        "YPG",
    ),
    # a flag raised "on" a building of the place ("on" must stay a word, not YAML's true)
    (
        "Rebels raised their flag on the main mosque of Maarat al-Numan after a day of fighting.",
        "Maarat al-Numan",
        "GEN_REBELS",
    ),
    (
        "Iraqi soldiers planted the Iraqi flag on the government building in Ramadi.",
        "Ramadi",
        "IRQ_MIL",
    ),
    # "T is free": the force named before
    (
        "YPG fighters cleared the last streets on Saturday. Kobani is free, a commander said.",
        "Kobani",
        "YPG",
    ),
    (
        (
            "Government troops pushed into Palmyra overnight. The city is now liberated, state "
            "television said."
        ),
        "Palmyra",
        "SYR_MIL",
    ),
    # the organisation of the subject that tells it
    (
        "A commander of the YPG said they had retaken Tal Abyad on Monday.",
        "Tal Abyad",
        "YPG",
    ),
    (
        'A spokesman for the Syrian Democratic Forces wrote that "Raqqa is free".',
        "Raqqa",
        "SDF",
    ),
    (
        (
            "Fighters from the Tigray People's Liberation Front announced on their radio "
            "station that their forces had entered Mekelle."
        ),
        "Mekelle",
        "TPLF",
    ),
    (
        ("Fighters from al-Shabab said on Monday that their men had captured the town of Jowhar."),
        "Jowhar",
        "AL_SHABAAB",
    ),
    # "including T" after a vague object; "the area" for the town named before
    (
        (
            "Taliban fighters swept across the north. The offensive captured several provincial "
            "capitals on Saturday, including the city of Kunduz."
        ),
        "Kunduz",
        "TALIBAN",
    ),
    (
        "Government troops pushed towards Morek at dawn. By noon they had taken the area.",
        "Morek",
        "SYR_MIL",
    ),
    (
        (
            "Residents returned to the town of Jarablus a day after Turkish troops took the area "
            "from Islamic State."
        ),
        "Jarablus",
        "TUR_MIL",
    ),
    # press spellings and towns named like everyday words
    ("Iraqi forces regained control of the city of Hit on Wednesday.", "Hit", "IRQ_MIL"),
]


# (text, place, an actor that must not be its taker)
NOT_TAKEN = [
    # who held the place before loses it
    (
        "Islamic State fighters held Dabiq for two years. Dabiq was recaptured from them.",
        "Dabiq",
        "ISIS",
    ),
    # "anti-IS fighters" are not IS
    ("Anti-IS fighters planted a banner over Tal Abyad at dawn.", "Tal Abyad", "ISIS"),
    # a force that retreated, fled, lost or died took nothing
    (
        "Syrian troops retreated toward Homs under heavy fire. Palmyra was recaptured on Sunday.",
        "Palmyra",
        "SYR_MIL",
    ),
    (
        "Iraqi soldiers fled their posts overnight, witnesses said. By dawn Mosul had been seized.",
        "Mosul",
        "IRQ_MIL",
    ),
    (
        (
            "Dozens of Syrian soldiers died in the fighting for the town. Maaloula was taken "
            "on Saturday."
        ),
        "Maaloula",
        "SYR_MIL",
    ),
    # a government or state that only comments is not the taker
    (
        (
            "Turkey said it was deeply concerned about the fighting near its border. The town "
            "of Tal Abyad was captured on Tuesday."
        ),
        "Tal Abyad",
        "TUR_MIL",
    ),
    (
        (
            "The Iraqi government announced a new aid package for displaced families. Sinjar "
            "was liberated hours later."
        ),
        "Sinjar",
        "IRQ_MIL",
    ),
]


def test_a_fighting_force_that_speaks_still_takes() -> None:
    text = (
        "The Syrian Democratic Forces said they were pressing on. The village of Tabqa was "
        "retaken on Friday."
    )
    assert takers_of(text, "Tabqa") == {"SDF"}, captures(text)


@pytest.mark.parametrize(
    ("text", "place", "actor", "taken"),
    [(*case, True) for case in TAKEN] + [(*case, False) for case in NOT_TAKEN],
)
def test_taker_of_a_change_of_hands(text: str, place: str, actor: str, taken: bool) -> None:
    takers = takers_of(text, place)
    assert (takers == {actor}) if taken else (actor not in takers), captures(text)


def test_a_relative_clause_on_coordinated_objects_names_the_town() -> None:
    text = (
        "The Syrian army said it had retaken Saraqeb and the highway, which it lost to "
        "Hayat Tahrir al-Sham a week earlier."
    )
    assert "HTS" in takers_of(text, "Saraqeb")


def test_coordinated_places_each_change_hands() -> None:
    found = captures("Kurdish-led fighters captured Tal Abyad, Ain Issa and Suluk last week.")
    assert {place for place, _, _ in found} == {"Tal Abyad", "Ain Issa", "Suluk"}
    found = captures(
        "Islamic State fighters seized control of the city of Mosul and Nineveh province."
    )
    assert {place for place, _, _ in found} == {"Mosul", "Nineveh province"}
    assert {new for _, new, _ in found} == {"ISIS"}


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers entered the Baba Amr district on Friday.",
        "Red Cross staff entered Douma with food on Monday.",
        "Abadi entered Ramadi on Tuesday to greet the troops.",
    ],
)
def test_civilians_aid_workers_and_visitors_do_not_take_what_they_enter(text: str) -> None:
    assert not captures(text)


def test_a_district_by_its_press_spelling() -> None:
    found = captures("Government forces captured the rebel district of Bab Amr on Thursday.")
    assert [place for place, _, _ in found] == ["Bab Amr"]


def test_aims_stay_hypothetical_with_a_taker_from_context() -> None:
    found = captures(
        "Syrian troops massed outside Palmyra. The army vowed that the town would be "
        "recaptured within days."
    )
    assert found and all(certainty == "hypothetical" for _, _, certainty in found), found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Islamic State fighters entered Palmyra on Wednesday for the first time in months. "
            "But they were all killed and the attack was over before nightfall, the monitor said."
        ),
        "Islamic State fighters briefly entered Palmyra on Monday.",
        "Taliban fighters stormed Kunduz in a hit-and-run assault before withdrawing.",
        "Rebels entered the district of Jobar on Sunday. The assault was repelled within hours.",
    ],
)
def test_a_raid_that_enters_a_town_does_not_take_it(text: str) -> None:
    assert not captures(text)


def test_an_entry_that_holds_is_a_capture() -> None:
    assert takers_of(
        "Islamic State fighters entered Palmyra on Monday. Residents fled east.", "Palmyra"
    ) == {"ISIS"}


def test_who_holds_the_town_now_may_be_its_taker() -> None:
    text = (
        "The Syrian Democratic Forces are now dominating Tabqa, pushing deep into its "
        "streets. They have retaken the main hospital in the city, a spokesman said."
    )
    assert takers_of(text, "Tabqa") == {"SDF"}, captures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Arab coalition will run Manbij once it is freed from Islamic State.",
        "Kurdish officials said they would hand Raqqa to a civil council when it is captured.",
        "The army will keep up the siege until Douma falls to its troops.",
    ],
)
def test_a_change_in_a_time_clause_of_a_future_is_hypothetical(text: str) -> None:
    from frontwatch.pipeline import process_texts

    # "once it is freed from X" names no taker: a loss, hypothetical like the capture
    found = [
        c.claim.certainty
        for c in process_texts([text], dates=[PUBLISHED])[0].control_changes
        if c.kind in ("capture", "lost")
    ]
    assert found and all(certainty == "hypothetical" for certainty in found), found


def test_a_past_time_clause_stays_a_fact() -> None:
    found = captures(
        "Residents returned to Manbij once it was freed by the Syrian Democratic Forces."
    )
    assert [(new, certainty) for _, new, certainty in found] == [("SDF", "asserted")]


def test_an_unknown_subject_is_still_the_doer() -> None:
    text = (
        "Ukrainian troops shelled the outskirts of Slovyansk on Sunday. On Monday, masked "
        "volunteers seized control of Slovyansk."
    )
    assert "UKR_MIL" not in takers_of(text, "Slovyansk"), captures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes are taking place near Manbij, the monitor said.",
        "Syrian troops took up positions on the eastern edge of Deir ez-Zor.",
        "Rebels seized the initiative around Hama this week.",
        "A major offensive on Raqqa is taking shape, officials said.",
        "Kurdish fighters took precautions around Kobani after the car bomb.",
        "Syrian troops took time to regroup in Palmyra, a monitor said.",
    ],
)
def test_idioms_with_a_capture_verb_take_no_ground(text: str) -> None:
    assert not captures(text)


def test_taking_part_in_a_liberation_still_takes_the_place() -> None:
    text = "Iraqi army units took part in the liberation of Baiji."
    assert takers_of(text, "Baiji") == {"IRQ_MIL"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            (
                "Somali troops said Tuesday they recaptured the small town of Bulo Qodah in the "
                "central Hiran region from al-Shabab."
            ),
            "Hiran",
        ),
        (
            (
                "Kurdish forces captured the villages of Khirbet Ruzaylah and Tell Fadghami in "
                "Hasakah province."
            ),
            "Hasakah",
        ),
        (
            "Rebel fighters seized the village of Qaryat Zubaydiyeh in Idlib province on Monday.",
            "Idlib",
        ),
    ],
)
def test_a_town_named_in_a_region_is_no_capture_of_the_region(text: str, region: str) -> None:
    assert not any(region in where for where, _, _ in captures(text)), captures(text)


def test_a_known_town_named_in_a_region_is_still_taken() -> None:
    text = "Rebels captured the town of Kafr Nabudah in Hama province on Friday."
    assert takers_of(text, "Kafr Nabudah") == {"GEN_REBELS"}, captures(text)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Government forces seized the villages of Gorsh and Kafr Nabudah in Hama province.",
            {"Kafr Nabudah", "Gorsh"},  # Gorsh, unknown, is kept by its name (control_names)
        ),
        (
            "The army recaptured the villages of Kafr Nabudah, Morek and Latamneh north of Hama.",
            {"Kafr Nabudah", "Morek", "Latamneh"},
        ),
        ("Rebels overran the towns of Morek and Latamneh in Hama province.", {"Morek", "Latamneh"}),
    ],
)
def test_the_villages_of_b_and_c_take_each_known_name_not_the_province(
    text: str, taken: set[str]
) -> None:
    assert {where for where, _, _ in captures(text)} == taken, captures(text)


@pytest.mark.parametrize(
    ("text", "site", "taker"),
    [
        (
            (
                "Islamic State fighters seized the Mosul Dam in August, and Kurdish officials "
                "in Mosul said the city was quiet. Two weeks later Kurdish forces retook the dam."
            ),
            "Mosul Dam",
            "PESHMERGA",
        ),
        (
            (
                "Rebels besieged the Abu al-Duhur airbase for months while jets pounded Idlib. "
                "On Sunday the rebels finally overran the base."
            ),
            "Abu al-Duhur",
            "GEN_REBELS",
        ),
        (
            (
                "Regime jets bombed the Handarat camp north of Aleppo overnight, residents of "
                "Aleppo said. Syrian troops seized the camp at dawn."
            ),
            "Handarat",
            "SYR_MIL",
        ),
        (
            (
                "The siege of Aleppo central prison entered its second year as shells fell on "
                "Aleppo. Government troops finally broke through and retook the prison."
            ),
            "Aleppo central prison",
            "SYR_MIL",
        ),
    ],
)
def test_the_dam_the_base_the_camp_stand_for_the_site_named_before(
    text: str, site: str, taker: str
) -> None:
    assert takers_of(text, site) >= {taker}, captures(text)


def test_a_village_near_a_town_is_still_taken_there() -> None:
    text = "Kurdish fighters seized the village of Khirbet Ruzaylah, 10 km south of Manbij."
    assert takers_of(text, "Khirbet Ruzaylah") == {"YPG"}, captures(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels seized a stretch of the Aleppo-Damascus highway on Monday.", "Aleppo"),
        ("Government troops captured the Lattakia-Aleppo road near Saraqeb.", "Lattakia"),
        ("Kurdish fighters took control of the Raqqa road and entered Tabqa.", "Raqqa"),
    ],
)
def test_a_town_naming_a_road_is_not_taken_with_the_road(text: str, town: str) -> None:
    assert not takers_of(text, town), captures(text)


def test_a_town_the_road_runs_near_is_still_taken() -> None:
    text = "Government troops captured the Lattakia-Aleppo road near Saraqeb."
    assert takers_of(text, "Saraqeb") == {"SYR_MIL"}, captures(text)


@pytest.mark.parametrize(
    ("text", "described_by"),
    [
        (
            "Zorbalikh, a small border village on the road into Manbij, was seized by rebels.",
            "Manbij",
        ),
        (
            "Umm Khirbetayn, the main gateway to Raqqa, was captured by Kurdish fighters.",
            "Raqqa",
        ),
        ("Tell Fadghami, a hamlet on the way into Hasakah, was overrun by IS.", "Hasakah"),
    ],
)
def test_places_describing_a_taken_name_are_not_taken(text: str, described_by: str) -> None:
    assert not takers_of(text, described_by), captures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qaryat Zubaydiyeh, a farming hamlet near Manbij, was retaken by the Syrian army.",
        "Khirbet Ruzaylah, a village 10 km outside Manbij, was retaken by the Syrian army.",
    ],
)
def test_a_name_put_near_a_town_is_placed_there(text: str) -> None:
    assert captures(text), text


@pytest.mark.parametrize(
    ("text", "place", "not_taken"),
    [
        (
            (
                "Clashes erupted near the town of Saraqeb and in the province of Hama. "
                "The town was captured by rebels on Sunday."
            ),
            "Saraqeb",
            "Hama",
        ),
        (
            (
                "The village of Tal Rifaat lies on the road between Azaz and the city of Aleppo. "
                "The village was captured by Kurdish fighters in February."
            ),
            "Tal Rifaat",
            "Aleppo",
        ),
        (
            "Fighting spread to Manbij and Jarablus. The town was later seized by Turkish-backed rebels.",
            "Jarablus",
            "Manbij",
        ),
        (  # a noun longer than "town" still reaches back to its "of"
            (
                "Jets struck the neighbourhood of Tal Rifaat and the town of Azaz. "
                "The neighbourhood was seized by Kurdish fighters on Monday."
            ),
            "Tal Rifaat",
            "Azaz",
        ),
        (  # the noun at the head of the sentence, capitalised
            (
                "The Village of Tal Rifaat lies on the road between Azaz and Marea. "
                "The village was captured by Kurdish fighters in February."
            ),
            "Tal Rifaat",
            "Marea",
        ),
    ],
)
def test_the_town_is_the_one_named_so_and_takes_none_of_its_neighbours(
    text: str, place: str, not_taken: str
) -> None:
    taken = {where for where, _, _ in captures(text)}
    assert place in taken
    assert not any(not_taken in where for where in taken)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            "Rebel media showed video of Houthi fighters on pickup trucks capturing the Marib dam.",
            "Marib dam",
            "HOUTHIS",
        ),
        ("State television aired footage of Russian troops storming Vuhledar.", "Vuhledar", "RUS_MIL"),
    ],
)
def test_a_participle_on_a_noun_was_done_by_the_force_named_just_before(
    text: str, place: str, taker: str
) -> None:
    assert takers_of(text, place) == {taker}


def test_people_named_before_a_participle_take_nothing() -> None:
    assert captures("Images of aid workers entering Mekelle were broadcast on Saturday.") == ()


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            (
                "Government forces shelled the Salaheddin district of Aleppo for days. "
                "The district was captured by the army on Sunday."
            ),
            "Salaheddin",
        ),
        (
            (
                "Clashes raged around the Ramouseh district of Aleppo for a week. "
                "The district was retaken by the army on Friday."
            ),
            "Ramouseh",
        ),
    ],
)
def test_the_district_is_the_district_named_before_not_its_city(text: str, district: str) -> None:
    taken = {where for where, _, _ in captures(text)}
    assert any(district in where for where in taken) and "Aleppo" not in taken, taken
