"""A hostile act told in a relative clause is done by the one the clause's pronoun stands
for: the noun "who"/"which" follows ("were the army's commandos, who stormed ..."), or,
after "where", whoever moved to the place ("advanced to T, where they shelled ...")
(extract/pronoundoers.relative_doer)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 3, 1)

# (sentence, the trigger word, the doer's top actor)
CASES = [
    (
        (
            "The unit that led the push into the old city was the Iraqi Counter Terrorism Service, "
            "which launched its assault from the north."
        ),
        "launched",
        "IRQ",
    ),
    (
        "Leading the column were Kurdish Peshmerga units, who shelled Islamic State positions near the dam.",
        "shelled",
        "PESHMERGA",
    ),
    (
        "The last ones to reach the airport were the Iraqi special forces who started their attack at dawn.",
        "attack",
        "IRQ",
    ),
    (
        "Al-Shabaab fighters slipped into Afgoye overnight, where they attacked a police station near the market.",
        "attacked",
        "AL_SHABAAB",
    ),
    (
        "The Arakan Army moved south along the coast to Gwa township, where they stormed a junta checkpoint.",
        "stormed",
        "ARAKAN_ARMY",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "doer"), CASES)
def test_the_relative_pronoun_stands_for_the_doer(engine, sentence: str, trigger: str, doer: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    tops = {engine.actor_kb.top_of(e.source_actor) for e in events if e.trigger == trigger and e.source_actor}
    assert tops == {engine.actor_kb.top_of(doer)}, [(e.trigger, e.source_actor) for e in events]


def test_a_place_clause_with_no_mover_names_no_doer(engine) -> None:
    """ "T, where they shelled ...": with no one named moving there, "they" stays unknown."""
    from frontwatch.pipeline import process_texts

    sentence = "Heavy rain fell on Afgoye overnight, where they attacked a police station near the market."
    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    assert all(not e.source_actor for e in events if e.trigger == "attacked"), [
        (e.trigger, e.source_actor) for e in events
    ]


# (sentence, the person killed): his relative clause tells his past deeds, so he is never
# made the doer of the strike that killed him
PERSONS = [
    ("The raid killed the Islamic State leader Abu Bakr al-Baghdadi, who ordered the attack on the Yazidis in 2014.", "P_ABU_BAKR_AL_BAGHDADI"),
    ("The raid killed the Islamic State commander Abu Omar al-Shishani, who ordered the assault on the air base.", "P_ABU_OMAR_AL_SHISHANI"),
    (
        (
            "The strike killed the Islamic State leader Abu Ibrahim al-Hashimi al-Qurashi, "
            "who ordered the attack on the prison in Hasakah."
        ),
        "P_ABU_IBRAHIM_AL_HASHIMI",
    ),
]


@pytest.mark.parametrize(("sentence", "person"), PERSONS)
def test_a_persons_relative_clause_gives_no_doer(engine, sentence: str, person: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    assert person not in {e.source_actor for e in events if e.trigger == "killed"}, [
        (e.trigger, e.source_actor, e.target_actor) for e in events
    ]
