"""An act with no party named on either side is a mention of a kind of act, not an act
reported (extract/partyless.py); blasts with a toll and protests still stand alone.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.partyless import partyless_types, with_a_party
from frontwatch.pipeline import article_from_text, get_engine
from frontwatch.records import Event

PUBLISHED = dt.date(2016, 5, 1)


@pytest.fixture
def events_of(events_found: Any) -> Any:
    return lambda text: events_found(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "mentioned_type"),
    [
        (
            "Aid deliveries have been hindered for months by a series of local agreements.",
            "AGREE",
        ),
        (
            (
                "Shells fell on the old market in a fresh violation of the cessation of "
                "hostilities agreement."
            ),
            "AGREE",
        ),
        ("Years of siege and hunger have emptied the old quarter.", "COERCE"),
        ("Talks on the fate of the city collapsed last month.", "CONSULT"),
    ],
)
def test_a_kind_of_act_with_no_party_is_no_event(
    text: str, mentioned_type: str, events_of: Any
) -> None:
    assert not [e for e in events_of(text) if e.type == mentioned_type], events_of(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A car bomb killed nine people in the town of Azaz on Friday.", ("ASSAULT", "")),
        ("Protests erupted in the city of Hama after Friday prayers.", ("PROTEST", "")),
        (
            "The Syrian Arab Red Crescent sent aid to the besieged town of Madaya on Tuesday.",
            ("AID", "SARC"),
        ),
        (
            "Rebels and the army agreed a ceasefire in the town of Zabadani.",
            ("AGREE", "GEN_REBELS"),
        ),
        ("The army besieged the rebel-held town of Daraya for four years.", ("COERCE", "SYR_MIL")),
        ("The first battle for the town led to a truce that held until June.", ("AGREE", "")),
        ("Dozens of local truces have been brokered around the capital.", ("AGREE", "")),
        ("A deal was reached on Sunday to evacuate the wounded from Madaya.", ("AGREE", "")),
        ("Talks between the two envoys lasted late into the night.", ("CONSULT", "")),
        (
            (
                "The families had lived under a crippling siege for three years before the "
                "buses came."
            ),
            ("COERCE", ""),
        ),
        ("The old city has been under siege since the spring of 2013.", ("COERCE", "")),
    ],
)
def test_an_act_with_a_party_or_a_toll_stays(
    text: str, kept: tuple[str, str], events_of: Any
) -> None:
    assert kept in {(e.type, e.source_actor) for e in events_of(text)}, events_of(text)


def test_a_party_named_only_in_text_keeps_the_event() -> None:
    unnamed = Event(id="a", type="REQUEST", source_text="the envoy")
    nobody = Event(id="b", type="REQUEST")
    blast = Event(id="c", type="ASSAULT")
    text = "The envoy's request and the request and the blast."
    engine = get_engine()
    doc = engine.parse([text])[0]
    ctx = ArticleContext(doc, article_from_text(text), engine.actor_kb)  # type: ignore[arg-type]
    ctx.trigger_offsets = {"a": doc[3].idx, "b": doc[6].idx, "c": doc[9].idx}
    assert [e.id for e in with_a_party([unnamed, nobody, blast], ctx)] == ["a", "c"]


def test_the_types_that_stand_alone_are_known_types() -> None:
    from frontwatch.eventtypes import event_type_table

    assert partyless_types() <= set(event_type_table()["types"])
    assert "ASSAULT" in partyless_types()
