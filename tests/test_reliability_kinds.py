"""The kinds of events measured to be wrong most of the time in the twenty-fourth session
(extract/data/reliability.yaml), each kept in the reading and left out of what is stored:
an act other than an attack or an agreement with no doer, and an act told against someone (accusation, aid, sanctions, ...) with no target.
The reliable kinds beside them are kept."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest

from frontwatch.extract.reliability import drop_rules, features, left_out, reliable
from frontwatch.records import Event

PUBLISHED = dt.date(2017, 5, 9)


@cache
def reading(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


def _of(text: str, kind: str, stored: bool) -> list[Event]:
    result = reliable(reading(text)) if stored else reading(text)
    return [e for e in result.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Appeals for a humanitarian pause in eastern Aleppo went unanswered on Tuesday.",
            "REQUEST",
        ),
        (
            "Calls for the withdrawal of foreign forces from Tripoli mounted on Wednesday.",
            "REQUEST",
        ),
        (
            "A request for medical evacuations from Madaya was submitted on Thursday, the United Nations said.",
            "REQUEST",
        ),
        ("The retreat from the hilltop positions near Hama was ordered overnight.", "RETREAT"),
        ("Threats of a new offensive on Idlib were repeated on Monday.", "THREATEN"),
        ("Protests against the army were held in Daraa on Friday.", "PROTEST"),
    ],
)
def test_an_act_other_than_an_attack_without_its_doer_is_left_out(text: str, kind: str) -> None:
    assert [e for e in _of(text, kind, stored=False) if not e.source_actor]
    assert not [e for e in _of(text, kind, stored=True) if not e.source_actor]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Syrian army withdrew from the town of Palmyra on Sunday.", "RETREAT"),
        (
            "Kurdish officials accused Turkey of shelling civilian homes near Afrin on Monday.",
            "ACCUSE",
        ),
        ("The Iraqi government demanded that the Kurdish peshmerga leave Kirkuk.", "REQUEST"),
        ("A truce was agreed in the southern province of Daraa on Friday.", "AGREE"),
        ("Rebels shelled government positions in Daraa on Sunday.", "ASSAULT"),
    ],
)
def test_the_reliable_kinds_beside_them_are_kept(text: str, kind: str) -> None:
    assert _of(text, kind, stored=False)
    assert [e.id for e in _of(text, kind, stored=True)] == [
        e.id for e in _of(text, kind, stored=False)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kurdish administration issued fresh accusations of war crimes on Monday.", "ACCUSE"),
        ("The Iraqi prime minister made accusations of sabotage in a televised speech.", "ACCUSE"),
        ("The United States announced new sanctions on Thursday.", "SANCTION"),
        ("Washington imposed fresh sanctions on Tuesday.", "SANCTION"),
    ],
)
def test_an_act_against_someone_without_its_target_is_left_out(text: str, kind: str) -> None:
    assert [e for e in _of(text, kind, stored=False) if e.source_actor and not e.target_actor]
    assert not [e for e in _of(text, kind, stored=True) if not e.target_actor]


def _kind(**given: Any) -> dict[str, Any]:
    event = Event(id="e", type="ASSAULT", place_id="gn:1", found_by="event:verb-trigger:none/none")
    for key, value in given.items():
        setattr(event, key, value)
    found = features(event)
    found["sentence_names_actor"] = False
    return found


def test_the_rules_by_their_features() -> None:
    rules = drop_rules()
    assert not left_out(_kind(), rules)  # an attack at a place, no side named: kept
    assert left_out(_kind(type="REQUEST"), rules)
    assert not left_out(_kind(type="AGREE"), rules)
    assert not left_out(_kind(type="REQUEST", source_actor="IRQ_GOV"), rules)
    assert not left_out(_kind(place_id=""), rules)  # nor without a place
    assert left_out(_kind(type="ACCUSE", source_actor="TUR"), rules)
    assert not left_out(_kind(type="ACCUSE", source_actor="TUR", target_actor="PKK"), rules)
    assert not left_out(_kind(type="REQUEST", found_by="event:a-path-added-later"), rules)
