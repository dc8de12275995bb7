"""Blame laid by "attributed ... to", denials of a hostile deed, and accounts of an act
called false: ACCUSE and REJECT statements (extract/judged.py, triggers.py, falsity.py).
Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import extract


def _acts(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "judge", "culprit"),
    [
        ("Western governments attributed the chemical attack on the town to Syrian government forces.", "GEN_WESTERN_STATES", "SYR_MIL"),
        ("A UN inquiry attributed responsibility for the bombing of the hospital to the Russian air force.", "UN", "RUS_AIRFORCE"),
        ("Kurdish officials attributed Tuesday's car bombing near the market to Islamic State.", "GEN_KURDISH_FORCES", "ISIS"),
    ],
)
def test_an_act_attributed_to_a_side_is_an_accusation_of_it(text: str, judge: str, culprit: str) -> None:
    acts = _acts(text)
    assert ("ACCUSE", judge, culprit) in acts, acts
    deeds = [a for a in acts if a[0] == "ASSAULT"]
    assert deeds and all(source == culprit for _, source, _ in deeds), deeds  # not the judge's


@pytest.mark.parametrize(
    "text",
    [
        "Analysts attributed the drop in violence to the Turkish army's presence.",
        "The newspaper attributed the quote to a senior Hezbollah commander.",
    ],
)
def test_attributing_no_act_accuses_no_one(text: str) -> None:
    assert not [a for a in _acts(text) if a[0] == "ACCUSE"], _acts(text)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Tehran denied and condemned the allegations of its involvement in the raid.", "IRN"),
        ("The Turkish defence ministry denied that its drones had struck a convoy of civilians.", "TUR_MOD"),
        ("Hezbollah denied its fighters had shelled the villages.", "HEZBOLLAH"),
        ("Russia denied that its aircraft had bombed the market in Idlib.", "RUS"),
    ],
)
def test_denying_a_charge_or_a_hostile_deed_rejects_it(text: str, denier: str) -> None:
    assert any(kind == "REJECT" and source == denier for kind, source, _ in _acts(text)), _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government officials denied they had lost the airport to the rebels.",
        "The ministry denied access to foreign journalists.",
        # a denial not made: no rejection
        "The Pentagon did not deny that its jets struck the convoy.",
        "Moscow has never denied that its aircraft bombed the hospital.",
        "Ankara did not deny that Turkish drones had hit the village.",
        "Hezbollah would not deny that its fighters attacked the patrol.",
    ],
)
def test_a_denial_of_no_charge_rejects_nothing(text: str) -> None:
    assert not [a for a in _acts(text) if a[0] == "REJECT"], _acts(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Syrian government said the chemical attack was a fabrication.", "SYR_GOV"),
        ("Russian officials insisted that the incident had been staged.", "RUS_GOV"),
        ("Activists said reports of a massacre in the camp were false.", "GEN_PROTESTERS"),
        ("The Iraqi defence ministry said the video of the raid was fabricated.", "IRQ_MOD"),
        ("Damascus said the chemical attack had been staged in order to justify Western strikes.", "SYR"),
    ],
)
def test_an_act_called_false_is_rejected_by_the_speaker(text: str, speaker: str) -> None:
    assert any(kind == "REJECT" and source == speaker for kind, source, _ in _acts(text)), _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the casualty figures were false.",
        "The army said the raid was staged by Islamic State fighters.",
        "Rebels said they had staged an ambush on the convoy.",
        # staged from, in, near a place: where the act was launched, not a fake
        "Russia said the attack had been staged from territory controlled by Ukrainian forces.",
        "The army said the raid was staged from a base inside Jordan.",
        "Officials said the ambush was staged from a village near the border.",
        "Kyiv said the drone strike had been staged in Belarus.",
        "The ministry claimed the assault was staged near the Lebanese frontier.",
    ],
)
def test_no_rejection_without_an_act_called_false(text: str) -> None:
    assert not [a for a in _acts(text) if a[0] == "REJECT"], _acts(text)
