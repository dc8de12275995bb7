"""A claim of responsibility for "the attack" names the doer of the act told just before
it: one event, the claimant its doer (extract/claims.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 3, 1)


def _assaults(events_found: Any, text: str) -> list[Any]:
    return [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            ("A roadside bomb hit an army patrol near Kismayo on Monday, killing three soldiers."
            " Al-Shabaab claimed responsibility for the bombing."),
            "AL_SHABAAB",
            "SOM_MIL",
        ),
        (
            ("An attacker detonated an explosive vest beside a police post in Baghdad, killing six"
            " policemen. The Islamic State claimed responsibility for the attack in a statement."),
            "ISIS",
            "IRQ_POLICE",
        ),
        (
            ("Mortar rounds slammed into a Syrian army position near Hama overnight. Hayat Tahrir"
            " al-Sham claimed credit for the shelling."),
            "HTS",
            "SYR_MIL",
        ),
    ],
)
def test_the_claimant_is_the_doer_of_the_act_before(
    text: str, doer: str, target: str, events_found: Any
) -> None:
    found = _assaults(events_found, text)
    assert [(e.source_actor, e.target_actor) for e in found] == [(doer, target)]
    assert found[0].source_text  # named by the claim, not guessed from the article


def test_a_doer_named_before_is_not_overridden(events_found: Any) -> None:
    text = (
        "Syrian troops shelled rebel positions near Hama on Monday."
        " Hayat Tahrir al-Sham claimed responsibility for the attack on an army checkpoint."
    )
    doers = {e.source_actor for e in _assaults(events_found, text) if e.trigger == "shelled"}
    assert doers == {"SYR_MIL"}
