"""Backing told by raising a side and by paying part of its men (sentences written for these
tests): a state or force that built, created, founded or established an armed group backs it
(relations.yaml ``backing_verbs``; a person who did so leads it and backs nothing,
``raising_verbs``); "many of X's fighters", "most of the rebel factions" paid, funded or
trained stand for X (events.yaml ``object_classes.body``). Nothing built that is no side
is backed. The founders of a coalition are its members, not its backers: what they raised is
of a coalition's KB type (``founded_coalition_types``), one the KB has them in, or named by an
alliance noun.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

SYRIA_2014 = dt.date(2014, 5, 1)


def _backs(text: str, relations_found: Any) -> set[tuple[str, str]]:
    return {(s, t) for k, s, t, _c in relations_found(text, SYRIA_2014) if k == "backs"}


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Iran built Hezbollah in the early 1980s.", "IRN", "HEZBOLLAH"),
        ("The Revolutionary Guards created the National Defence Forces in 2012.", "IRGC", "NDF"),
        ("The Sahwa councils, established by the US military in 2007, fought al-Qaeda in Anbar.", "USA_MIL", "SAHWA"),
        ("Iran pays many of Hezbollah's fighters.", "IRN", "HEZBOLLAH"),
        ("Qatar funded most of the rebel factions in Idlib.", "QAT", "GEN_REBELS"),
    ],
)
def test_raising_a_side_or_paying_part_of_it_backs_it(
    text: str, backer: str, backed: str, relations_found: Any
) -> None:
    assert (backer, backed) in _backs(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Jaish al-Islam, founded by Zahran Alloush in 2011, held Douma for six years.",
        "Abu Musab al-Zarqawi founded al-Qaeda in Iraq in 2004.",
        "The army built a wall along the border.",
        "Turkey built three bases in Idlib for the rebels.",
    ],
)
def test_a_founder_or_a_thing_built_is_no_backing(text: str, relations_found: Any) -> None:
    assert not _backs(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Aqsa and Ahrar al-Sham established Jaish al-Fatah in Idlib that spring.",
        "Jaish al-Fatah, established by Ahrar al-Sham and Jund al-Aqsa, took Idlib city in 2015.",
        "Washington built the global coalition against the Islamic State in September 2014.",
        "Saudi Arabia created the Islamic Military Coalition in December 2015.",
        "The Islamic Military Coalition, which Riyadh created in 2015, held its first meeting in 2017.",
    ],
)
def test_the_founders_of_a_coalition_are_no_backers_of_it(text: str, relations_found: Any) -> None:
    assert not _backs(text, relations_found)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Turkey established the Syrian National Army in December 2017.", "TUR", "SNA"),
        ("The Revolutionary Guards founded the Fatemiyoun Brigade from Afghan refugees.", "IRGC", "FATEMIYOUN"),
        ("Ankara built a coalition of Turkmen militias near the border.", "TUR", "GEN_MILITIAS"),
    ],
)
def test_a_state_raising_a_force_it_is_no_member_of_still_backs_it(
    text: str, backer: str, backed: str, relations_found: Any
) -> None:
    assert (backer, backed) in _backs(text, relations_found)
