"""A person's armed men named through him ("<person>'s army", "pro-<person> troops"): whom
he commands at the article's date, the armed group he leads or his state's army, never
the person himself and never his party. Phrases written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.actors import load_actor_kb

# a leader's army is his state's army (or the group he leads), not his party
OWNED = [
    ("Erdogan's army", "2019-10-15", "TUR_MIL"),
    ("Erdogan's troops", "2018-03-01", "TUR_MIL"),
    ("Hadi's forces", "2016-01-10", "YEM_MIL"),
    ("Haftar's soldiers", "2019-06-01", "LNA"),
]


@pytest.mark.parametrize(("phrase", "published", "actor"), OWNED)
def test_a_leaders_army_is_whom_he_commands(phrase, published, actor):
    match = load_actor_kb().resolve(phrase, label="ACTOR", date=dt.date.fromisoformat(published))
    assert match is not None and match.actor_id == actor


def test_a_leaders_administration_is_still_his_government():
    match = load_actor_kb().resolve(
        "the Assad administration", label="ACTOR", date=dt.date(2017, 1, 1)
    )
    assert match is not None and match.actor_id == "SYR_GOV"
