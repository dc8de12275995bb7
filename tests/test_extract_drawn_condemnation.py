"""An act that "drew condemnation" is condemned, its doer condemns no one: the subject of a
verb whose object befalls it (``undergone_object_verbs`` in events.yaml) is no doer of that
object (extract/arguments.py, extract/undergone.py ``is_undergone``). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import of_type

PUBLISHED = dt.date(2019, 10, 14)


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("Turkey's shelling of Afrin drew condemnation on Monday.", "TUR_MIL"),
        ("Hezbollah's rocket fire on the border towns has drawn condemnation.", "HEZBOLLAH"),
        ("The Houthis' drone attack on the tanker drew swift condemnation.", "HOUTHIS"),
    ],
)
def test_whose_act_drew_condemnation_is_condemned(text: str, condemned: str) -> None:
    found = of_type(text, "ACCUSE", PUBLISHED)
    assert found, found
    assert all(e.source_actor != condemned and e.target_actor == condemned for e in found), [
        (e.source_actor, e.target_actor) for e in found
    ]


def test_who_condemns_is_named_after_from() -> None:
    text = "The Russian strike on the market drew condemnation from the United Nations."
    found = of_type(text, "ACCUSE", PUBLISHED)
    assert [(e.source_actor, e.target_actor) for e in found] == [("UN", "RUS_MIL")]
