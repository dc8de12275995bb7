"""A fight whose one end the article's context supplied is dropped when the deed's own
phrase names another side as its aim (extract/filledends.py), and kept otherwise; driving
an armed group out of a place is a fight, not a criticism, and a membership or
leadership said to be over is no tie (extract/tieguards.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)

# an article that names Nusra most, so a one-sided deed later gets Nusra as its rival
_NUSRA = (
    "Nusra Front fighters stormed two checkpoints near Idlib on Sunday. Nusra Front militants "
    "also shelled the town of Fua. Nusra Front said it would press on. "
)
# one that names the Islamic State most
_ISIS = (
    "Islamic State fighters overran a hilltop near Palmyra on Sunday. Islamic State militants "
    "also shelled the airbase. The Islamic State said it would press on. "
)


def _fights(relations_found: Any, text: str) -> set[tuple[str, str]]:
    return {(a, b) for kind, a, b, _ in relations_found(text, PUBLISHED) if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the deed's object names the government side, not the article's main rival
            "Nusra Front fighters attacked government posts near Idlib on Sunday. "
            + _ISIS.replace("Sunday", "Monday"),
            ("JABHAT_AL_NUSRA", "ISIS"),
        ),
        (
            _ISIS + "Russian jets struck rebel-held villages north of Homs on Monday.",
            ("RUS_AIRFORCE", "ISIS"),
        ),
        (  # a class of fighters named as what the deed hit
            _ISIS + "Syrian helicopters dropped barrel bombs on opposition-held parts of Daraa.",
            ("SYR_AIRFORCE", "ISIS"),
        ),
    ],
)
def test_a_context_rival_the_deeds_phrase_contradicts_is_dropped(relations_found, text, wrong):
    fights = _fights(relations_found, text)
    assert wrong not in fights and wrong[::-1] not in fights, fights


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (  # the phrase names no side: the article's rival stands
            _NUSRA + "Russian jets carried out more strikes on Monday.",
            ("RUS_AIRFORCE", "JABHAT_AL_NUSRA"),
        ),
        (  # the phrase names the rival by a class that may be its name
            _ISIS + "Russian warplanes pounded militant positions east of the city.",
            ("RUS_AIRFORCE", "ISIS"),
        ),
        (  # co-doers named in the phrase are no aim
            _ISIS + "Iraqi troops launched a counter-offensive with air support from the "
            "French, American and British air forces.",
            ("USA", "ISIS"),
        ),
    ],
)
def test_a_context_rival_the_phrase_does_not_contradict_stays(relations_found, text, tie):
    fights = _fights(relations_found, text)
    assert tie in fights or tie[::-1] in fights, fights


def test_a_side_named_as_the_targets_backer_is_no_aim(relations_found):
    text = (
        "Islamic State fighters overran a hilltop near al-Bukamal. Islamic State militants "
        "shelled the border crossing. The Islamic State said it would press on. US jets "
        "struck depots used by militias backed by Iran on Monday."
    )
    fights = _fights(relations_found, text)
    assert ("IRN", "USA") not in fights and ("USA", "IRN") not in fights, fights


@pytest.mark.parametrize(
    "text",
    [
        (
            "The army and allied militias pressed on with operations to expel ISIS terrorists from "
            "the districts they had overrun in the spring."
        ),
        (
            "Al-Nusra Front fighters expelled Western-backed rebels from their positions in "
            "Idlib in November."
        ),
        "Rebel brigades expelled Islamic State militants from three villages near Azaz on Tuesday.",
        "Peshmerga forces were trying to expel ISIS fighters from the outskirts of the town.",
    ],
)
def test_driving_an_armed_group_out_is_no_criticism(relations_found, text):
    found = relations_found(text, PUBLISHED)
    assert not any(kind == "criticizes" for kind, *_ in found), found


def test_expelling_a_states_diplomats_stays_a_criticism(relations_found):
    found = relations_found(
        "Turkey expelled two Syrian diplomats on Monday over the shelling.", PUBLISHED
    )
    assert any(kind == "criticizes" and a == "TUR" for kind, a, _b, _c in found), found


# sentence -> the kind and source of the tie it would state, and whether it still holds
_LASTING_TIES = {
    "Islamic State was once the Iraqi branch of al-Qaeda.": ("member_of ISIS", False),
    "Jolani, the former emir of the Nusra Front, spoke.": ("leads P_ABU_MOHAMMAD_AL_JOLANI", False),
    "Zahran Alloush, the onetime commander of Jaysh al-Islam, died.": (
        "leads P_ZAHRAN_ALLOUSH",
        False,
    ),
    "The Nusra Front, al-Qaeda's Syrian affiliate, shelled Hama.": (
        "member_of JABHAT_AL_NUSRA",
        True,
    ),
    "Jolani, the emir of the Nusra Front, spoke in a video.": (
        "leads P_ABU_MOHAMMAD_AL_JOLANI",
        True,
    ),
}


@pytest.mark.parametrize(("text", "tie_and_current"), list(_LASTING_TIES.items()))
def test_only_a_membership_or_leadership_not_said_to_be_over_is_a_tie(
    relations_found, text, tie_and_current
):
    tie, current = tie_and_current
    found = {(k, a, b) for k, a, b, _ in relations_found(text, PUBLISHED) if f"{k} {a}" == tie}
    assert bool(found) == current, found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Jaish al-Fatah fighters stormed Jisr al-Shughur on Saturday. Jaish al-Fatah said the "
            "town had fallen. Jaish al-Fatah vowed to push on toward the coast. Nusra Front "
            "militants shelled the nearby villages on Sunday."
        ),
        (
            "Jaish al-Fatah overran the airbase on Wednesday. Jaish al-Fatah fighters then moved "
            "south. Jund al-Aqsa fighters fired rockets at the village later that day."
        ),
    ],
)
def test_a_member_of_jaish_al_fatah_is_not_set_against_it(relations_found, text):
    """The KB's dated members of the Idlib operations room (2015) are its friends."""
    fights = {
        (a, b) for kind, a, b, _ in relations_found(text, dt.date(2015, 6, 1)) if kind == "fights"
    }
    assert not any("JAISH_AL_FATAH" in pair for pair in fights), fights
