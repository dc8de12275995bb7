"""A class an act is done to, then described by a relative clause, did what the clause
tells: "jets killed militants who had shelled the base" (the militants shelled it), not
the one who killed them (extract/pronoundoers._a_class). A class the clause defines
("rebels are fighters that oppose X") still names no doer."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 5, 1)


def _events(text: str):
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        (
            (
                "American drones struck and then killed Iran-backed proxies who had earlier launched "
                "a rocket against a base near Erbil."
            ),
            "launched",
            "GEN_PRO_GOV_MILITIAS",
        ),
        (
            "The army hunted down insurgents who ambushed a patrol near Baiji on Friday.",
            "ambushed",
            "GEN_INSURGENTS",
        ),
        (
            "Soldiers captured rebels who had shelled a checkpoint near Hama.",
            "shelled",
            "GEN_REBELS",
        ),
    ],
)
def test_the_class_an_act_is_done_to_does_the_relative_clauses_deed(sentence, trigger, doer):
    found = [(e.source_actor, e.target_actor) for e in _events(sentence) if e.trigger == trigger]
    assert found, [(e.trigger, e.source_actor) for e in _events(sentence)]
    assert all(source == doer for source, _target in found), found


def test_a_class_the_clause_defines_names_no_doer():
    events = _events("Syrian rebels are fighters that oppose the government.")
    assert not [e for e in events if e.source_actor]
