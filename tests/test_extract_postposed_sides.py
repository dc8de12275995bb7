"""A class noun whose side is named after it is read as if the side came first.

"raids by militias sponsored by Iran" are raids by "Iran-sponsored militias",
"ambushed by fighters loyal to the government" by "government-loyal fighters": the actor
KB's phrase rules make the class (pro-government militias here) (extract/postlinks.py,
``postposed_links`` in events.yaml). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 5, 1)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The base came under fire in a series of rocket attacks by militias sponsored by Iran.",
            "attacks",
        ),
        ("The convoy was ambushed by fighters loyal to the government near the town.", "ambushed"),
        ("A patrol was attacked by fighters backed by Iran east of the river.", "attacked"),
        ("The base came under attack by groups affiliated with Hezbollah overnight.", "attack"),
    ],
)
def test_the_side_named_after_the_class_makes_the_doer(
    events_found: Any, text: str, trigger: str
) -> None:
    found = [
        e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT" and e.trigger == trigger
    ]
    assert [e.source_actor for e in found] == ["GEN_PRO_GOV_MILITIAS"], [
        (e.trigger, e.source_actor, e.target_actor) for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters not loyal to the government attacked a checkpoint in Daraa.",
        "Groups formerly affiliated with al-Qaeda attacked an army post in Idlib.",
        "Fighters once loyal to the government attacked a checkpoint in Homs.",
        "Gunmen previously armed by Turkey stormed a village near Afrin.",
    ],
)
def test_a_tie_denied_or_past_names_no_side(events_found: Any, text: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found and all(e.source_actor != "GEN_PRO_GOV_MILITIAS" for e in found), found
    assert all(e.target_actor != "AL_QAEDA" for e in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Groups affiliated with al-Qaeda attacked an army post in Idlib.", "AL_QAEDA"),
        ("Groups affiliated with the Islamic State attacked a checkpoint in Sinai.", "ISIS"),
        ("Cells affiliated with the Islamic State attacked a village in Diyala.", "ISIS"),
        ("Groups affiliated with Hezbollah attacked an army post near Qusayr.", "HEZBOLLAH"),
        ("Groups linked to al-Qaeda ambushed a patrol near Gao.", "AL_QAEDA"),
        ("Groups aligned with the Islamic State attacked a village in Diyala.", "ISIS"),
    ],
)
def test_the_side_a_doer_is_tied_to_is_not_its_target(
    events_found: Any, text: str, tie: str
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found and all(e.target_actor != tie for e in found), [
        (e.source_actor, e.target_actor) for e in found
    ]
