"""Words that look like a claim's status but are not, and claims whose status hides in a
word the clause rules did not read: an occasion weighed by "would" ("would be the first
time X did"), what someone heard ("we heard that"), and a name given ("fighters calling
themselves X"). Each class through the full pipeline, on events, ties and control."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2022, 3, 9)
PLAIN = ("asserted", "attributed")


def assaults(text: str) -> list[Any]:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events, f"no ASSAULT in {text!r}"
    return events


@pytest.mark.parametrize(
    "text",
    [
        "If confirmed, it would be the first time Turkish troops have shelled Manbij.",
        "That would mark the first time that Russian jets have bombed Daraa.",
        "It could be the first occasion on which the militia has attacked Kirkuk.",
    ],
)
def test_a_deed_told_as_the_occasion_would_weighs_is_hypothetical(text: str) -> None:
    assert all(e.claim.certainty == "hypothetical" for e in assaults(text))


def test_a_tie_told_as_the_occasion_would_weighs_is_hypothetical() -> None:
    result = extract("It would be the first time Iran has armed the Houthis directly.", PUBLISHED)
    backs = [r for r in result.relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty == "hypothetical" for r in backs)


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time Turkish troops had shelled Manbij.",
        "This is the first time that Russian jets have bombed Daraa this year.",
    ],
)
def test_an_occasion_told_in_the_past_or_present_is_a_fact(text: str) -> None:
    assert any(e.claim.certainty in PLAIN for e in assaults(text))


@pytest.mark.parametrize(
    "text",
    [
        "We heard that rebels shelled the airport in Hama.",
        "Residents said they heard the militia had shelled the market in Tikrit.",
        "One farmer heard that army helicopters bombed the village of Kafr Zita.",
    ],
)
def test_a_deed_someone_heard_of_is_hedged(text: str) -> None:
    assert all(e.claim.certainty == "hedged" for e in assaults(text))


@pytest.mark.parametrize(
    "text",
    [
        "Residents heard jets bombing the outskirts of Hama all night.",
        "Villagers in Kafr Zita heard the helicopters bomb the market.",
    ],
)
def test_a_deed_heard_as_it_happened_is_a_fact(text: str) -> None:
    assert any(e.claim.certainty in PLAIN for e in assaults(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters calling themselves the Free Brigade shelled the market in Maarat al-Numan.", ""),
        ("Gunmen calling themselves the Desert Lions ambushed an army convoy near Palmyra.", ""),
        ("Fighters calling themselves the Free Brigade captured Saraqeb.", "Saraqeb"),
    ],
)
def test_a_name_a_group_gives_itself_is_no_demand(text: str, place: str) -> None:
    assert all(e.claim.certainty in PLAIN for e in assaults(text))
    if place:
        captures = [c for c in extract(text, PUBLISHED).control_changes if c.place_text == place]
        assert captures and all(c.claim.certainty in PLAIN for c in captures)


def test_a_call_on_others_is_still_a_demand() -> None:
    text = "Protesters calling on the army to storm the town of Hit marched in Ramadi."
    storms = [e for e in extract(text, PUBLISHED).events if e.trigger == "storm"]
    assert all(e.claim.certainty not in PLAIN for e in storms)


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Douma, killing 12; the toll is expected to rise.",
        "Militias shelled the market in Tikrit; more strikes are feared to follow.",
        "Rebels shelled the airport in Hama; the army has denied that it lost any aircraft.",
    ],
)
def test_a_deed_beside_a_verb_with_its_own_complement_is_not_its_aim(text: str) -> None:
    first = min(assaults(text), key=lambda e: e.evidence.start if e.evidence else 0)
    assert first.claim.certainty in PLAIN


@pytest.mark.parametrize(
    "text",
    ["Rebels will storm the base in Hama, officials fear.", "The militia could shell Tikrit, the army expects."],
)
def test_a_deed_told_before_the_verb_that_fears_it_is_still_hypothetical(text: str) -> None:
    assert all(e.claim.certainty not in PLAIN for e in assaults(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia has been trying to seize Avdiivka for months, shelling the town daily.",
        "Government troops are trying to push into Daraya, shelling the town and killing four civilians.",
        "The army attempted to retake Morek, shelling the town for days.",
    ],
)
def test_how_an_effort_went_is_done(text: str) -> None:
    done = [e for e in assaults(text) if e.trigger.lower() in ("shelling", "killing", "firing")]
    assert done and all(e.claim.certainty in PLAIN for e in done)


@pytest.mark.parametrize(
    "text",
    [
        "The army plans to seize Avdiivka, shelling the town first.",
        "The army will try to retake Morek, shelling the town first.",
    ],
)
def test_a_participle_of_a_plan_is_planned(text: str) -> None:
    planned = [e for e in assaults(text) if e.trigger.lower() == "shelling"]
    assert all(e.claim.certainty not in PLAIN for e in planned)


@pytest.mark.parametrize(
    "text",
    [
        "Reports that Turkish jets bombed Afrin are false, the ministry said.",
        "Claims that the army shelled a hospital in Hama were fabricated, state media said.",
        "State media said reports of the air strike on Kutum were fake news.",
        "Reports of shelling in Douma were untrue, according to the army.",
        "\"Reports that allege that rebel rockets hit ships off Hodeidah are baseless,\" an official said.",
    ],
)
def test_a_report_said_to_be_false_is_denied(text: str) -> None:
    assert all(e.claim.certainty == "negated" for e in assaults(text))


def test_a_tie_and_a_capture_said_to_be_false_are_denied() -> None:
    tie = extract("Reports that Iran armed the Houthis are baseless, Tehran said.", PUBLISHED)
    backs = [r for r in tie.relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty == "negated" for r in backs)
    taken = extract("Claims that rebels captured Morek are false, the army said.", PUBLISHED)
    captures = [c for c in taken.control_changes if c.place_text == "Morek"]
    assert captures and all(c.claim.certainty == "negated" for c in captures)


@pytest.mark.parametrize(
    "text",
    [
        "The report that SANA published on the shelling of Hama was false.",
        "Reports that the army shelled Hama are spreading.",
    ],
)
def test_a_report_not_said_to_be_false_denies_nothing(text: str) -> None:
    assert all(e.claim.certainty != "negated" for e in assaults(text))


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Reports that Iran armed the Houthis spread on Monday.", "IRN"),
        ("Claims that Qatar funded the militia surfaced in May.", "QAT"),
        ("Rumours that Russia supplied the separatists with tanks circulated in Donetsk.", "RUS"),
    ],
)
def test_a_tie_told_as_what_a_report_says_is_hedged(text: str, backer: str) -> None:
    backs = [r for r in extract(text, PUBLISHED).relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty == "hedged" for r in backs if r.source_actor == backer)


@pytest.mark.parametrize(
    "text", ["Rebels backed by Turkey shelled Afrin.", "Turkish-backed rebels shelled Afrin on Monday."]
)
def test_a_tie_that_modifies_a_noun_stays_taken_for_granted(text: str) -> None:
    backs = [r for r in extract(text, PUBLISHED).relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty in PLAIN for r in backs)


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        (
            (
                "On Monday the army denied that the militia had taken the whole town, and accused "
                "its rivals of continuing attacks on Kadugli."
            ),
            "accused",
        ),
        (
            (
                "The Houthis denied they had fired at the ship and blamed the coalition for the "
                "strike on Hodeidah."
            ),
            "blamed",
        ),
        (
            (
                "The ministry rejected claims that its forces had bombed the market, and accused "
                "the militia of shelling Kutum."
            ),
            "accused",
        ),
    ],
)
def test_a_deniers_second_statement_is_not_denied(text: str, charged: str) -> None:
    events = extract(text, PUBLISHED).events
    charges = [e for e in events if e.trigger == charged]
    assert charges and all(e.claim.certainty in PLAIN for e in charges)


def test_a_deed_the_denier_charges_others_with_is_their_claim() -> None:
    text = (
        "The Houthis denied they had fired at the ship and blamed the coalition for the strike "
        "on Hodeidah."
    )
    strikes = [e for e in assaults(text) if e.trigger == "strike"]
    assert strikes and all(e.claim.certainty == "attributed" for e in strikes)
