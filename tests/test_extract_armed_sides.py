"""One test of an armed side (extract/armed.py, armed_side), used by ties, control entries
and takers from context; what differs between the uses is named: which classes count, and
whether a government organ or a party does. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.armed import ANY_CLASS, NO_CLASS, SIDED_CLASSES, armed_side

PUBLISHED = dt.date(2017, 5, 4)


def _armed(actor_kb: Any, actor_id: str, classes: Any, governing: bool) -> bool:
    return armed_side(actor_kb.get(actor_id), classes=classes, governing=governing)


@pytest.mark.parametrize("actor_id", ["SDF", "SYR_MIL", "ISRAELI_SETTLERS", "US_COALITION"])
def test_fighting_actors_are_armed_in_every_use(actor_kb: Any, actor_id: str) -> None:
    for classes in (ANY_CLASS, SIDED_CLASSES, NO_CLASS):
        for governing in (True, False):
            assert _armed(actor_kb, actor_id, classes, governing), (actor_id, classes, governing)


@pytest.mark.parametrize("actor_id", ["P_HASSAN_NASRALLAH", "GEN_CIVILIANS", "NO_SUCH_ACTOR"])
def test_persons_civilians_and_unknowns_never_are(actor_kb: Any, actor_id: str) -> None:
    for classes in (ANY_CLASS, SIDED_CLASSES, NO_CLASS):
        assert not _armed(actor_kb, actor_id, classes, True), (actor_id, classes)


def test_classes_count_as_each_use_says(actor_kb: Any) -> None:
    assert _armed(actor_kb, "GEN_TROOPS", ANY_CLASS, True)
    assert not _armed(actor_kb, "GEN_TROOPS", SIDED_CLASSES, True)  # troops of no one
    assert _armed(actor_kb, "GEN_REBELS", SIDED_CLASSES, False)
    assert not _armed(actor_kb, "GEN_REBELS", NO_CLASS, True)


def test_government_organs_and_parties_only_where_asked(actor_kb: Any) -> None:
    assert _armed(actor_kb, "SYR_GOV", ANY_CLASS, True)
    assert not _armed(actor_kb, "SYR_GOV", ANY_CLASS, False)
    for governing in (True, False):
        assert not _armed(actor_kb, "PROSPERITY_PARTY", NO_CLASS, governing)
        assert not _armed(actor_kb, "SNC", ANY_CLASS, governing)
    tplf = actor_kb.get("TPLF")
    assert armed_side(tplf, classes=NO_CLASS, governing=True, parties=True)
    assert not armed_side(tplf, classes=NO_CLASS, governing=True)


def _captures(text: str) -> list[tuple[str, str]]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return [(c.kind, c.new_controller) for c in result.control_changes]


@pytest.mark.parametrize(
    "text",
    [
        "The US-led coalition entered the town of Tabqa on Tuesday.",
        "Special forces of the US-led coalition entered Tabqa on Tuesday.",
        "US-led coalition forces entered Manbij late on Monday, a monitor said.",
    ],
)
def test_an_alliances_force_that_enters_a_town_takes_it(text: str) -> None:
    """A military alliance is an armed side, though the kb types it an international body."""
    assert ("capture", "US_COALITION") in _captures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers entered the town of Tabqa on Tuesday.",
        "UN monitors entered Manbij late on Monday, residents said.",
    ],
)
def test_unarmed_visitors_take_nothing(text: str) -> None:
    assert not [c for c in _captures(text) if c[0] == "capture"]


@pytest.mark.parametrize(
    ("actor_id", "party"),
    [
        ("SYR_GOV", "SYR"),  # a government organ fights for its state
        ("SYR_AIRFORCE", "SYR"),
        ("GEN_REBELS", "GEN_REBELS"),
        ("GEN_TROOPS", "GEN_TROOPS"),  # unresolved troops still face rebels
        ("SNC", ""),  # an opposition in exile: no armed side, though its releases name it most
        ("BAATH_SYR", ""),
        ("GEN_CIVILIANS", ""),
        ("GEN_GOVERNMENT", ""),  # a class of no fighting sector
        ("P_REX_TILLERSON", ""),  # no office on the day: no side
    ],
)
def test_the_party_a_hostile_acts_opponent_is_among(actor_kb: Any, actor_id: str, party) -> None:
    from frontwatch.extract.opponents import party_of

    assert party_of(actor_id, actor_kb, dt.date(2019, 6, 1)) == party


def test_an_alliance_is_armed_but_no_taker_left_to_the_context(actor_kb: Any) -> None:
    coalition = actor_kb.get("US_COALITION")
    assert armed_side(coalition, classes=NO_CLASS, governing=True)
    assert not armed_side(coalition, classes=NO_CLASS, governing=True, alliances=False)


@pytest.mark.parametrize(
    ("text", "takers"),
    [
        (
            (
                "The SDF advanced on Tabqa on Monday. The US-led coalition struck Islamic State "
                "positions in the town. Tabqa was retaken on Tuesday."
            ),
            {"SDF"},
        ),
        (
            (
                "The US-led coalition carried out 25 strikes near Raqqa on Saturday. Taking the town "
                "is only one step of the campaign to liberate Raqqa, officials said."
            ),
            set(),
        ),
        (
            (
                "The US-led coalition bombed Islamic State targets around Manbij. The town was "
                "recaptured on Friday, a monitor said."
            ),
            set(),
        ),
    ],
)
def test_a_capture_left_to_the_context_goes_to_no_alliance(text: str, takers: set[str]) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert {c.new_controller for c in result.control_changes if c.kind == "capture"} == takers
