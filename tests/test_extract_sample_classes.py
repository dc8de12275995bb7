"""False facts of the sample report, fixed as classes: a backer named in the subject's
"backed by X" phrase is not the doer; "militants of <group>" are that group."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 9, 1)


def result_of(text: str):
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0]


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        (
            (
                "The offensive backed by Iranian ally Hezbollah has seized two villages from "
                "the Islamic State."
            ),
            "HEZBOLLAH",
        ),
        (
            (
                "The push backed by Damascus ally Russia has captured wide areas of desert "
                "from Daesh."
            ),
            "RUS",
        ),
        (
            (
                "The operation supported by longtime patron Iran has retaken the town of "
                "Tikrit from ISIS."
            ),
            "IRN",
        ),
    ],
)
def test_backer_in_subject_phrase_is_not_the_doer(engine, actor_kb, text: str, backer: str) -> None:
    found = [e for e in result_of(text).events if e.type == "ASSAULT"]
    assert found, text
    doers = {actor_kb.top_of(e.source_actor) for e in found if e.source_actor}
    assert actor_kb.top_of(backer) not in doers


def test_named_subject_still_acts_beside_backing_phrase(engine, actor_kb) -> None:
    text = "Kurdish fighters backed by US jets captured the town of Manbij from Daesh."
    found = [e for e in result_of(text).events if e.type == "ASSAULT"]
    assert {actor_kb.top_of(e.source_actor) for e in found} & {"GEN_KURDISH_FORCES", "SDF", "YPG"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            (
                "Islamic State fighters struck a post held by US-backed militants of the SDF "
                "near Raqqa."
            ),
            "SDF",
        ),
        (
            (
                "Daesh claimed the bombing of a base used by militants of the Syrian Democratic "
                "Forces in Hasakah."
            ),
            "SDF",
        ),
        (
            "ISIS shelled positions of the fighters of the YPG east of Kobani.",
            "YPG",
        ),
    ],
)
def test_class_with_of_group_is_that_group(engine, text: str, group: str) -> None:
    mentions = result_of(text).mentions
    classes = [m for m in mentions if "complement:" in m.note]
    assert classes and all(m.actor_id == group for m in classes), [
        (m.text, m.actor_id, m.note) for m in mentions
    ]
