"""Event sides hidden in whose thing the act hits, and in a misparsed verb.

- "shelled their positions", "raided its base": a possessive pronoun on a place of arms
  stands for the side named before it, never the act's own doer, a monitor or a place
  (extract/possessors.py).
- "a convoy carrying X", "a bus transporting X": the vehicle hit is X's
  (``holding_verbs`` in events.yaml, extract/holders.py).
- "members of X were wounded", "a group of X soldiers was ambushed": the body undergoing a
  passive act stands for its members, as an object does (extract/arguments.py).
- "killed during an operation by X": X is the doer (extract/arguments.py).
- "officials said warplanes of X bombed T": a participle with an object of its own and no
  "by" agent is the active verb the parser hung on the noun before it; "X claimed a bomb
  planted on T": the claimant planted it (extract/arguments.py).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2016, 6, 1)


def _event(events_found: Any, text: str, trigger: str, published: dt.date = PUBLISHED) -> Any:
    return one_event(events_found, text, trigger, published)


# (sentence, trigger, doer, target)
_OWNED = [
    (
        ("After clashes with Islamic State militants near Palmyra, Syrian troops encircled the"
        " Nusra Front fighters and pounded their positions with artillery."),
        "pounded",
        "SYR_MIL",
        "JABHAT_AL_NUSRA",
    ),
    (
        ("Turkish troops fought the YPG in Afrin last year. Islamic State militants fled after"
        " Turkish-backed rebels overran their base near al-Bab."),
        "overran",
        "GEN_REBELS",
        "ISIS",
    ),
    (
        ("The Free Syrian Army said Russian jets had bombed its headquarters in Idlib province,"
        " while Russia said it struck Islamic State targets."),
        "bombed",
        "RUS_AIRFORCE",
        "FSA",
    ),
    # two doers: the pronoun is neither of them
    (
        ("Kurdish fighters said Turkish drones and Islamic State gunmen had both attacked their"
        " positions near Kobani this week."),
        "attacked",
        "TUR_AIRFORCE",
        "YPG",
    ),
    (
        ("Fighters of the Nusra Front captured two villages after Syrian troops and Hezbollah"
        " shelled their trenches near Qusair."),
        "shelled",
        "SYR_MIL",
        "JABHAT_AL_NUSRA",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "doer", "target"), _OWNED)
def test_a_pronoun_owner_is_the_side_named_before(
    text: str, trigger: str, doer: str, target: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert (event.source_actor, event.target_actor) == (doer, target)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # the doer's own base is not its target, and the monitor only reports
        ("The Observatory said Turkish drones struck their targets near Afrin.", "struck", "SOHR"),
        ("Turkish drones struck their targets near Afrin, the Observatory said.", "struck", "TUR"),
        # "Syria's" names where the camp lies, not its owner
        ("In Syria's Hasakah province, jets hit their camp on Monday.", "hit", "SYR"),
    ],
)
def test_a_pronoun_owner_is_never_the_doer_a_monitor_or_a_place(
    text: str, trigger: str, not_target: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert event.target_actor != not_target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("A roadside bomb struck a convoy carrying Iraqi soldiers near Kirkuk.", "struck", "IRQ_MIL"),
        ("Gunmen ambushed a bus transporting Syrian army soldiers near Palmyra.", "ambushed", "SYR_MIL"),
        ("Militants attacked a truck carrying Peshmerga fighters outside Kirkuk.", "attacked", "PESHMERGA"),
    ],
)
def test_a_vehicle_hit_is_its_passengers(
    text: str, trigger: str, target: str, events_found: Any
) -> None:
    assert _event(events_found, text, trigger).target_actor == target


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            ("Witnesses and medics said fighter jets of the Saudi-led coalition bombed Thursday"
            " night tents for wedding guests near Sanaa."),
            "bombed",
            "SAUDI_COALITION",
        ),
        (
            ("Activists and residents said warplanes of the US-led coalition hit Monday morning"
            " shelters for displaced people near Raqqa."),
            "hit",
            "US_COALITION",
        ),
        (
            ("Witnesses said planes of the Saudi-led coalition bombed Monday night homes for"
            " teachers in Saada."),
            "bombed",
            "SAUDI_COALITION",
        ),
    ],
)
def test_a_verb_hung_on_the_noun_before_it_is_active(
    text: str, trigger: str, doer: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert event.source_actor == doer
    assert event.target_actor != doer


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The Islamic State claimed credit for rockets fired at a Kurdish checkpoint near Kirkuk.", "fired", "ISIS"),
        ("The Taliban claimed responsibility for a roadside bomb targeted at an army patrol in Helmand.", "targeted", "TALIBAN"),
        ("Hayat Tahrir al-Sham claimed credit for shells fired at a regime checkpoint in Hama.", "fired", "HTS"),
    ],
)
def test_a_claimant_did_what_it_claims(text: str, trigger: str, doer: str, events_found: Any) -> None:
    event = _event(events_found, text, trigger)
    # named by the sentence itself, not filled in from the article's one enemy
    assert (event.source_actor, bool(event.source_text)) == (doer, True)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Three members of the US military were wounded in a rocket attack near Erbil.", "wounded", "USA_MIL"),
        ("A group of Turkish soldiers was ambushed near Afrin on Monday.", "ambushed", "TUR_MIL"),
        ("Dozens of Houthi fighters were killed in clashes near Marib.", "killed", "HOUTHIS"),
    ],
)
def test_a_body_undergoing_a_passive_act_stands_for_its_members(
    text: str, trigger: str, target: str, events_found: Any
) -> None:
    assert _event(events_found, text, trigger).target_actor == target


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            ("Fourteen Daesh gunmen were killed near al-Bab during an operation by"
            " Turkish Armed Forces on Sunday."),
            "TUR_MIL",
            "ISIS",
        ),
        ("Eleven militants were killed in a campaign by Kenyan troops near Kismayo.", "KEN_MIL", "AL_SHABAAB"),
        (
            "Nine Taliban fighters were killed during an operation by Afghan special forces in Helmand.",
            "AFG_COMMANDOS",
            "TALIBAN",
        ),
    ],
)
def test_the_dead_of_an_operation_fell_to_whoever_ran_it(
    text: str, doer: str, target: str, events_found: Any
) -> None:
    event = _event(events_found, text, "killed")
    assert (event.source_actor, event.target_actor) == (doer, target)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "not_side"),
    [
        # people carried are no militia because of their sect's name
        ("A car bomb hit buses carrying Shiite residents near Karbala on Friday.", "hit", "target", "GEN_SHIITE_MILITIAS"),
        ("A blast struck a minibus carrying Alawite villagers near Homs.", "struck", "target", "GEN_ALAWITES"),
        # "army operations" name no side of their own
        ("Forty militants were killed in army operations near Palmyra on Monday.", "killed", "source", "GEN_TROOPS"),
    ],
)
def test_classes_that_name_no_party_are_not_taken(
    text: str, trigger: str, side: str, not_side: str, events_found: Any
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert all(getattr(e, f"{side}_actor") != not_side for e in found)
