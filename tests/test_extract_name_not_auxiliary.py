"""A sentence opening with the name "IS" is no passive: the parser reads it as the question
word "Is" hung on the verb, but a name is never an auxiliary (arguments.passive_clause)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "IS militants seized the town of Hit last year.",
        "IS jihadists executed eleven men in the desert east of Homs.",
        "IS militants stormed the village of Kojo on Friday.",
    ],
)
def test_a_name_opening_the_sentence_is_the_doer(engine, actor_kb, text: str) -> None:
    from frontwatch.pipeline import process_texts

    events = [e for e in process_texts([text], dates=[PUBLISHED])[0].events if e.type == "ASSAULT"]
    assert events
    assert all(actor_kb.top_of(e.source_actor or "-") == "ISIS" for e in events), events
    assert all(e.target_actor != "ISIS" for e in events), events


def test_a_real_passive_still_has_its_subject_as_target(engine) -> None:
    from frontwatch.pipeline import process_texts

    text = "The village was stormed by Islamic State militants on Friday."
    events = [e for e in process_texts([text], dates=[PUBLISHED])[0].events if e.type == "ASSAULT"]
    assert [e.source_actor for e in events] == ["ISIS"]
