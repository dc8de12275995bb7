"""The read-only review of the twelfth session's merges (review22) found four misfires;
each is pinned here with sentences written for these tests: a strike one is refused or
barred the means for is no deed (extract/purposes.py); only an aim of an operation is the
speaker's (extract/arguments.py); sides judged, listed or signing "alongside" one another
are no allies (extract/alliancecues.py); standing behind someone somewhere is no backing
(extract/sidetaking.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The US refused to allow Ukraine to use ATACMS to strike Russian territory.",
        "Germany has barred Ukraine from using Taurus missiles to strike Russia.",
        "Washington prevented Kyiv from using its drones to hit targets inside Russia.",
    ],
)
def test_a_strike_whose_means_were_withheld_is_not_done(text: str, events_found: Any) -> None:
    strikes = [e for e in events_found(text, PUBLISHED) if e.trigger in ("strike", "hit")]
    assert strikes and all(e.claim.certainty not in ("asserted", "attributed") for e in strikes), strikes


def test_a_means_used_to_strike_is_still_a_strike_done(events_found: Any) -> None:
    strikes = [
        e for e in events_found("The Houthis used drones to strike a tanker in the Red Sea.", PUBLISHED)
        if e.trigger == "strike"
    ]
    assert strikes and strikes[0].claim.certainty == "asserted", strikes


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the operation had killed 12 Ukrainian civilians in Kharkiv.",
        "The RSF said the offensive killed dozens of its fighters.",
        "Moscow said the campaign had destroyed Russian villages near Belgorod.",
    ],
)
def test_a_speaker_does_not_do_what_an_operation_did_to_it(text: str, events_found: Any) -> None:
    speaker = text.split()[1 if text.startswith("The") else 0][:3].upper()
    acts = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert not any(e.source_actor.startswith(("UKR", "RSF", "RUS")) for e in acts), (speaker, acts)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine were both criticised alongside Israel in the report.",
        "The Houthis and the Saudi-led coalition were named alongside al-Qaeda in the UN list.",
        "Russia signed the grain deal alongside Turkey in Istanbul.",
        "The EU sanctioned Wagner alongside the Russian defence ministry.",
    ],
)
def test_sides_named_together_are_no_allies(text: str, relations_found: Any) -> None:
    assert not any(k == "allied" for k, _, _, _ in relations_found(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters stood behind the Syrian soldiers at the checkpoint.",
        "Wagner mercenaries stood behind Malian troops during the parade in Bamako.",
        "Iranian advisers stood behind Houthi gunmen in the photograph.",
    ],
)
def test_standing_behind_someone_somewhere_is_no_backing(text: str, relations_found: Any) -> None:
    assert not any(k == "backs" for k, _, _, _ in relations_found(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels retreated into Thailand after the battle.",
        "Hundreds of fighters crossed into Chad overnight.",
        "The militants withdrew into Syria as the army advanced.",
    ],
)
def test_moving_into_a_country_does_not_target_it(text: str, events_found: Any) -> None:
    moves = [e for e in events_found(text, PUBLISHED) if e.type in ("RETREAT", "MOBILIZE")]
    assert not any(e.target_actor for e in moves), moves


def test_what_is_fired_into_a_country_still_targets_it(events_found: Any) -> None:
    acts = events_found("The Houthis launched missiles into Saudi Arabia overnight.", PUBLISHED)
    assert any(e.target_actor == "SAU" for e in acts), acts


def test_an_apology_after_a_placed_act_is_not_placed_there(events_found: Any) -> None:
    text = "Coalition jets struck a convoy near Mosul on Monday. We apologize for the mistake."
    apologies = [e for e in events_found(text, PUBLISHED) if e.type == "CONCEDE"]
    assert not any(e.place_id for e in apologies), apologies
