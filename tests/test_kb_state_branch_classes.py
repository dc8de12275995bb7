"""A state's branch named bare ("the air force", "the army units", "military units") is that
branch of the article's state, as "the army" is (GEN_AIR_FORCE, GEN_TROOPS in generic.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 3, 1)

# (the sentence before, the sentence naming the branch bare, the branch's actor)
CASES = [
    (
        "Regime forces bombed the Eastern Ghouta on Thursday.",
        "The monitor said the air force carried out 45 raids on the suburb overnight.",
        "SYR_AIRFORCE",
    ),
    (
        "Iraqi troops pushed into western Mosul on Sunday.",
        "The air force also bombed Islamic State positions in the old city.",
        "IRQ_AIRFORCE",
    ),
    (
        "The Syrian army seized back a small hilltop town in Hama province.",
        "The army units then took control of the village of al-Karima.",
        "SYR_MIL",
    ),
    (
        "The Sudanese army shelled RSF positions in Omdurman.",
        "Military units later retook a bridge over the Nile.",
        "SDN_SAF",
    ),
]


@pytest.mark.parametrize(("before", "sentence", "actor"), CASES)
def test_a_bare_branch_is_the_article_states(engine, before: str, sentence: str, actor: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([f"{before} {sentence}"], dates=[PUBLISHED])[0].events
    doers = [e.source_actor for e in events if e.evidence is not None and e.evidence.sentence == sentence]
    assert doers == [actor]


# (a sentence naming no state and no place the gazetteer knows, only a war's armed group and
# "the military"/"the army"; the branch's actor): the group's home war decides the class
BY_ITS_GROUPS = [
    ("The Arakan Army said the military started shelling its positions at dawn.", "MMR_MIL"),
    ("The RSF said the army shelled its positions near the bridge overnight.", "SDN_SAF"),
    ("Al-Shabaab said the army shelled its fighters at dawn.", "SOM_MIL"),
]


@pytest.mark.parametrize(("sentence", "actor"), BY_ITS_GROUPS)
def test_the_army_of_the_named_groups_war(engine, sentence: str, actor: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    assert actor in {e.source_actor for e in events}, [(e.trigger, e.source_actor) for e in events]


def test_a_group_of_no_one_state_decides_nothing(engine) -> None:
    """The Islamic State belongs to no one country: "the army" beside it alone stays a class."""
    from frontwatch.pipeline import process_texts

    events = process_texts(["The Islamic State said the army shelled its positions at dawn."], dates=[PUBLISHED])[0].events
    assert all(not e.source_actor.endswith("_MIL") for e in events), [(e.trigger, e.source_actor) for e in events]
