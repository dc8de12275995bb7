"""An object pronoun of a participle clause trailing its verb stands for that verb's object:
"detained a Hamas member, accusing him of ..." accuses the member's side
(extract/participleobjects.py, relations.yaml ``participle_object_pronouns``); a pronoun of
another number ("arrested three suspects, accusing him ...") stays unread. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2021, 9, 14)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Israeli troops detained a Hamas member in Hebron, accusing him of planning attacks.",
            "ISR_MIL",
            "HAMAS",
        ),
        (
            "Iraqi police arrested three Islamic State suspects in Kirkuk, accusing them of smuggling weapons.",
            "IRQ_POLICE",
            "ISIS",
        ),
        (
            "The Taliban seized two officials of the Afghan government, accusing them of spying.",
            "TALIBAN",
            "GEN_GOVERNMENT",
        ),
    ],
)
def test_trailing_participle_pronoun_is_the_main_object(
    events_found: Any, text: str, accuser: str, accused: str
) -> None:
    found = [(e.source_actor, e.target_actor) for e in events_found(text, PUBLISHED) if e.type == "ACCUSE"]
    assert found == [(accuser, accused)]


def test_a_pronoun_of_another_number_stays_unread(events_found: Any) -> None:
    text = "Iraqi police arrested three Islamic State suspects in Kirkuk, accusing him of smuggling weapons."
    found = [(e.source_actor, e.target_actor) for e in events_found(text, PUBLISHED) if e.type == "ACCUSE"]
    assert found == [("IRQ_POLICE", "")]
