"""One antecedent search for a pronoun that names a side, shared by relations, events and
control (extract/referents.py through anaphora.pronoun_antecedent): the clause before a
";" first, then up to two sentences back in the paragraph; the pronoun agrees in number
("they" is no state and no "army"), and two candidates of its number leave it unread.
Paragraphs written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

DATE = dt.date(2017, 5, 1)


def _ties(relations_found, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _ in relations_found(text, DATE)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # the clause before a semicolon names the side
        (("The Peshmerga retook three hamlets near Bashiqa on Tuesday; they fought the Islamic State "
         "there until dusk."), ("fights", "PESHMERGA", "ISIS")),
        ("Hezbollah has held the ridge above the valley for a week; it is backed by Iran.",
         ("backs", "IRN", "HEZBOLLAH")),
        # "they" passes over a state subject to the one plural side
        (("Iran has trained the Popular Mobilization Forces since the summer of 2014. They are fighting "
         "the Islamic State in the desert west of the city."), ("fights", "PMF", "ISIS")),
        # a thing as the subject, the side as the passive's agent
        (("The push toward the border was carried out by Free Syrian Army factions last winter. They are "
         "backed by Turkey."), ("backs", "TUR", "FSA")),
    ],
)
def test_a_pronoun_stands_for_the_side_of_its_number(relations_found, text: str, tie: tuple[str, str, str]) -> None:
    found = _ties(relations_found, text)
    kind, a, b = tie
    assert any(k == kind and x.startswith(a) and y.startswith(b) for k, x, y in found), found


def test_they_is_not_the_state_before_it(relations_found) -> None:
    text = ("Iran has trained the Popular Mobilization Forces since the summer of 2014. They are fighting "
            "the Islamic State in the desert west of the city.")
    found = _ties(relations_found, text)
    assert not any(k == "fights" and "IRN" in (a, b) for k, a, b in found), found


def test_them_stands_for_every_side_of_a_coordinated_subject(relations_found) -> None:
    text = ("The Syrian army and Hezbollah pushed into the Qalamoun mountains in May. The Nusra Front "
            "ambushed them on a pass above Arsal.")
    found = _ties(relations_found, text)
    pairs = {frozenset((a, b)) for k, a, b in found if k == "fights"}
    assert frozenset(("JABHAT_AL_NUSRA", "HEZBOLLAH")) in pairs, found
    assert any("JABHAT_AL_NUSRA" in p and any(x.startswith("SYR") for x in p) for p in pairs), found


@pytest.mark.parametrize(
    "text",
    [
        # two sides of the pronoun's number: unread
        "The Syrian army shelled the YPG and Ahrar al-Sham near the dam at dawn. They are backed by Turkey.",
        # the subject before is a thing of the pronoun's number: it may stand for the thing
        "The truce between the Syrian army and the rebels collapsed in March. It had been backed by Turkey.",
        # a paragraph break: a new paragraph names its sides afresh
        "Iran has trained the Popular Mobilization Forces for years.\n\nThey are backed by Turkey.",
    ],
)
def test_an_unclear_pronoun_is_left_unread(relations_found, text: str) -> None:
    found = _ties(relations_found, text)
    assert not any(k == "backs" and a.startswith("TUR") for k, a, _ in found), found


def test_a_pronoun_after_a_quoting_colon_is_not_the_speaker(relations_found) -> None:
    text = "Hezbollah's leader warned on Sunday: they are armed by Israel and we will crush them."
    found = _ties(relations_found, text)
    assert not any(k == "backs" and b == "HEZBOLLAH" for k, _, b in found), found


def test_both_sides_are_others_than_the_relative_clause_doer(relations_found) -> None:
    text = ("The Iraqi army took the city from the Peshmerga in a single day. Washington, which had "
            "armed both sides for years, stayed out of the quarrel.")
    found = _ties(relations_found, text)
    assert ("backs", "USA", "PESHMERGA") in {(k, a, b) for k, a, b in found}, found
    assert not any(k == "backs" and a == "USA" and b == "USA" for k, a, b in found), found


def test_control_reads_the_same_antecedent() -> None:
    text = ("Iran has paid and armed the Popular Mobilization Forces since 2014. They captured the town "
            "of Baiji from the Islamic State in October.")
    changes = process_texts([text], dates=[DATE])[0].control_changes
    takers = {c.new_controller for c in changes if c.place_text == "Baiji"}
    assert "PMF" in takers and "IRN" not in takers, changes


def test_events_read_the_same_antecedent(events_found) -> None:
    text = ("Iran has armed the Houthis since the war began. They fired two missiles at Riyadh on "
            "Sunday night.")
    doers = {e.source_actor for e in events_found(text, DATE) if e.type == "ASSAULT"}
    assert "HOUTHIS" in doers and not any(d.startswith("IRN") for d in doers), doers


@pytest.mark.parametrize(
    "text",
    [
        # "they" after two clauses with a side each
        "Jaysh al-Islam controls Douma, and Faylaq al-Rahman holds Arbin. They have fought the regime since 2012.",
        # a definite plural pair noun for the two sides named before
        "Jaysh al-Islam controls Douma, and Faylaq al-Rahman holds Arbin. The rivals have fought the regime since 2012.",
    ],
)
def test_a_plural_reference_stands_for_both_sides_named(relations_found, text: str) -> None:
    found = _ties(relations_found, text)
    enemies = {a for k, a, b in found if k == "fights" and b == "SYR_GOV"}
    assert {"JAYSH_AL_ISLAM", "FAYLAQ_AL_RAHMAN"} <= enemies, found


def test_they_after_two_clauses_skips_a_state(relations_found) -> None:
    text = "The YPG holds the dam, and Turkey shells its villages. They have fought the Islamic State since 2014."
    found = _ties(relations_found, text)
    assert ("fights", "YPG", "ISIS") in found or ("fights", "ISIS", "YPG") in found, found
    assert not any(k == "fights" and "ISIS" in (a, b) and "TUR" in (a + b) for k, a, b in found), found


def test_the_rivals_of_three_sides_are_unread(relations_found) -> None:
    text = ("Jaysh al-Islam, Faylaq al-Rahman and the Nusra Front hold the enclave. The rivals have "
            "fought the regime since 2012.")
    found = _ties(relations_found, text)
    assert not any(k == "fights" and b == "SYR_GOV" and a == "FAYLAQ_AL_RAHMAN" for k, a, b in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (("Iran and Saudi Arabia have competed for influence in Yemen for years. The latter is at war "
         "with the Houthis."), ("fights", "SAU", "HOUTHIS")),
        (("Russia backs the Syrian government, and Turkey backs the rebels. The latter is at war with "
         "the Nusra Front."), ("fights", "TUR", "JABHAT_AL_NUSRA")),
    ],
)
def test_the_former_and_the_latter_are_the_two_subjects_before(relations_found, text: str, tie: tuple[str, str, str]) -> None:
    kind, a, b = tie
    found = _ties(relations_found, text)
    assert any(k == kind and x.startswith(a) and y == b for k, x, y in found), found


def test_the_former_of_three_sides_is_unread(relations_found) -> None:
    text = "Russia, Iran and Turkey met in Astana. The former is at war with the Nusra Front."
    found = _ties(relations_found, text)
    assert not any(k == "fights" and b == "JABHAT_AL_NUSRA" and a.startswith("RUS") for k, a, b in found), found

