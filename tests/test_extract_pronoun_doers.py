"""A hostile act whose subject is a pronoun ("They stormed...", "It has shelled...") is done
by the actor the sentence before names as its subject (retold.pronoun_doers)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 1, 10)

# (the sentence naming the actor, the pronoun's sentence, the actor)
TOLD_BEFORE = [
    ("Al-Shabaab has lost several towns this year.", "On Monday they stormed an army base near Baidoa.", "AL_SHABAAB"),
    ("Turkey says the YPG is a terrorist group.", "It has shelled YPG positions near Afrin for three days.", "TUR"),
    ("Kokang rebels of the MNDAA massed near the border in November.", "They began attacking Laukkai on 1 December.", "MNDAA"),
    (
        "Islamic State militants lost two districts of Mosul on Monday.",
        "They launched an attack on army positions in the east of the city on Tuesday.",
        "ISIS",
    ),
]


def doers(before: str, sentence: str) -> list[str]:
    """The doers of the hostile acts told in ``sentence``, told after ``before``."""
    from frontwatch.pipeline import process_texts

    events = process_texts([f"{before} {sentence}"], dates=[PUBLISHED])[0].events
    return [
        e.source_actor for e in events
        if e.type == "ASSAULT" and e.evidence is not None and e.evidence.sentence == sentence
    ]


@pytest.mark.parametrize(("before", "sentence", "actor"), TOLD_BEFORE)
def test_a_pronoun_subject_is_the_actor_named_before(
    engine, actor_kb, before: str, sentence: str, actor: str
) -> None:
    found = doers(before, sentence)
    assert found, found
    assert all(actor_kb.top_of(doer) == actor_kb.top_of(actor) for doer in found), found


def test_a_pronoun_for_no_actor_names_no_doer(engine) -> None:
    found = doers("The shells came from the west of the city.", "They hit a school in Aleppo on Sunday.")
    assert found == [""]
