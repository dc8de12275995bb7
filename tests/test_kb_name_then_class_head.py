"""An armed group's name right before a class noun of armed men is that group's men, also
when the tagger reads the name and the noun as two mentions ("IS fighters": "IS" tagged
as the verb "is"; kb/actors/namedclass.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("IS fighters stormed the village of Tal Shair at dawn.", "stormed"),
        ("The SDF said IS fighters attacked its positions near Raqqa.", "attacked"),
        ("IS gunmen ambushed an army convoy near Baiji on Tuesday.", "ambushed"),
    ],
)
def test_the_groups_men_are_the_group(text: str, trigger: str, events_found: Any) -> None:
    acts = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert acts and acts[0].source_actor == "ISIS", acts


def test_a_state_before_a_class_noun_is_left_to_the_phrases(actor_mentions: Any) -> None:
    found = actor_mentions("Turkish troops shelled YPG positions near Afrin.", "2016-06-01")
    assert found["Turkish troops"].actor_id == "TUR_MIL", found
