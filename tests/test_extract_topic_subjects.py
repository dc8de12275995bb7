"""Subjects that refer back to the group the copy is about.

- "The group", "The militia" as the subject of its main clause continue the topic (the
  subject before it) when the sentence before names two groups; a name that only says what
  another is called ("described them as Shabiha") is no antecedent (kb/actors/topics.py).
- "It", "They" after a sentence that describes the group ("X is a Shiite militia", "was
  founded as a coalition of rebel factions", "to guard Shia shrines") stand for the group:
  the class in the description names no other side (extract/retold.py ``_describes``).
- "fighters from X Brigade" are X, whatever X's spelling (kb/actors/phrasematch.py).
- "congratulated X on their victory in T": "their" is X, whom the verb praises, not the
  speaker (extract/possessors.py ``praised_ones``, control_nouns.py's winner).
Paragraphs written for these tests in reporting style."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

DATE = dt.date(2016, 5, 1)


def _events(events_found, text: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source_actor, e.target_actor) for e in events_found(text, DATE)}


def _ties(relations_found, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _ in relations_found(text, DATE)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "Jaysh al-Thuwar clashed with Jabhat al-Nusra near Azaz. The group later joined the "
                "Syrian Democratic Forces."
            ),
            ("member_of", "JAYSH_AL_THUWAR", "SDF"),
        ),
        (
            (
                "The Hamza Division exchanged fire with Ahrar al-Sham outside al-Bab on Monday. The group "
                "is backed by Turkey."
            ),
            ("backs", "TUR", "HAMZA_DIVISION"),
        ),
    ],
)
def test_a_class_subject_continues_the_topic_of_the_sentence_before(
    relations_found, text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _ties(relations_found, text)


def test_a_name_that_only_says_what_another_is_called_is_no_antecedent(relations_found) -> None:
    text = (
        "Liwa al-Quds was set up in 2013 as a pro-government militia. Opposition activists "
        "described them as Shabiha.\n\nBy 2015, the group had lost 200 men. The group fought "
        "alongside the Syrian Army near Aleppo in late 2015."
    )
    ties = _ties(relations_found, text)
    assert ("allied", "LIWA_AL_QUDS", "SYR_MIL") in ties
    assert not any("SHABIHA" in (a, b) for _, a, b in ties)


def test_a_class_subject_after_two_joined_sides_stays_open(events_found) -> None:
    text = (
        "Ahrar al-Sham fighters and Islamic State militants clashed near Marea. The group later "
        "withdrew from the town."
    )
    retreats = {s for kind, s, _ in _events(events_found, text) if kind == "RETREAT"}
    assert retreats and not retreats & {"AHRAR_AL_SHAM", "ISIS"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            (
                "Liwa Abu al-Fadl al-Abbas is a Shiite militia active in Syria. It later cooperated with "
                "the Syrian Army in Aleppo."
            ),
            ("COOPERATE", "LIWA_ABU_FADL_AL_ABBAS", "SYR_MIL"),
        ),
        (
            (
                "Kataib Sayyid al-Shuhada was formed in 2013 to protect Shia shrines near Damascus. It "
                "subsequently coordinated with the Syrian army around the capital."
            ),
            ("COOPERATE", "KATAIB_SAYYID_AL_SHUHADA", "SYR_MIL"),
        ),
        (
            (
                "Jaysh al-Thuwar was founded in 2015 as a coalition of rebel factions. It later agreed to "
                "a truce with the Syrian government."
            ),
            ("AGREE", "JAYSH_AL_THUWAR", "SYR_GOV"),
        ),
    ],
)
def test_a_pronoun_after_a_description_stands_for_the_group_described(
    events_found, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _events(events_found, text)


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_a_pronoun_after_a_sentence_naming_two_sides_stays_unread(
    events_found, pronoun: str
) -> None:
    text = (
        f"The Syrian army shelled rebel positions near Hama. {pronoun} later agreed to a ceasefire."
    )
    agreeing = {s for kind, s, _ in _events(events_found, text) if kind == "AGREE"}
    assert "SYR_MIL" not in agreeing


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from the Nur al-Din al-Zinki Brigade seized a checkpoint near Aleppo on Sunday.",
        "Fighters from the Nour el-Din el-Zanki brigade seized a checkpoint near Aleppo on Sunday.",
        "Members of the Nour al-Din al-Zenki Movement seized a checkpoint near Aleppo on Sunday.",
    ],
)
def test_fighters_of_a_group_in_another_spelling_are_the_group(events_found, text: str) -> None:
    doers = {s for kind, s, _ in _events(events_found, text) if kind == "ASSAULT"}
    assert doers == {"NOUR_AL_DIN_AL_ZENKI"}


def _controls(text: str) -> set[tuple[str, str]]:
    result = process_texts([text], dates=[DATE])[0]
    return {(c.new_controller, c.place_text) for c in result.control_changes}


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        (
            (
                "Combined Joint Task Force officials congratulated the Iraqi government and its "
                "security forces on Friday on their victory over the Islamic State in the town of Rawa."
            ),
            "IRQ_MIL",
        ),
        (
            (
                "The State Department commended the Syrian Democratic Forces on Tuesday for their "
                "liberation of Raqqa from the Islamic State."
            ),
            "SDF",
        ),
        (
            "Russia's defense minister thanked the Syrian army for its capture of Palmyra from the Islamic State.",
            "SYR_MIL",
        ),
    ],
)
def test_a_deed_praised_is_the_praised_sides_not_the_speakers(text: str, taker: str) -> None:
    """ "congratulated X on their victory": "their" is X, whom the verb praises."""
    takers = {t for t, _ in _controls(text)}
    assert takers == {taker}
