"""A doer named only by what it is ("gunmen", "a suicide bomber", "the attackers") is the one
party the acts told just before name as their doer (extract/retold.py: name_class_doers)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 1)

# (text, the doer's words, the party they are) -- the acts just before name that party
NAMED_BEFORE = [
    (
        (
            "Al-Shabaab fighters raided an army outpost near Jowhar before dawn. Gunmen then set "
            "fire to the barracks and killed four soldiers, a local official said."
        ),
        "Gunmen", "AL_SHABAAB",
    ),
    (
        (
            "Boko Haram militants attacked the town of Damboa on Sunday night. A suicide bomber "
            "blew himself up at the main gate of the barracks."
        ),
        "A suicide bomber", "BOKO_HARAM",
    ),
    (
        (
            "Islamic State militants launched a dawn assault on police checkpoints west of Ramadi. "
            "The attackers used car bombs and rocket-propelled grenades against the police."
        ),
        "The attackers", "ISIS",
    ),
]

# (text, the doer's words, the party they must not be made)
NOT_ONE_PARTY = [
    (  # the words say no one knows who it was
        (
            "Regime forces shelled rebel-held districts of Deraa on Monday. Unidentified gunmen "
            "shot dead a local council member in the city."
        ),
        "Unidentified gunmen", "SYR",
    ),
    (  # two sides named as doers just before: either could be meant
        (
            "Government troops shelled rebel positions near Hama, and rebel fighters attacked an "
            "army checkpoint. Gunmen also ambushed a convoy on the highway."
        ),
        "Gunmen", "SYR",
    ),
    (  # the party is the act's own target
        (
            "Al-Shabaab militants attacked an army base on Monday. Gunmen later killed two "
            "al-Shabaab commanders."
        ),
        "Gunmen", "AL_SHABAAB",
    ),
    (  # told days later, several sentences on: another episode
        (
            "Taliban fighters stormed a police post in Kunduz on Monday. Officials said the district "
            "had been calm for weeks. Schools reopened on Tuesday. Markets were busy again. Gunmen "
            "killed a shopkeeper in Kunduz on Friday."
        ),
        "Gunmen", "TALIBAN",
    ),
]


def doer_top(text: str, words: str, kb) -> str:
    """The top party of the hostile act whose doer the sentence names by ``words``."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    doers = {e.source_text: e.source_actor for e in events if e.type in ("ASSAULT", "COERCE")}
    assert words in doers, doers
    return kb.top_of(doers[words]) if doers[words] else ""


@pytest.mark.parametrize(("text", "words", "party"), NAMED_BEFORE)
def test_a_class_doer_is_the_party_that_did_the_acts_just_told(
    engine, actor_kb, text: str, words: str, party: str
) -> None:
    assert doer_top(text, words, actor_kb) == actor_kb.top_of(party)


@pytest.mark.parametrize(("text", "words", "party"), NOT_ONE_PARTY)
def test_a_class_doer_stays_a_class_when_the_episode_does_not_name_one_party(
    engine, actor_kb, text: str, words: str, party: str
) -> None:
    assert doer_top(text, words, actor_kb) != actor_kb.top_of(party)
