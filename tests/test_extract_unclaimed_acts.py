"""A claim no one made ("no group has claimed the bombing", "nobody has taken responsibility
for the attack") names no doer: the act told before keeps its doer unknown, and the claim is
no second act by a generic armed group. A claim someone made still names the doer.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 15)


def _assaults(text: str):
    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off outside a bank in Kirkuk on Sunday, wounding six. No group has claimed the bombing.",
        "Two explosions struck a bus station in Homs. So far nobody has taken responsibility for the blasts.",
        "A bomb exploded at a crowded wedding hall in Baghdad on Friday. No one claimed responsibility for the attack.",
        "A roadside bomb killed three soldiers near Tikrit. No militant group has yet claimed the attack.",
    ],
)
def test_a_claim_no_one_made_is_no_doer_and_no_second_act(text):
    assaults = _assaults(text)
    assert len(assaults) == 1  # the claim restates the act told before
    assert assaults[0].source_actor == ""


def test_a_claim_no_one_made_without_an_act_before_names_no_doer():
    assaults = _assaults("No group has claimed Saturday's bombing of a police station in Mosul.")
    assert assaults and all(e.source_actor == "" for e in assaults)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A car bomb went off outside a bank in Kirkuk on Sunday. The Islamic State claimed the bombing.", "ISIS"),
        (
            "A suicide bomber struck a hotel in Mogadishu. Al-Shabaab has taken responsibility for the attack.",
            "AL_SHABAAB",
        ),
    ],
)
def test_a_claim_someone_made_still_names_the_doer(text, doer):
    assert any(e.source_actor == doer for e in _assaults(text))
