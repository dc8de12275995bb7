"""Ties a commentary states in clauses that continue one another: a pronoun subject of a
clause joined by "and" or of an object relative clause stands for the main clause's named
subject (extract/anaphora.py); a relative pronoun after a preposition ("against which")
stands for the noun before it, and "who" hung on "the campaign" after "groups of" stands
for the groups (extract/relatives.py); a class set off by a comma before "who" is the side
already named (extract/pronoundoers.py); troops sent to fight alongside a side are allied
with it as surely as they were sent (extract/tieclaims.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 10, 20)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str, str]]:
    return relations_found(text, _DAY)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ankara distrusts the Kurdish militias, and it sponsors several Syrian rebel brigades.",
         ("backs", "TUR", "GEN_REBELS")),
        ("Tehran has watched the war closely, and it arms the Houthis.",
         ("backs", "IRN", "HOUTHIS")),
        ("Washington ended its programme for the rebels in 2017, but it still trains the Syrian Democratic Forces.",
         ("backs", "USA", "SDF")),
    ],
)  # fmt: skip
def test_a_pronoun_of_a_joined_clause_is_the_first_clause_subject(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert (*tie, "asserted") in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ankara views the YPG as an offshoot of the PKK, against which it has fought since 1984.",
         ("fights", "TUR", "PKK")),
        ("Turkey sees the YPG as a wing of the PKK, against which it has waged a long war.",
         ("fights", "TUR", "PKK")),
        ("Israel regards Hezbollah as a proxy of Iran, against which it has waged war for years.",
         ("fights", "ISR", "IRN")),
    ],
)  # fmt: skip
def test_against_which_stands_for_the_side_named_before(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert (*tie, "asserted") in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ankara funds the rebel brigades of the Olive Branch operation, who have fought the YPG around Afrin.",
         ("fights", "GEN_REBELS", "YPG")),
        ("Turkey arms the Syrian rebel groups, who have clashed repeatedly with the SDF.",
         ("fights", "GEN_REBELS", "SDF")),
        ("Moscow pays the mercenaries of the Wagner company, who have battled the Islamic State near Palmyra.",
         ("fights", "WAGNER", "ISIS")),
    ],
)  # fmt: skip
def test_who_stands_for_the_fighters_not_the_campaign(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    assert (*tie, "asserted") in _ties(relations_found, text)


def test_a_class_defined_by_its_clause_names_no_side(relations_found: Any) -> None:
    """ "rebels are fighters who oppose the government": a definition, no side's deed."""
    ties = _ties(relations_found, "Rebels are fighters who oppose the government of Bashar al-Assad.")
    assert not any(kind == "fights" and source.startswith("GEN_") for kind, source, _t, _c in ties)


@pytest.mark.parametrize(
    ("text", "tie", "certainty"),
    [
        ("Tehran sent thousands of Shiite fighters to fight alongside the Syrian army.",
         ("allied", "IRN", "SYR_MIL"), "asserted"),
        ("Moscow deployed mercenaries to fight beside Haftar's forces.",
         ("allied", "", "LNA"), "asserted"),
        ("The rebels want to fight alongside the Turkish army.",
         ("allied", "", "TUR_MIL"), "hypothetical"),
        ("The rebels plan to fight alongside the Turkish army.",
         ("allied", "", "TUR_MIL"), "hypothetical"),
    ],
)  # fmt: skip
def test_fighting_alongside_is_as_sure_as_the_sending(
    relations_found: Any, text: str, tie: tuple[str, str, str], certainty: str
) -> None:
    """The ally may be the sender or the men it sent; the certainty is the sending's."""
    kind, source, target = tie
    found = {(k, t, c) for k, s, t, c in _ties(relations_found, text) if not source or s == source}
    assert (kind, target, certainty) in found


@pytest.mark.parametrize(
    "text",
    [
        "Houthi spokesman Mohammed Abdulsalam declared in a statement they had seized the port of Midi.",
        "The Kremlin spokesman Dmitry Peskov told reporters in a briefing they had taken the village.",
    ],
)
def test_they_of_a_statement_is_not_its_spokesman(events_found: Any, text: str) -> None:
    """ "said in a statement they had seized T": "they" is no person, whoever the subject."""
    doers = {e.source_actor for e in events_found(text, _DAY)}
    assert not any(d.startswith("P_") for d in doers)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Tehran has sent Shiite volunteers to stand beside Damascus.", "IRN", "SYR"),
        ("Moscow deployed contractors to fight beside Haftar's forces in 2019.", "RUS", "LNA"),
        ("Iran sent thousands of Afghan recruits to fight alongside the Syrian army.", "IRN", "SYR_MIL"),
    ],
)  # fmt: skip
def test_the_sender_backs_the_side_its_men_stand_beside(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    assert ("backs", backer, backed, "asserted") in _ties(relations_found, text)


def test_men_only_planned_to_be_sent_back_no_one_yet(relations_found: Any) -> None:
    ties = _ties(relations_found, "Tehran may send Shiite volunteers to stand beside Damascus.")
    assert ("backs", "IRN", "SYR", "asserted") not in ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The Kurdish advance alarms Ankara, which has shelled YPG positions near Tal Rifaat.",
         ("fights", "TUR_MIL", "YPG")),
        ("The rebels' gains have worried Damascus, which then bombed Free Syrian Army bases near Daraa.",
         ("fights", "SYR_AIRFORCE", "FSA")),
    ],
)  # fmt: skip
def test_a_capital_that_a_clause_tells_of_is_its_state(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    """ "worries Ankara, which has shelled X": the state, not the city, shelled X."""
    kind, source, target = tie
    top = {"TUR_MIL": "TUR", "SYR_AIRFORCE": "SYR"}[source]
    found = {(k, s, t) for k, s, t, _c in _ties(relations_found, text)}
    assert (kind, source, target) in found or (kind, top, target) in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops attacked YPG fighters near Afrin, and they retaliated with rocket fire on Kilis.",
        "Saudi troops attacked Houthi fighters near Saada, and they retaliated with missile fire on Jizan.",
    ],
)
def test_a_pronoun_answering_the_deed_is_not_read_as_its_doer(events_found: Any, text: str) -> None:
    """ "X attacked Y, and they retaliated": "they" may be Y, so the answer gets no doer."""
    doers = {e.source_actor for e in events_found(text, _DAY) if e.trigger.lower() != "attacked"}
    assert not doers & {"TUR_MIL", "TUR", "SAU_AIRFORCE", "SAU"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Russian warplanes gave cover to the Syrian army as it pushed east to break the Islamic State's siege of Deir ez-Zor.",
         ("fights", "SYR_MIL", "ISIS")),
        ("Iranian drones shielded the Iraqi army as it drove toward the ISIS stronghold and attacked the jihadists.",
         ("fights", "IRQ_MIL", "ISIS")),
    ],
)  # fmt: skip
def test_it_of_a_trailing_clause_is_the_one_side_of_its_number(
    relations_found: Any, text: str, tie: tuple[str, str, str]
) -> None:
    """ "jets gave cover to the army as it pushed east": "it" is the army, not the jets."""
    assert tie in {(k, s, t) for k, s, t, _c in _ties(relations_found, text)}


def test_a_trailing_pronoun_between_two_candidates_stays_unread(events_found: Any) -> None:
    """ "jets struck the YPG as they retreated": jets or YPG may be "they"."""
    events = events_found("Turkish jets struck the YPG as they retreated toward Manbij.", _DAY)
    assert not [e for e in events if e.type == "RETREAT" and e.source_actor.startswith("TUR")]
