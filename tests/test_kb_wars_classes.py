"""Classes ("rebels", "the junta", "the paramilitaries", "militants") in reporting on the
wars beyond Syria and Iraq take the war's actor by the article's state and date."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published):
    date = dt.date.fromisoformat(published) if published else None
    article = article_from_text(text, published=date)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


# Sentences written for this test in reporting style, one class and war per row:
# the mention, the article's date ("" for undated copy), the actor it must become, why.
RESOLVED = [
    (row["mention"], row["published"], row["actor"], row["sentence"])
    for row in csv.DictReader((Path(__file__).parent / "data/kb/war_classes.csv").open())
]


@pytest.mark.parametrize(("mention", "published", "expected", "text"), RESOLVED)
def test_a_class_takes_the_wars_actor_by_state_and_date(
    actor_kb, actor_nlp, mention, published, expected, text
):
    assert _found(actor_kb, actor_nlp, text, published)[mention].actor_id == expected


UNRESOLVED = [
    # before Myanmar's 2021 coup "the junta" is no actor of that war
    ("The junta", "2016-05-01", "Myanmar's army patrolled Rakhine. The junta was long gone."),
    # after the fall of Kabul the Taliban rule: "insurgents" are someone else
    ("Insurgents", "2022-05-09", "Insurgents hit a Taliban checkpoint in Afghanistan's Panjshir."),
    # Sudan before the war: "the paramilitaries" is not yet a side of it
    ("the paramilitaries", "2019-04-20", "Sudan's army and the paramilitaries guarded Khartoum."),
]


@pytest.mark.parametrize(("mention", "published", "text"), UNRESOLVED)
def test_outside_the_wars_dates_the_class_stays_generic(
    actor_kb, actor_nlp, mention, published, text
):
    found = _found(actor_kb, actor_nlp, text, published)[mention]
    assert "state:" not in found.note
