"""The review of h-relres15 (h-mend20): a junta's troops and jets are the army and air force
of the article's junta, not Myanmar's everywhere; a nationality before "occupiers" or
"invaders" names that state's army; "PDFs" alone is a file format; "Russian instructors"
in Syria are Russia's army; "the mujahideen" al-Shabaab only in Somalia; African
Union troops in Darfur UNAMID. Sentences and dates written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract


def _actor(text: str, published: str, phrase: str) -> str:
    """The actor of the phrase's mention after the whole pipeline ("" when none)."""
    found = extract(text, dt.date.fromisoformat(published))
    return next((m.actor_id or "" for m in found.mentions if m.text.lower() == phrase.lower()), "")


# (phrase, article date, sentence, the actor it must resolve to)
CASES = [
    # a junta's troops and aircraft: its own state's, from its coup
    (
        "Junta soldiers",
        "2023-02-14",
        "Junta soldiers torched houses in a village of Sagaing Region, Myanmar.",
        "MMR_MIL",
    ),
    (
        "junta helicopters",
        "2024-03-09",
        "Residents of Tamu, Myanmar, fled as junta helicopters circled the town.",
        "MMR_AIRFORCE",
    ),
    (
        "Junta troops",
        "2022-11-30",
        "Junta troops searched homes in Sévaré, central Mali, after an ambush.",
        "MLI_MIL",
    ),
    (
        "junta jets",
        "2023-12-01",
        "Villagers near Dori, Burkina Faso, said junta jets struck a cattle market.",
        "BFA_AIRFORCE",
    ),
    (
        "Junta forces",
        "2022-01-17",
        "Junta forces fired tear gas at marchers in Omdurman, Sudan.",
        "SDN_SAF",
    ),
    (
        "junta forces",
        "2024-02-21",
        "Fighters ambushed junta forces on the road to Tillaberi, Niger.",
        "NER_MIL",
    ),
    # a nationality before invaders / occupiers: that state's army
    (
        "Turkish occupiers",
        "2018-03-05",
        "Turkish occupiers shelled a bakery in Jinderes, Syria, local activists said.",
        "TUR_MIL",
    ),
    (
        "the American occupiers",
        "2003-11-20",
        "A cleric in Baghdad, Iraq, urged resistance to the American occupiers.",
        "USA_MIL",
    ),
    (
        "Russian invaders",
        "2022-09-14",
        "Russian invaders mined the fields around Izium, Ukraine, before they fled.",
        "RUS_MIL",
    ),
    (
        "Ukrainian occupiers",
        "2024-08-20",
        "Moscow said Ukrainian occupiers shelled Sudzha in the Kursk region of Russia.",
        "UKR_MIL",
    ),
    # the bare words: the war decides (Iraq under the occupation authority)
    (
        "Occupation troops",
        "2003-09-18",
        "Occupation troops closed the main bridge in Tikrit, Iraq.",
        "USA_MIL",
    ),
    (
        "The invaders",
        "2022-06-11",
        "The invaders blew up the dam near Kakhovka, Ukraine, officials said.",
        "RUS_MIL",
    ),
    # "Russian instructors": Russia's army in Syria from its intervention
    (
        "Russian instructors",
        "2017-04-03",
        "Russian instructors drilled a new Syrian army brigade near Hama, Syria.",
        "RUS_MIL",
    ),
    (
        "Russian military instructors",
        "2019-08-12",
        "Russian military instructors stayed at the Hmeimim base in Syria.",
        "RUS_MIL",
    ),
    (
        "Russian instructors",
        "2022-07-19",
        "Russian instructors flew in with Malian troops to Menaka, Mali.",
        "WAGNER",
    ),
    (
        "Russian instructors",
        "2025-11-02",
        "Russian instructors joined Malian troops at Tessalit, Mali.",
        "AFRICA_CORPS",
    ),
    (
        "Russian instructors",
        "2024-09-15",
        "Russian instructors escorted Nigerien troops out of Ayorou, Niger.",
        "AFRICA_CORPS",
    ),
    # "the mujahideen" of Somali copy: al-Shabaab's
    (
        "The mujahideen",
        "2019-03-07",
        "The mujahideen stormed an army base near Janaale, Somalia, the group said.",
        "AL_SHABAAB",
    ),
    (
        "the mujahideen",
        "2012-01-22",
        "A statement said the mujahideen had downed a drone near Afgoye, Somalia.",
        "AL_SHABAAB",
    ),
    # the African Union's troops in Darfur: the hybrid mission
    (
        "four African Union peacekeepers",
        "2012-10-03",
        "Gunmen killed four African Union peacekeepers near Geneina, Sudan.",
        "UNAMID",
    ),
    (
        "AU troops",
        "2016-04-11",
        "AU troops escorted aid lorries to Nyala in Darfur, Sudan.",
        "UNAMID",
    ),
]


