"""Whose men a class noun names when the group's name stands after it: "rebels belonging
to X", "gunmen fighting for X" (extract/memberlinks.py), and a descriptor with the group's
name in apposition, "fighters from the X offshoot, Y" or "the X-backed militia, Y"
(extract/context.py ``_apposed``): the doer is the group named, not the class, nor the
parent the descriptor mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 5, 1)


def _doers(text: str) -> set[str]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {e.source_actor for e in result.events if e.type == "ASSAULT"}


def _takers(text: str) -> set[str]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {c.new_controller for c in result.control_changes}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # men belonging to a group are its men
        ("Rebels belonging to Ahrar al-Sham attacked a government checkpoint outside Hama on Saturday.", "AHRAR_AL_SHAM"),
        ("Gunmen belonging to the Nusra Front ambushed an army patrol on the road to Ariha.", "JABHAT_AL_NUSRA"),
        ("Foreign fighters fighting for the Islamic State shelled Kurdish positions near Kobani.", "ISIS"),
        # the name in apposition is the doer, not the descriptor
        ("The al-Qaida affiliate, the Nusra Front, shelled army positions in Hama.", "JABHAT_AL_NUSRA"),
        ("Gunmen from the Iran-backed militia, Kataib Hezbollah, fired rockets at a US base near Baghdad.", "KATAIB_HEZBOLLAH"),
        ("The Iran-backed militia, Kataib Hezbollah, fired rockets at a US base near Baghdad.", "KATAIB_HEZBOLLAH"),
        # near misses: a looser tie names no group's own men, the class stays
        ("Gunmen linked to Ahrar al-Sham attacked a government checkpoint outside Hama on Saturday.", "GEN_GUNMEN"),
        # ... and a name keeps its own mention; the apposition only describes it
        ("The Nusra Front, al-Qaida's Syrian affiliate, shelled army positions in Hama.", "JABHAT_AL_NUSRA"),
        ("Kataib Hezbollah, an Iran-backed militia, fired rockets at a US base near Baghdad.", "KATAIB_HEZBOLLAH"),
    ],
)
def test_the_doer_is_the_group_the_words_name(text: str, doer: str) -> None:
    assert _doers(text) == {doer}


def test_a_capture_by_an_offshoots_fighters_is_the_offshoots() -> None:
    text = "Militants from the Qaeda offshoot, the Nusra Front, seized Kafr Nabl on Saturday night."
    assert _doers(text) == {"JABHAT_AL_NUSRA"}
    assert _takers(text) == {"JABHAT_AL_NUSRA"}


def _sides(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(ASSAULT doer/target pairs, fights pairs) of the text."""
    (result,) = process_texts([text], dates=[PUBLISHED])
    acts = {(e.source_actor, e.target_actor) for e in result.events if e.type == "ASSAULT"}
    fights = {(r.source_actor, r.target_actor) for r in result.relations if r.kind == "fights"}
    return acts, fights


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the parent a descriptor names is no enemy the article gives the deed
        ("The Islamic State, an al-Qaida splinter group, seized the town of Tabqa.", ("ISIS", "")),
        ("Hurras al-Din, an al-Qaida offshoot, stormed the village of Kafr Nabl on Friday.", ("HURRAS_AL_DIN", "")),
        # the branch named in apposition acts; the side it hits is named
        (
            "Militants from the Islamic State's Afghan branch, ISIS-K, attacked a Taliban checkpoint in Jalalabad.",
            ("ISIS_KHORASAN", "TALIBAN"),
        ),
    ],
)
def test_a_parent_named_as_descriptor_is_neither_doer_nor_enemy(text: str, act: tuple[str, str]) -> None:
    acts, fights = _sides(text)
    assert acts == {act}
    assert all("AL_QAEDA" not in pair for pair in fights)


def test_a_group_named_as_a_party_stays_the_enemy() -> None:
    acts, fights = _sides("The Islamic State seized the town of Tabqa, a day after al-Qaida fighters abandoned it.")
    assert acts == {("ISIS", "AL_QAEDA")}
    assert ("ISIS", "AL_QAEDA") in fights


def _ties(text: str, kind: str) -> set[tuple[str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {(r.source_actor, r.target_actor) for r in result.relations if r.kind == kind}


@pytest.mark.parametrize(
    ("text", "kind", "tie", "not_tie"),
    [
        (
            "Al-Qaida-linked gunmen belonging to the Nusra Front stormed an army checkpoint near Ariha.",
            "allied",
            ("JABHAT_AL_NUSRA", "AL_QAEDA"),
            ("GEN_GUNMEN", "AL_QAEDA"),
        ),
        (
            "Gunmen from the Iran-backed militia, Kataib Hezbollah, fired rockets at a US base near Baghdad.",
            "backs",
            ("IRN", "KATAIB_HEZBOLLAH"),
            ("IRN", "PMF"),
        ),
        (
            "The Iran-backed militia, Kataib Hezbollah, fired rockets at a US base near Baghdad.",
            "backs",
            ("IRN", "KATAIB_HEZBOLLAH"),
            ("IRN", "PMF"),
        ),
    ],
)
def test_a_descriptors_tie_goes_to_the_group_it_names(
    text: str, kind: str, tie: tuple[str, str], not_tie: tuple[str, str]
) -> None:
    ties = _ties(text, kind)
    assert tie in ties
    assert not_tie not in ties


def test_a_backed_class_naming_no_group_keeps_its_tie() -> None:
    assert ("IRN", "PMF") in _ties("Iran-backed militias fired rockets at a US base near Baghdad.", "backs")
