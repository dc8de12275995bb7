"""Classes ("rebels", "the junta", "the paramilitaries", "militants") in reporting on the
wars beyond Syria and Iraq take the war's actor by the article's state and date."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published):
    article = article_from_text(text, published=published)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


@pytest.mark.parametrize(
    ("text", "published", "mention", "expected"),
    [
        # Myanmar after the coup of 1 February 2021
        (
            (
                "Myanmar's army lost another border post this week. The junta blamed the resistance "
                "for the fighting near Myawaddy."
            ),
            dt.date(2024, 4, 12),
            "The junta",
            "MMR_GOV",
        ),
        (
            (
                "Residents in Sagaing said the military junta had cut phone lines across Myanmar's "
                "north-west before the raids."
            ),
            dt.date(2023, 5, 2),
            "the military junta",
            "MMR_GOV",
        ),
        # Mali and Burkina Faso after their coups
        (
            (
                "Mali's army said it had pushed back an attack near Timbuktu. The ruling junta said "
                "the town was calm."
            ),
            dt.date(2023, 9, 10),
            "The ruling junta",
            "MLI_GOV",
        ),
        (
            (
                "Burkina Faso's soldiers patrolled Djibo after the raid; the military government "
                "promised more troops."
            ),
            dt.date(2023, 3, 1),
            "the military government",
            "BFA_GOV",
        ),
        # Sudan's war from 15 April 2023: "the paramilitaries" are the RSF
        (
            (
                "Sudan's army said its jets struck positions in Omdurman. The paramilitaries "
                "shelled the city's markets in reply."
            ),
            dt.date(2024, 2, 20),
            "The paramilitaries",
            "RSF_SDN",
        ),
        # Ethiopia's Tigray war, November 2020 to November 2022
        (
            "Rebels entered Mekelle on Monday as Ethiopian troops pulled out of Tigray.",
            dt.date(2021, 6, 29),
            "Rebels",
            "TDF",
        ),
        # Yemen after the Houthis took Sanaa in September 2014
        (
            "Yemen's government said rebels shelled its lines south of Marib overnight.",
            dt.date(2021, 3, 2),
            "rebels",
            "HOUTHIS",
        ),
        # Somalia's al-Shabaab insurgency
        (
            "Militants stormed an army base west of Mogadishu, Somali officials said.",
            dt.date(2022, 8, 1),
            "Militants",
            "AL_SHABAAB",
        ),
        (
            "Insurgents ambushed a convoy of Somali soldiers near Beledweyne.",
            dt.date(2019, 6, 4),
            "Insurgents",
            "AL_SHABAAB",
        ),
        # Afghanistan before the fall of Kabul
        (
            (
                "Insurgents overran a district centre in Afghanistan's Kunduz province, an Afghan "
                "official said."
            ),
            dt.date(2021, 7, 5),
            "Insurgents",
            "TALIBAN",
        ),
        # eastern DR Congo from M23's return in 2022
        (
            "Congolese troops retreated as rebels advanced towards Goma in North Kivu.",
            dt.date(2025, 1, 24),
            "rebels",
            "M23",
        ),
        # separatists: the Donbas 2014-2022, Yemen's south from the STC, Mali's north
        (
            "Separatist fighters shelled Ukrainian positions near Debaltseve overnight.",
            dt.date(2015, 1, 30),
            "Separatist fighters",
            "DONBAS_SEPARATISTS",
        ),
        (
            "Pro-Russian militants stormed a police station in Ukraine's Donetsk region.",
            dt.date(2014, 5, 20),
            "Pro-Russian militants",
            "DONBAS_SEPARATISTS",
        ),
        (
            "Yemeni government troops clashed with southern separatists in Aden on Sunday.",
            dt.date(2019, 8, 11),
            "southern separatists",
            "STC",
        ),
        (
            "Separatist rebels overran an army camp near Kidal, Mali's defence ministry said.",
            dt.date(2012, 3, 30),
            "Separatist rebels",
            "MNLA",
        ),
        # undated copy: classes that meant one actor over the whole war
        (
            "Somali officials said the militants attacked a base near Baidoa.",
            None,
            "the militants",
            "AL_SHABAAB",
        ),
        ("Yemen's army said rebels shelled Taiz again.", None, "rebels", "HOUTHIS"),
    ],
)
def test_a_class_takes_the_wars_actor_by_state_and_date(
    actor_kb, actor_nlp, text, published, mention, expected
):
    found = _found(actor_kb, actor_nlp, text, published)
    assert found[mention].actor_id == expected


@pytest.mark.parametrize(
    ("text", "published", "mention"),
    [
        # before Myanmar's 2021 coup "the junta" is no actor of that war
        (
            "Myanmar's army patrolled Rakhine. The junta was dissolved years ago, officials said.",
            dt.date(2016, 5, 1),
            "The junta",
        ),
        # after the fall of Kabul the Taliban rule: "insurgents" are someone else
        (
            "Insurgents attacked a Taliban checkpoint in Afghanistan's Panjshir valley.",
            dt.date(2022, 5, 9),
            "Insurgents",
        ),
        # Sudan before the war: "the paramilitaries" is not yet a side of it
        (
            "Sudan's army and the paramilitaries guarded Khartoum during the protests.",
            dt.date(2019, 4, 20),
            "the paramilitaries",
        ),
    ],
)
def test_outside_the_wars_dates_the_class_stays_generic(
    actor_kb, actor_nlp, text, published, mention
):
    found = _found(actor_kb, actor_nlp, text, published)
    assert found[mention].resolution != "context" or "state:" not in found[mention].note