@pytest.mark.parametrize(("phrase", "published", "text", "expected"), CASES)
def test_phrase_resolves_by_its_war(phrase, published, text, expected):
    assert _actor(text, published, phrase) == expected


# where the phrase's war says otherwise, it must not become what it means elsewhere
NOT = [
    # Myanmar's junta is no other state's
    (
        "Junta troops",
        "2022-11-30",
        "Junta troops searched homes in Sévaré, central Mali, after an ambush.",
        {"MMR_MIL"},
    ),
    (
        "junta jets",
        "2023-12-01",
        "Villagers near Dori, Burkina Faso, said junta jets struck a cattle market.",
        {"MMR_AIRFORCE"},
    ),
    (
        "Junta forces",
        "2022-01-17",
        "Junta forces fired tear gas at marchers in Omdurman, Sudan.",
        {"MMR_MIL"},
    ),
    (
        "Junta soldiers",
        "2015-01-20",
        "Junta soldiers broke up a student rally in Bangkok, Thailand.",
        {"MMR_MIL", "THA_MIL"},
    ),
    # a Kurdish side's "occupiers" is no state's army
    (
        "Kurdish occupiers",
        "2019-11-02",
        "Turkish media said Kurdish occupiers shelled Tal Abyad, Syria.",
        {"GEN_INVADERS", "TUR_MIL"},
    ),
    # before the intervention, and in Afghanistan, no Russian army / no al-Shabaab
    (
        "Russian instructors",
        "2013-05-09",
        "Russian instructors serviced air defence batteries near Damascus, Syria.",
        {"RUS_MIL"},
    ),
    (
        "The mujahideen",
        "1987-04-15",
        "The mujahideen ambushed a Soviet convoy near Herat, Afghanistan.",
        {"GEN_JIHADISTS", "AL_SHABAAB"},
    ),
    (
        "the mujahideen",
        "2013-08-01",
        "Rebels said the mujahideen had reached the outskirts of Latakia, Syria.",
        {"AL_SHABAAB"},
    ),
    # African Union troops in Darfur before the hybrid mission
    (
        "African Union troops",
        "2006-02-09",
        "African Union troops escorted fuel tankers to Nyala, Sudan.",
        {"UNAMID"},
    ),
]


@pytest.mark.parametrize(("phrase", "published", "text", "wrong"), NOT)
def test_phrase_is_not_what_another_war_means(phrase, published, text, wrong):
    assert _actor(text, published, phrase) not in wrong


# "PDFs" alone is a file format; the People's Defence Force only by a fuller name
PDF_FORMAT = [
    ("2015-04-02", "The court in Kharkiv, Ukraine, posted its rulings as PDFs."),
    ("2023-06-19", "The election commission in Yangon, Myanmar, shared the voter lists as PDFs."),
    ("2021-10-05", "Lawyers in Naypyitaw, Myanmar, received the charge sheets as scanned PDFs."),
]


@pytest.mark.parametrize(("published", "text"), PDF_FORMAT)
def test_pdfs_alone_name_no_armed_group(published, text):
    found = extract(text, dt.date.fromisoformat(published))
    assert "PDF" not in {m.actor_id for m in found.mentions}


def test_pdf_fighters_stay_the_peoples_defence_force():
    text = "PDF fighters and local PDFs blew up a bridge near Pale, Sagaing Region, Myanmar."
    assert _actor(text, "2022-08-08", "PDF fighters") == "PDF"
    assert _actor(text, "2022-08-08", "local PDFs") == "PDF"
