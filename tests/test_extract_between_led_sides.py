"""The second side of "between factions led by X and Y" (extract/argsides.py): the parser hangs
Y on the leader X, inside the participle of leading, where "between" needs two sides; the
leader of the first is one side and Y the other, not X's partner (extract/copartners.py).
A backer's participle ("forces backed by A and B") is not read so. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2018, 6, 1)


def _sides(events_found: Any, text: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in events_found(text, _DAY) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Heavy fighting broke out between rebel factions led by the Hamza Division and Ahrar al-Sham in and near Azaz.", {"HAMZA_DIVISION", "AHRAR_AL_SHAM"}),
        ("Clashes erupted between militias commanded by Kataib Hezbollah and Kurdish Peshmerga near Tuz Khurmatu.", {"KATAIB_HEZBOLLAH", "PESHMERGA"}),
        ("Clashes erupted between fighters led by Jabhat al-Nusra and the Free Syrian Army near Idlib.", {"JABHAT_AL_NUSRA", "FSA"}),
    ],
)  # fmt: skip
def test_the_leader_and_the_other_side_of_between(events_found: Any, text: str, sides: set[str]) -> None:
    assert any({source, target} == sides for source, target in _sides(events_found, text))


def test_two_backers_of_one_side_are_no_pair(events_found: Any) -> None:
    text = "Clashes broke out between forces backed by Iran and Russia near Palmyra."
    assert not any({source, target} == {"IRN", "RUS"} for source, target in _sides(events_found, text))
