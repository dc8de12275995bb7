"""A passive verb of telling with its teller ("were reported by Reuters to have shot down", "was
said by officials to have shelled") is the teller's word: attributed, with the passive subject
as the doer, not the teller; with no teller ("were reported to have") it stays hedged, as
does a belief with its holder ("was believed by analysts to have") (extract/hedgeverbs.py
``told_by_agent``, verbsubjects.py ``_controller_of``, cues.yaml ``passive_telling_verbs``).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 10)


def _assault(events_found: Any, text: str) -> Any:
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert len(assaults) == 1, (text, assaults)
    return assaults[0]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Coalition jets were reported by Reuters to have struck an IS convoy near Raqqa.",
            "US_COALITION",
        ),
        (
            "Turkish troops were said by local officials to have shelled Kurdish positions near Afrin.",
            "TUR_MIL",
        ),
        (
            "Russian warplanes were reported by activists to have bombed a market in Idlib.",
            "RUS_AIRFORCE",
        ),
    ],
)
def test_a_passive_teller_makes_the_deed_its_word(events_found: Any, text: str, doer: str) -> None:
    assault = _assault(events_found, text)
    assert (assault.claim.certainty, assault.source_actor) == ("attributed", doer)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets were reported to have struck an IS convoy near Raqqa.",
        "Turkish troops were said to have shelled Kurdish positions near Afrin.",
        "Russian warplanes were believed by analysts to have bombed a market in Idlib.",
    ],
)
def test_with_no_teller_or_as_a_belief_it_stays_hedged(events_found: Any, text: str) -> None:
    assert _assault(events_found, text).claim.certainty == "hedged"
