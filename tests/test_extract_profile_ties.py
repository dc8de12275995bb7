"""Ties stated in encyclopaedic group profiles (issue #12; sentences written for these tests):

- a gloss of a name in another script or language in brackets ("X (Arabic: ..., romanized
  ...), also known as Y, is ...") is page furniture, blanked out in place (ingest/furniture.py);
  the parser then reads the profile's first sentence, its subject and its ties;
- close ties between two armed groups ally them ("has close ties to", "maintains strong
  links with", "a militia with deep ties to", "X's close relationship with", "deepened its
  bonds with"); a tie to a state, or with no word of closeness, is none (extract/profileties.py);
- a group that is one of the class that formed, founded or makes up another is its member,
  and its ally, also when the other is a state's umbrella force of militias (extract/
  profileties.py, extract/oneofclass.py, extract/memberallies.py);
- descriptions are no ties: "Iraqis form its core. It fights ..." (the people named by a
  plural demonym are no "it": extract/referents.py), "a group linked to the Shia community"
  (a people is no ally: extract/noteties.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

from frontwatch.ingest.furniture import blank_out, find_furniture
from frontwatch.pipeline import process_texts

_DAY = dt.date(2019, 5, 1)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, _DAY)


# --- glosses in brackets -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        ("The Hamza Division (Arabic: فرقة الحمزة) is a rebel group.", "(Arabic: فرقة الحمزة)"),
        ("Operation Olive Branch (Turkish: Zeytin Dalı Harekâtı) began in January.",
         "(Turkish: Zeytin Dalı Harekâtı)"),
        ("The Quds Force (Persian: نیروی قدس, romanized: Niru-ye Qods) trains militias.",
         "(Persian: نیروی قدس, romanized: Niru-ye Qods)"),
        ("Wagner (Russian: Группа Вагнера) fought in Libya.", "(Russian: Группа Вагнера)"),
        ("The group (JAM; جيش المهدي) fought in Najaf.", "(JAM; جيش المهدي)"),
        ("Jabhat Ansar al-Din (lit. 'Front of the Supporters of the Faith') joined the alliance.",
         "(lit. 'Front of the Supporters of the Faith')"),
    ],
)
def test_a_gloss_in_brackets_is_blanked_in_place(text: str, gloss: str) -> None:
    pieces = find_furniture(text)
    assert [(p.kind, p.text) for p in pieces] == [("gloss", gloss)]
    blanked = blank_out(text, pieces)
    assert len(blanked) == len(text) and gloss not in blanked
    assert blanked.replace(" ", "") == text.replace(gloss, "").replace(" ", "")  # no full stop added


@pytest.mark.parametrize(
    "text",
    [
        "The Popular Mobilization Forces (PMF) took the town.",
        "The base covers six square kilometres (2.3 sq mi) south of the city.",
        "The name is Arabic for 'the base' (Arabic for the base) and is old.",
        "Rebels (some of them Islamists) held the hill.",
    ],
)
def test_brackets_of_the_texts_own_are_kept(text: str) -> None:
    assert [p for p in find_furniture(text) if p.kind == "gloss"] == []


def test_a_profile_opened_by_a_gloss_keeps_its_ties(relations_found: Any) -> None:
    text = (
        "The Army of Revolutionaries (Arabic: جيش الثوار, romanized: Jaysh al-Thuwar), also known "
        "as Jaysh al-Thuwar, is an armed coalition that is allied with the People's Protection "
        "Units (YPG) and fights as part of the Syrian Democratic Forces (SDF)."
    )
    ties = _ties(relations_found, text)
    assert tied(ties, "allied", "JAYSH_AL_THUWAR", "YPG"), ties
    assert tied(ties, "allied", "JAYSH_AL_THUWAR", "SDF"), ties


# --- close ties ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kataib Hezbollah has close ties to the Badr Organization.", "KATAIB_HEZBOLLAH", "BADR"),
        ("Kataib Hezbollah maintains strong links with Harakat al-Nujaba.", "KATAIB_HEZBOLLAH", "NUJABA"),
        ("The Badr Organization, a militia with deep ties to Asaib Ahl al-Haq, deployed fighters near Tikrit.",
         "BADR", "ASAIB_AHL_AL_HAQ"),
        ("Ahrar al-Sham's close relationship with the Nusra Front worried Western diplomats.",
         "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
        ("Asaib Ahl al-Haq is a Shia militia. It has long-standing ties with Kataib Hezbollah.",
         "ASAIB_AHL_AL_HAQ", "KATAIB_HEZBOLLAH"),
    ],
)
def test_close_ties_between_armed_groups_ally_them(relations_found: Any, text: str, a: str, b: str) -> None:
    assert tied(_ties(relations_found, text), "allied", a, b)


@pytest.mark.parametrize(
    "text",
    [
        "The militia has close ties to the Syrian government.",
        "Hezbollah has long-standing relations with Iran.",
        "The rebels have close ties to the local population.",
        "Asaib Ahl al-Haq said it has no ties to the Islamic State.",
    ],
)
def test_no_alliance_from_ties_to_a_state_or_a_population_or_denied(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(kind == "allied" for kind, a, b in ties), ties


# --- founding members ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        ("Asaib Ahl al-Haq was among the groups that founded the Popular Mobilization Forces.",
         "ASAIB_AHL_AL_HAQ", "PMF"),
        ("The Sham Legion is one of the factions that make up the National Front for Liberation.",
         "FAYLAQ_AL_SHAM", "NLF"),
        (("Kataib Hezbollah is an Iraqi militia. The group is one of the original militias that "
          "formed the Popular Mobilization Forces in 2014."), "KATAIB_HEZBOLLAH", "PMF"),
        ("In 2015 Jaysh al-Thuwar became one of the constituents of the Syrian Democratic Forces.",
         "JAYSH_AL_THUWAR", "SDF"),
        ("Ahrar al-Sham, one of the groups that established the Islamic Front, shelled the base.",
         "AHRAR_AL_SHAM", "ISLAMIC_FRONT"),
    ],
)
def test_one_of_the_groups_that_formed_a_force_is_its_member_and_ally(
    relations_found: Any, text: str, member: str, whole: str
) -> None:
    ties = _ties(relations_found, text)
    assert ("member_of", member, whole) in ties, ties
    assert tied(ties, "allied", member, whole), ties


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State is one of the groups that the coalition formed a task force against.",
        "Asaib Ahl al-Haq is one of the militias that Iran trained in 2014.",
    ],
)
def test_no_membership_without_a_founding_by_the_class(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(kind == "member_of" for kind, a, b in ties), ties


# --- descriptions that are no ties -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group", "people"),
    [
        (("Kataib Hezbollah is an Iraqi Shia militia. Iraqis form its primary constituent. "
          "It fights mainly around Baghdad."), "KATAIB_HEZBOLLAH", "IRQ"),
        (("Liwa Fatemiyoun is a Shia militia. Afghans make up most of its ranks. "
          "It fought near Palmyra in 2016."), "FATEMIYOUN", "AFG"),
    ],
)
def test_it_after_a_people_named_by_demonym_is_the_profiled_group(
    relations_found: Any, events_found: Any, text: str, group: str, people: str
) -> None:
    doers = {e.source_actor for e in events_found(text, _DAY)}
    assert group in doers and people not in doers, doers
    ties = _ties(relations_found, text)
    assert not any(people in (a, b) for kind, a, b in ties), ties


def test_a_group_linked_to_a_community_is_no_ally_of_it() -> None:
    text = "Saraya al-Salam is an Iraqi armed group linked to Iraq's Shia community."
    result = process_texts([text], dates=[_DAY])[0]
    assert not [r for r in result.relations if r.kind == "allied"], result.relations


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah is an Iraqi paramilitary group which used to be part of the Popular Mobilization Forces.",
        "The Hamza Brigade used to be a faction of the Free Syrian Army.",
    ],
)
def test_a_membership_told_as_a_past_habit_is_over(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(kind in ("member_of", "allied") for kind, a, b in ties), ties


def test_a_membership_told_in_the_present_stands(relations_found: Any) -> None:
    text = "Kataib Hezbollah is an Iraqi paramilitary group which is part of the Popular Mobilization Forces."
    assert tied(_ties(relations_found, text), "allied", "KATAIB_HEZBOLLAH", "PMF")


@pytest.mark.parametrize(
    ("text", "founded"),
    [
        ("The Nujaba Movement was established in 2013 by Akram Kaabiyi, a cleric.", "NUJABA"),
        ("Liwa al-Quds was founded by Samir Abdulhadi Bakrani in 2013 and is backed by Russia.", "LIWA_AL_QUDS"),
    ],
)
def test_a_founder_the_kb_does_not_know_by_name_backs_nothing(relations_found: Any, text: str, founded: str) -> None:
    backers = {a for kind, a, b, _ in relations_found(text, _DAY) if kind == "backs" and b == founded}
    assert "" not in backers, backers


def test_the_group_founded_to_support_a_side_backs_it(relations_found: Any) -> None:
    text = "The Nujaba Movement is an Iraqi militia. It was established in 2013 by Akram Kaabiyi to support Bashar al-Assad."
    ties = _ties(relations_found, text)
    assert any(kind == "backs" and a == "NUJABA" for kind, a, b in ties), ties
    assert not any(kind == "backs" and b == "NUJABA" for kind, a, b in ties), ties
