"""A side's own dead are not its kills (extract/owndead.py): when the victims of the kill
verb belong to the event's source, the dead side is the target. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 20)


@pytest.fixture
def tolls_of(events_found: Any) -> Any:
    def tolls(text: str) -> list[tuple[str, str, int | None]]:
        events = events_found(text, PUBLISHED)
        found = [(e.source_actor, e.target_actor, e.casualties.killed) for e in events]
        return [t for t in found if t[2]]

    return tolls


@pytest.mark.parametrize(
    ("text", "dead_side", "killers"),
    [
        (
            (
                "At least 40 soldiers and militiamen were killed on Sunday as the army fought "
                "to retake the hills near Hama, the monitor said."
            ),
            "SYR_MIL",
            "",
        ),
        (
            "Fighting between the army and Nusra Front near Hama killed 40 soldiers on Sunday.",
            "SYR_MIL",
            "JABHAT_AL_NUSRA",
        ),
        (
            (
                "At least 95 soldiers and militiamen were killed over the weekend while the "
                "army battled to restore control near Hama."
            ),
            "SYR_MIL",
            "",
        ),
    ],
)
def test_the_dead_of_the_acting_side_are_its_losses(
    text: str, dead_side: str, killers: str, tolls_of: Any
) -> None:
    [(source, target, _killed)] = tolls_of(text)
    assert (source, target) == (killers, dead_side)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "The army killed 40 Nusra Front fighters near Hama on Sunday.",
            ("SYR_MIL", "JABHAT_AL_NUSRA", 40),
        ),
        (
            "Turkish jets killed 20 Kurdish fighters near Afrin, the Turkish army said.",
            ("TUR_AIRFORCE", "YPG", 20),
        ),
        (
            "Government airstrikes killed 12 civilians in Douma on Sunday.",
            ("SYR_AIRFORCE", "GEN_CIVILIANS", 12),
        ),
    ],
)
def test_the_dead_of_the_other_side_stay_its_kills(
    text: str, toll: tuple[str, str, int], tolls_of: Any
) -> None:
    assert tolls_of(text) == [toll]


def test_the_dead_of_both_named_sides_swap_nothing(tolls_of: Any) -> None:
    text = (
        "Thirty soldiers and 25 Nusra Front fighters were killed as the army attacked the "
        "village near Hama on Monday."
    )
    assert [(s, t) for s, t, _killed in tolls_of(text)] == [("SYR_MIL", "JABHAT_AL_NUSRA")]


@pytest.mark.parametrize(
    ("text", "named_dead"),
    [  # the side is carried from the sentence before, its dead are named in this one
        (
            (
                "Islamic State fighters stormed army posts near Palmyra. "
                "At least 22 IS militants were killed as the attack was repelled, the army said."
            ),
            "IS militants",
        ),
        (
            (
                "Nusra Front launched an offensive on the hills near Hama. "
                "At least 30 Nusra fighters were killed in the fighting, the monitor said."
            ),
            "Nusra fighters",
        ),
    ],
)
def test_the_dead_side_keeps_the_name_its_dead_are_given(
    text: str, named_dead: str, events_found: Any
) -> None:
    swapped = [e for e in events_found(text, PUBLISHED) if e.trigger == "killed"]
    assert swapped and all(named_dead in e.target_text for e in swapped)
