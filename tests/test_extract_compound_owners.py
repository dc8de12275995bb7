"""A name heading a chain of nouns before the object names whose the object is: "killed an
Islamic State explosives expert", "a Hezbollah arms smuggler", "an al-Qaeda bomb maker"
(extract/argsides.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 6, 1)


def _targets(events_found: Any, text: str) -> set[str | None]:
    return {e.target_actor for e in events_found(text, _DAY) if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("A Russian airstrike killed an Islamic State explosives expert near Raqqa.", "ISIS"),
        ("An Israeli strike killed a Hezbollah arms smuggler near Qusayr.", "HEZBOLLAH"),
        ("A drone strike killed an al-Qaeda bomb maker in Idlib on Friday.", "AL_QAEDA"),
    ],
)  # fmt: skip
def test_the_name_heading_a_noun_chain_is_the_target(events_found: Any, text: str, owner: str) -> None:
    assert owner in _targets(events_found, text)


def test_where_a_weapon_was_made_names_no_owner(events_found: Any) -> None:
    """ "a Russian-made rocket launcher" tells where it was made, not whose it is."""
    text = "Syrian jets destroyed a Russian-made rocket launcher near Hama."
    assert not _targets(events_found, text) & {"RUS", "RUS_MIL", "RUS_AIRFORCE"}


def test_a_people_word_heading_a_chain_names_no_owner(events_found: Any) -> None:
    """ "a Kurdish aid group driver" says whom the group serves, not which side he is."""
    text = "Militants shot a Kurdish aid group driver near Hasakah."
    assert "GEN_KURDS" not in _targets(events_found, text)
