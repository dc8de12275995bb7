"""A place taken with its state's name ("seized the Syrian town of T"): the side it was
taken from is the one after "from", not the state; a place freed ("liberated the Iraqi
city of T") is not taken from its state either; without either the state stays the
loser, as a town stormed from its state (extract/placetargets.py ``taken_from``)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 5, 1)


def _taking(text: str) -> set[tuple[str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {(e.source_actor, e.target_actor) for e in result.events if e.mode == "seize"}


@pytest.mark.parametrize(
    ("text", "taking"),
    [
        ("Turkish troops seized the Syrian town of Afrin from Kurdish fighters.", ("TUR_MIL", "YPG")),
        (
            "Kurdish fighters recaptured the northern Syrian town of Tal Abyad from Islamic State militants on Monday.",
            ("YPG", "ISIS"),
        ),
        (
            "Peshmerga units have made gains in their push to recapture the Iraqi town of Sinjar from IS fighters, officials said.",
            ("PESHMERGA", "ISIS"),
        ),
    ],
)
def test_the_side_after_from_is_the_loser_not_the_state(text: str, taking: tuple[str, str]) -> None:
    assert _taking(text) == {taking}


@pytest.mark.parametrize(
    "text",
    [
        "Partner forces liberated the Syrian town of Manbij after a two-month siege.",
        "Shiite militiamen freed the Iraqi town of Baiji after two days of clashes.",
    ],
)
def test_a_place_freed_is_not_taken_from_its_state(text: str) -> None:
    takings = _taking(text)
    assert takings
    assert all(target not in ("SYR", "IRQ") for _, target in takings)


def test_a_town_taken_with_no_loser_named_stays_taken_from_its_state() -> None:
    text = "Islamic State militants overran the western Iraqi town of Hit in early October."
    assert _taking(text) == {("ISIS", "IRQ")}
