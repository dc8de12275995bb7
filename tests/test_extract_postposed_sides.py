"""A class noun whose side is named after it is read as if the side came first.

"raids by militias affiliated with the IRGC" are raids by "IRGC-affiliated militias",
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
            "The strikes answered a string of attacks on coalition troops by militias affiliated with the IRGC.",
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
