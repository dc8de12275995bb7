"""Backing told with the plainest verbs (sentences written for these tests): the bare present
"back" that the small model reads as an adverb or a preposition after a coordinated subject
is repaired into a verb (nlp/backverbs.py); a plural noun naming no actor stands for the
actors it gives as examples ("Gulf states, including A and B, arm Y";
extract/sidelists.py); a state designating a group as terrorist does not fight it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SYRIA_2016 = dt.date(2016, 5, 1)
SUDAN_2024 = dt.date(2024, 6, 1)
LIBYA_2019 = dt.date(2019, 6, 1)


def _ties(text: str, published: dt.date, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _certainty in relations_found(text, published)}


@pytest.mark.parametrize(
    ("text", "published", "backers", "backed"),
    [
        ("Russia and Iran back the Syrian government.", SYRIA_2016, {"RUS", "IRN"}, "SYR_GOV"),
        (
            "Moscow and Tehran back Assad's forces around Aleppo.",
            SYRIA_2016,
            {"RUS", "IRN"},
            "SYR_MIL",
        ),
        ("Egypt and the UAE back Haftar's forces in the east.", LIBYA_2019, {"EGY", "ARE"}, "LNA"),
        (
            "The United States and Britain back the Kurdish YPG as well.",
            SYRIA_2016,
            {"USA", "GBR"},
            "YPG",
        ),
        ("Egypt and Eritrea back the Sudanese army.", SUDAN_2024, {"EGY", "ERI"}, "SDN_SAF"),
    ],
)
def test_a_bare_back_after_a_coordinated_subject_is_a_backing_verb(
    text: str, published: dt.date, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert {("backs", b, backed) for b in backers} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels came back to Aleppo after the truce.",
        "Government troops pulled back from the town of Khan Tuman.",
        "Rebels back in Aleppo after a week of fighting.",
        "The Kurdish forces fought back against the Islamic State near Kobani.",
    ],
)
def test_an_adverb_back_backs_no_one(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, SYRIA_2016, relations_found) if t[0] == "backs"}


def test_the_repaired_back_is_the_clause_verb(actor_nlp: Any) -> None:
    doc = actor_nlp("Moscow and Tehran back Assad's forces in the north.")
    back = next(t for t in doc if t.lower_ == "back")
    assert back.pos_ == "VERB" and back.dep_ == "ROOT"
    assert {c.lower_ for c in back.children if c.dep_ == "nsubj"} == {"moscow"}
    assert [c.lower_ for c in back.children if c.dep_ == "dobj"] == ["forces"]
    assert len(list(doc.sents)) == 1


def test_an_adverb_back_keeps_its_tag(actor_nlp: Any) -> None:
    doc = actor_nlp("The rebels came back to Aleppo.")
    assert next(t for t in doc if t.lower_ == "back").pos_ == "ADV"


@pytest.mark.parametrize(
    ("text", "published", "backers", "backed"),
    [
        (
            "Several Gulf states, including Saudi Arabia and Qatar, arm the rebels.",
            SYRIA_2016,
            {"SAU", "QAT"},
            "GEN_REBELS",
        ),
        (
            "Regional powers such as Turkey and Qatar support the Free Syrian Army.",
            SYRIA_2016,
            {"TUR", "QAT"},
            "FSA",
        ),
        (
            "Most neighbouring countries, including Egypt and Eritrea, support the SAF.",
            SUDAN_2024,
            {"EGY", "ERI"},
            "SDN_SAF",
        ),
        (
            (
                "Many foreign governments, including Western allies like France and Italy, "
                "fund the Government of National Accord."
            ),
            LIBYA_2019,
            {"FRA", "ITA"},
            "GNA",
        ),
    ],
)
def test_a_class_of_backers_stands_for_its_named_examples(
    text: str, published: dt.date, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert {("backs", b, backed) for b in backers} <= found


def test_an_example_list_inside_an_owned_class_names_the_examples_not_the_owner(
    relations_found: Any,
) -> None:
    found = _ties(
        "Most regional powers, including U.S. allies like Egypt and Turkey, support the SAF.",
        SUDAN_2024,
        relations_found,
    )
    assert {("backs", "EGY", "SDN_SAF"), ("backs", "TUR", "SDN_SAF")} <= found
    assert ("backs", "USA", "SDN_SAF") not in found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The United States has designated the Houthis a terrorist organization.",
            dt.date(2024, 2, 1),
        ),
        ("Britain lists Hamas as a terrorist group.", dt.date(2024, 2, 1)),
        (
            "Washington designated Hezbollah, Hamas and the Houthis as terrorist organizations.",
            dt.date(2024, 2, 1),
        ),
    ],
)
def test_a_terrorist_designation_is_no_war(
    text: str, published: dt.date, relations_found: Any
) -> None:
    assert not {t for t in _ties(text, published, relations_found) if t[0] == "fights"}


# --- support received: "its backing from X", "drawn on support from X", arms from a list ---


@pytest.mark.parametrize(
    ("text", "published", "backers", "backed"),
    [
        (
            "The regime, despite its backing from Russia and Iran, lost Palmyra.",
            SYRIA_2016,
            {"RUS", "IRN"},
            "SYR_GOV",
        ),
        (
            "The Houthis, thanks to their support from Iran, held Sanaa.",
            dt.date(2018, 5, 1),
            {"IRN"},
            "HOUTHIS",
        ),
        (
            "Hezbollah, with its backing from Tehran, sent fighters to Qusair.",
            SYRIA_2016,
            {"IRN"},
            "HEZBOLLAH",
        ),
    ],
)
def test_support_from_a_giver_owned_by_a_pronoun_backs_the_side_named_before(
    text: str, published: dt.date, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert {("backs", b, backed) for b in backers} <= found


@pytest.mark.parametrize(
    ("text", "published", "backer", "backed"),
    [
        (
            "The Sudanese army has drawn on material support from Iran.",
            SUDAN_2024,
            "IRN",
            "SDN_SAF",
        ),
        (
            "The Houthis drew on support from Tehran for their missile war.",
            dt.date(2018, 5, 1),
            "IRN",
            "HOUTHIS",
        ),
        (
            "Assad's forces have drawn heavily on air support from Russia.",
            SYRIA_2016,
            "RUS",
            "SYR_MIL",
        ),
    ],
)
def test_drawing_on_support_from_a_side_is_being_backed_by_it(
    text: str, published: dt.date, backer: str, backed: str, relations_found: Any
) -> None:
    assert ("backs", backer, backed) in _ties(text, published, relations_found)


@pytest.mark.parametrize(
    ("text", "published", "backers", "backed"),
    [
        (
            "Hamas receives funding, weapons and training from Iran.",
            dt.date(2024, 2, 1),
            {"IRN"},
            "HAMAS",
        ),
        (
            "The rebels get weapons from Qatar and Saudi Arabia.",
            SYRIA_2016,
            {"QAT", "SAU"},
            "GEN_REBELS",
        ),
        ("The RSF obtained drones and ammunition from the UAE.", SUDAN_2024, {"ARE"}, "RSF_SDN"),
    ],
)
def test_arms_received_from_a_list_or_on_the_last_item_back_the_receiver(
    text: str, published: dt.date, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert {("backs", b, backed) for b in backers} <= found


# --- partners ---

MARCH_2017 = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF, the US partner force in Syria, took Tabqa.",
        "Washington's main partners in Syria, the SDF and Turkey, are at odds.",
        "The Pentagon's chief partner in Syria, the Syrian Democratic Forces, advanced on Raqqa.",
    ],
)
def test_a_states_partner_force_is_backed_by_it(text: str, relations_found: Any) -> None:
    found = _ties(text, MARCH_2017, relations_found)
    assert {("backs", s, "SDF") for s in ("USA", "USA_DOD")} & found


def test_a_state_among_the_partners_is_an_ally_not_a_client(relations_found: Any) -> None:
    found = _ties(
        "Washington's main partners in Syria, the SDF and Turkey, are at odds.",
        MARCH_2017,
        relations_found,
    )
    assert ("allied", "TUR", "USA") in found or ("allied", "USA", "TUR") in found
    assert ("backs", "USA", "TUR") not in found


# --- rivals: two states' rivalry is a stance, not a war ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran, the regional rival of Saudi Arabia, backed the Houthis.", {"IRN", "SAU"}),
        ("Iran is Saudi Arabia's main regional rival.", {"IRN", "SAU"}),
        ("Pakistan, India's archrival, denied the charge.", {"PAK", "IND"}),
    ],
)
def test_two_states_that_are_rivals_do_not_fight(text: str, pair: set[str], relations_found: Any) -> None:
    found = _ties(text, dt.date(2018, 1, 1), relations_found)
    assert not {t for t in found if t[0] == "fights" and {t[1], t[2]} == pair}
    assert {t for t in found if t[0] == "criticizes" and {t[1], t[2]} == pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ahrar al-Sham, a rival of Hayat Tahrir al-Sham, lost villages in Idlib.", {"AHRAR_AL_SHAM", "HTS"}),
        ("The Islamic State, an archrival of al-Qaeda, lost Raqqa.", {"ISIS", "AL_QAEDA"}),
        ("Jabhat al-Nusra, a rival of the Islamic State, seized Idlib.", {"JABHAT_AL_NUSRA", "ISIS"}),
    ],
)
def test_rival_armed_groups_still_fight(text: str, pair: set[str], relations_found: Any) -> None:
    found = _ties(text, dt.date(2018, 1, 1), relations_found)
    assert {t for t in found if t[0] == "fights" and {t[1], t[2]} == pair}


# --- lists that pair off, passive subjects, lifelines, "kept afloat" ---


@pytest.mark.parametrize(
    ("text", "ties", "not_ties"),
    [
        (
            "The YPG and the FSA are backed by the United States and Turkey respectively.",
            {("backs", "USA", "YPG"), ("backs", "TUR", "FSA")},
            {("backs", "TUR", "YPG"), ("backs", "USA", "FSA")},
        ),
        (
            "Russia and Iran respectively arm the Syrian army and Hezbollah.",
            {("backs", "RUS", "SYR_MIL"), ("backs", "IRN", "HEZBOLLAH")},
            {("backs", "RUS", "HEZBOLLAH"), ("backs", "IRN", "SYR_MIL")},
        ),
        (
            "The Houthis and the government are supported by Iran and Saudi Arabia, respectively.",
            {("backs", "IRN", "HOUTHIS"), ("backs", "SAU", "YEM_GOV")},
            {("backs", "IRN", "YEM_GOV"), ("backs", "SAU", "HOUTHIS")},
        ),
    ],
)
def test_respectively_pairs_the_lists_in_order(
    text: str, ties: set[tuple[str, str, str]], not_ties: set[tuple[str, str, str]], relations_found: Any
) -> None:
    found = _ties(text, dt.date(2018, 1, 1), relations_found)
    assert ties <= found
    assert not (not_ties & found)


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("The SDF and the FSA are backed by the United States.", {"USA"}, {"SDF", "FSA"}),
        ("Hezbollah and the Syrian army are supported by Iran and Russia.", {"IRN", "RUS"}, {"HEZBOLLAH", "SYR_MIL"}),
        ("The rebels and the Kurdish YPG were armed by Washington.", {"USA"}, {"GEN_REBELS", "YPG"}),
    ],
)
def test_every_coordinated_subject_of_a_passive_backing_verb_is_backed(
    text: str, backers: set[str], backed: set[str], relations_found: Any
) -> None:
    found = _ties(text, SYRIA_2016, relations_found)
    assert {("backs", b, s) for b in backers for s in backed} <= found


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Tehran provides a financial lifeline to the Assad regime.", "IRN", "SYR_GOV"),
        ("The rebels depend on a lifeline from Turkey.", "TUR", "GEN_REBELS"),
        ("Iran's lifeline to Hezbollah runs through Syria.", "IRN", "HEZBOLLAH"),
        ("Assad's regime has been kept afloat by Russia and Iran.", "RUS", "SYR_GOV"),
        ("Iran keeps the Houthis afloat with money and missiles.", "IRN", "HOUTHIS"),
    ],
)
def test_a_lifeline_or_keeping_a_side_afloat_backs_it(
    text: str, backer: str, backed: str, relations_found: Any
) -> None:
    assert ("backs", backer, backed) in _ties(text, dt.date(2018, 1, 1), relations_found)


def test_a_lifeline_for_civilians_or_a_town_backs_no_one(relations_found: Any) -> None:
    for text in (
        "Aid agencies called the convoy a lifeline for civilians in Aleppo.",
        "The Jordanian border crossing is a lifeline for the town.",
        "The army kept the town under siege.",
    ):
        assert not {t for t in _ties(text, SYRIA_2016, relations_found) if t[0] == "backs"}


# --- resistance met ---


@pytest.mark.parametrize(
    ("text", "published", "side", "resisters"),
    [
        ("Iraqi forces faced fierce resistance from Islamic State fighters in Fallujah.", SYRIA_2016, "IRQ_MIL", {"ISIS"}),
        ("The SDF encountered heavy resistance from ISIS in Tabqa.", dt.date(2017, 3, 1), "SDF", {"ISIS"}),
        ("The junta has faced resistance led by the Kachin Independence Army.", dt.date(2023, 5, 1), "MMR_GOV", {"KIA"}),
        (
            "The junta faces an insurgency led by ethnic armed organizations such as the Arakan Army and the KIA.",
            dt.date(2023, 5, 1),
            "MMR_GOV",
            {"ARAKAN_ARMY", "KIA"},
        ),
    ],
)
def test_a_side_that_meets_resistance_from_an_armed_group_fights_it(
    text: str, published: dt.date, side: str, resisters: set[str], relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert all(("fights", side, r) in found or ("fights", r, side) in found for r in resisters)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi government faced resistance from the Kurdistan Democratic Party over the budget.",
        "Israel met resistance from the United States over the Rafah plan.",
        "The Syrian government faced resistance from Russia at the talks.",
    ],
)
def test_political_resistance_from_a_state_or_party_is_no_war(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, dt.date(2023, 1, 1), relations_found) if t[0] == "fights"}


# --- "Turkish-backed rebels from the NLF": the group named is the one backed ---


@pytest.mark.parametrize(
    ("text", "backer", "backed", "class_reading"),
    [
        ("HTS was joined by Turkish-backed rebels from the National Liberation Front.", "TUR", "NLF", "SNA"),
        ("Turkish-backed fighters of Ahrar al-Sham shelled the YPG.", "TUR", "AHRAR_AL_SHAM", "SNA"),
        ("Iran-backed fighters of Kataib Hezbollah attacked the base.", "IRN", "KATAIB_HEZBOLLAH", None),
    ],
)
def test_a_backed_class_drawn_from_a_named_group_is_that_group(
    text: str, backer: str, backed: str, class_reading: str | None, relations_found: Any
) -> None:
    found = _ties(text, dt.date(2019, 5, 1), relations_found)
    assert ("backs", backer, backed) in found
    assert class_reading is None or ("backs", backer, class_reading) not in found


def test_a_backed_class_from_a_place_stays_the_class(relations_found: Any) -> None:
    found = _ties("Turkish-backed rebels from Idlib entered Afrin.", dt.date(2019, 5, 1), relations_found)
    assert ("backs", "TUR", "SNA") in found


# --- a co-doer joined to the subject shares the subject's allies ---


@pytest.mark.parametrize(
    ("text", "published", "co_doer", "ally"),
    [
        ("Saudi Arabia, together with the UAE, entered the war alongside Yemen's government.", dt.date(2018, 5, 1), "ARE", "YEM_GOV"),
        ("Iran, along with Hezbollah, fought alongside the Syrian army in Aleppo.", SYRIA_2016, "HEZBOLLAH", "SYR_MIL"),
        ("Russia, along with Iran, fought alongside the Syrian army near Palmyra.", SYRIA_2016, "IRN", "SYR_MIL"),
    ],
)
def test_a_side_joined_to_the_subject_is_allied_with_whom_the_subject_fights_beside(
    text: str, published: dt.date, co_doer: str, ally: str, relations_found: Any
) -> None:
    found = _ties(text, published, relations_found)
    assert ("allied", co_doer, ally) in found or ("allied", ally, co_doer) in found


@pytest.mark.parametrize(
    ("text", "published", "backer", "backed"),
    [
        ("Saudi Arabia and several other Gulf states – backed by Washington – bombed the Houthis.", dt.date(2018, 1, 1), "USA", "SAU"),
        ("Egypt and three other Arab states – armed by Russia – joined the war.", dt.date(2018, 1, 1), "RUS", "EGY"),
        ("Iran and several other Shiite powers – backed by Moscow – sent fighters to Syria.", SYRIA_2016, "RUS", "IRN"),
        ("The UAE and two other Arab states, backed by France, sent jets to Libya.", dt.date(2018, 1, 1), "FRA", "ARE"),
        ("Hezbollah and other Shiite militias, backed by Iran, fought near Aleppo.", SYRIA_2016, "IRN", "HEZBOLLAH"),
        ("The SDF and several other Kurdish groups, armed by Washington, advanced on Raqqa.", dt.date(2017, 3, 1), "USA", "SDF"),
    ],
)
def test_a_name_joined_to_other_sides_of_its_kind_is_backed_with_them(
    text: str, published: dt.date, backer: str, backed: str, relations_found: Any
) -> None:
    assert ("backs", backer, backed) in _ties(text, published, relations_found)
