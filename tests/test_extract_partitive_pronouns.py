"""A pronoun after a sentence whose subject is a part of a group stands for that group
(extract/anaphora.subject_before, relations.yaml ``anaphora.partitive_subjects``):
"Some of the rebels withdrew to Idlib. They later attacked ..." (the rebels); a part named
alone ("Some were killed, while others fled. They ...") stands for the group named before,
as a pronoun does. A noun "of" another that is no part of it ("an ally of X") does not."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _doers(engine, text: str, trigger: str) -> set[str]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return {
        engine.actor_kb.top_of(e.source_actor)
        for e in events
        if e.trigger == trigger and e.source_actor
    }


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            (
                "Many of the Islamic State fighters slipped out of Manbij overnight. "
                "They had overrun Kurdish villages east of the town in May."
            ),
            "overrun",
            "ISIS",
        ),
        (
            (
                "Hundreds of Houthi fighters massed outside Marib on Monday. "
                "They shelled government positions west of the city at dawn."
            ),
            "shelled",
            "HOUTHIS",
        ),
        (
            (
                "Dozens of Shabaab militants stormed the base near Baidoa. Some were killed, "
                "while others escaped into the bush. They later ambushed a convoy near Afgoye."
            ),
            "ambushed",
            "AL_SHABAAB",
        ),
        (
            (
                "Most of the Taliban fighters pulled back from Kunduz. "
                "They attacked a police checkpoint near Baghlan on Friday."
            ),
            "attacked",
            "TALIBAN",
        ),
    ],
)
def test_a_pronoun_after_a_part_of_a_group_stands_for_the_group(engine, text, trigger, doer):
    assert _doers(engine, text, trigger) == {engine.actor_kb.top_of(doer)}


def test_a_noun_of_another_that_is_no_part_of_it_is_not_that_other(engine):
    text = (
        "A close ally of the Syrian government, Hezbollah has lost hundreds of men. "
        "It shelled rebel positions near Zabadani on Sunday."
    )
    assert engine.actor_kb.top_of("SYR_GOV") not in _doers(engine, text, "shelled")
