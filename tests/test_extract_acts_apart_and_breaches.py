"""Acts told apart from the act around them, and their doers: a relative clause on a side
tells that side's own act, not the one of the clause it hangs on (triggergroups.py); the
doer of "by seizing" is who did the deed the gerund explains, not a possessive in its object
(arguments.py); a breach of a truce is a blow by the side breaching it (events.yaml); seeking
refuge is flight, no request. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract, types_found

PUBLISHED = dt.date(2021, 5, 4)


def _acts(text: str) -> list[tuple[str, str, str, str]]:
    """(type, trigger, source, target) of every event in the text."""
    return [
        (e.type, e.trigger, e.source_actor, e.target_actor) for e in extract(text, PUBLISHED).events
    ]


def _by_trigger(text: str, trigger: str) -> tuple[str, str, str, str]:
    found = [a for a in _acts(text) if a[1] == trigger]
    assert len(found) == 1, _acts(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "own_act"),
    [
        ("The army retook the town from the Islamic State, which had attacked it in 2014.", "attacked"),
        ("Kurdish units drove out the Islamic State militants, who had shelled the camp for weeks.", "shelled"),
        ("Troops pushed back the Houthis, who had stormed the port a month earlier.", "stormed"),
    ],
)
def test_a_relative_clause_on_a_side_tells_its_own_act(text: str, own_act: str) -> None:
    triggers = [a[1] for a in _acts(text)]
    assert own_act in triggers, _acts(text)  # told apart, not folded into the retaking


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive that retook the town of Rastan.",
        "Rebels mounted an assault which overran two checkpoints near Hama.",
        "Government troops began a push that seized the hills outside Homs.",
    ],
)
def test_a_relative_clause_on_the_act_itself_is_the_same_act(text: str) -> None:
    assert types_found(text, PUBLISHED).count("ASSAULT") == 1, _acts(text)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Iraqi troops severed ISIL's main supply road by seizing a bridge north of the town.", "seizing", "IRQ_MIL"),
        ("Kurdish fighters broke the Islamic State's defences by storming the village.", "storming", "GEN_KURDISH_FORCES"),
        ("The rebels answered the army's advance by shelling the town.", "shelling", "GEN_REBELS"),
    ],
)
def test_the_doer_of_a_by_gerund_is_the_subject_above(text: str, trigger: str, doer: str) -> None:
    assert _by_trigger(text, trigger)[2] == doer


def test_an_accused_object_still_does_what_it_is_accused_of() -> None:
    text = "Activists accused Russian jets of targeting a hospital in Idlib."
    assert _by_trigger(text, "targeting")[2] == "RUS_AIRFORCE"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Monitors logged 40 cease-fire violations by the rebels overnight.", "GEN_REBELS"),
        ("Government forces committed repeated truce violations near Aleppo.", "SYR_MIL"),
        ("The army counted 12 ceasefire violations by Houthi fighters in Hodeidah on Sunday.", "HOUTHIS"),
    ],
)
def test_a_truce_violation_is_a_blow_by_who_commits_it(text: str, doer: str) -> None:
    assert _by_trigger(text, "violations")[:1] == ("ASSAULT",)
    assert _by_trigger(text, "violations")[2] == doer


def test_violations_of_nothing_armed_are_no_blow() -> None:
    assert "ASSAULT" not in types_found("Auditors found accounting violations at the ministry.", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The governor, who fled and sought refuge in Mogadishu, came back on Sunday.",
        "Thousands of families sought refuge in Turkey after the shelling stopped.",
        "The villagers sought refuge in the mountains.",
    ],
)
def test_seeking_refuge_is_no_request(text: str) -> None:
    assert "REQUEST" not in types_found(text, PUBLISHED)


def test_seeking_help_from_a_state_is_still_a_request() -> None:
    assert "REQUEST" in types_found("The opposition sought help from Turkey.", PUBLISHED)
