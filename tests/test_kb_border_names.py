"""A state named on a border ("near the Turkish border", "toward the Iraqi frontier") says
where a line runs: it is no actor, so it never makes "the army" that state's
(not_actors.yaml border_nouns; kb/actors/furniture.names_a_border)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 11, 3)

# (sentence, the doer's actor the sentence's own war gives, or "" for none)
CASES = [
    ("The army pushed Islamic State fighters back toward the Iraqi border downstream of Deir al-Zor.", "SYR_MIL"),
    ("The army shelled Islamic State positions near the Turkish border on Monday.", ""),
    ("The army shelled Houthi positions in Saada near the Saudi border on Monday.", "YEM_MIL"),
]


@pytest.mark.parametrize(("sentence", "doer"), CASES)
def test_a_border_names_no_state(engine, sentence: str, doer: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    doers = {e.source_actor for e in events if e.type == "ASSAULT"}
    assert doers and all(not d.endswith("_MIL") or d == doer for d in doers), doers
    if doer:
        assert doer in doers, doers


# A state as the object of a bordering verb is the land beside, as on a border noun
# (not_actors.yaml border_verbs): "government troops" stay the town's own state's.
BORDERING = [
    ("Government troops retook the town of Qusair, bordering Lebanon, from the rebels.", "SYR_MIL", "LBN"),
    ("The army shelled rebel positions in Zabadani, which borders Lebanon, on Friday.", "SYR_MIL", "LBN"),
    ("Government forces stormed Tal Afar, a town bordering Syria, at dawn.", "IRQ_MIL", "SYR"),
]


@pytest.mark.parametrize(("sentence", "doer", "beside"), BORDERING)
def test_a_bordering_state_is_no_side(engine, sentence: str, doer: str, beside: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    sides = {a for e in events for a in (e.source_actor, e.target_actor) if a}
    assert doer in sides and not any(a.startswith(beside) for a in sides), sides


def test_a_state_that_borders_another_is_still_a_doer(engine) -> None:
    from frontwatch.pipeline import process_texts

    text = "Turkey shelled Kurdish positions in Syria on Monday, officials said."
    events = process_texts([text], dates=[PUBLISHED])[0].events
    assert any(e.source_actor.startswith("TUR") for e in events if e.type == "ASSAULT")
