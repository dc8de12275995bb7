"""The toll a relative clause or a pair of harm verbs tells is the act's own (extract/victims.py:
_relative_on_its_ground, _first_harm_verb): "an airstrike on a market in T, which killed
nine children", "shelled a school, killing and wounding dozens of children". When its
victims are all civilians, children or women, the act was aimed at civilians. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2019, 5, 20)
CIVILIANS = "GEN_CIVILIANS"


def _targets(text: str, doer: str) -> set[str]:
    """The targets of the sentence's assaults by the doer its words name."""
    events = process_texts([text], dates=[PUBLISHED])[0].events
    return {e.target_actor for e in events if e.type == "ASSAULT" and e.source_text.endswith(doer)}


AIMED_AT_CIVILIANS = [
    # a relative clause hung on the market the strike hit
    (
        "Residents said a government airstrike on a market in Ariha, which killed nine children, came without warning.",
        "airstrike",
    ),
    # on the town named after the camp, with two harm verbs
    (
        (
            "Rights groups condemned the junta's attack on a camp for displaced families in Kachin "
            "State, which killed and wounded dozens, including women and children."
        ),
        "junta",
    ),
    # a participle pair: the victims are the second verb's object
    (
        "Militiamen shelled a school in the village of Umm Kadada on Sunday, killing and wounding 14 children.",
        "Militiamen",
    ),
    # the relative pronoun "that" on the thing struck
    ("Witnesses said Russian jets hit a bakery in Maarat al-Numan that killed 11 women.", "jets"),
]

NOT_THE_ACTS_TOLL = [
    # a clause on a party the act was aimed at: its own deed
    ("Troops stormed a hideout of the gang, which killed four schoolgirls in May.", "Troops"),
    (
        "Army helicopters attacked a convoy of the Arakan Army, which killed seven villagers in March.",
        "helicopters",
    ),
    # a clause that tells no harm
    # (a bridge: a market struck is an act on civilians whatever the clause, extract/civiliansites.py)
    ("Jets struck a bridge in Ariha, which hosts thousands of displaced people.", "Jets"),
]


@pytest.mark.parametrize(("text", "doer"), AIMED_AT_CIVILIANS)
def test_the_toll_told_after_the_target_makes_civilians_the_target(text, doer):
    assert _targets(text, doer) == {CIVILIANS}


@pytest.mark.parametrize(("text", "doer"), NOT_THE_ACTS_TOLL)
def test_a_clause_on_a_party_or_without_harm_tells_no_toll(text, doer):
    assert CIVILIANS not in _targets(text, doer)
