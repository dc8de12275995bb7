"""Diplomatic wire English: the main verb and what the speaker says decide the type.

Statements are events of their own: "X will V" is X's intent (AGREE, or THREATEN when
the act is hostile or conditional), "will not accept" a refusal, "X said Y must V" a
demand. The act spoken of stays hypothetical, and the statement comes first.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 3, 10)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


def first_fact(text: str) -> str:
    """The type of the first event stated as fact (the sentence's main event)."""
    events = events_of(text)
    plain = [e for e in events if e.claim.certainty in ("asserted", "attributed")]
    return (plain or events)[0].type if events else "NONE"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jordan pledged to keep its border crossing open to refugees.", "AGREE"),
        ("The rebels offered to release two captured pilots.", "AGREE"),
        ("Ankara said it will withdraw its observers from the town.", "AGREE"),
        ("The opposition will boycott the vote unless the army withdraws.", "THREATEN"),
        ("Damascus says it will not accept any foreign monitors.", "REJECT"),
        ("Moscow said the militias must leave the border area.", "REQUEST"),
        ("The envoy called on both sides to respect the truce.", "REQUEST"),
        ("The minister asked Turkey to reopen the crossing.", "REQUEST"),
        ("The government lifted the curfew in the city on Monday.", "CONCEDE"),
        ("The army eased restrictions on aid convoys.", "CONCEDE"),
        ("The commander apologised for the deaths of the villagers.", "CONCEDE"),
        ("The president resigned after weeks of protests.", "RETREAT"),
        ("Baghdad granted asylum to forty Syrian families.", "AID"),
        ("The two agencies shared intelligence on the cell's movements.", "COOPERATE"),
        ("The foreign minister telephoned his Iranian counterpart on Sunday.", "CONSULT"),
        ("Egypt mediated between the rival factions.", "CONSULT"),
        ("Washington defended the decision to send more advisers.", "SUPPORT"),
        ("The council commended the aid workers for their courage.", "SUPPORT"),
        ("Prosecutors charged the colonel with ordering the shelling.", "ACCUSE"),
        ("The ministry summoned the Turkish ambassador over the raid.", "ACCUSE"),
        ("Military police investigated the deaths in the camp.", "ACCUSE"),
        ("The minister declined to comment on the offer.", "REJECT"),
        ("The group denied the accusations on Tuesday.", "REJECT"),
        ("Inmates rioted at the central prison on Monday.", "PROTEST"),
        ("Workers at the refinery began a general strike on Monday.", "PROTEST"),
        ("Police deported dozens of foreign fighters to Turkey.", "COERCE"),
        ("Bulldozers demolished homes in the camp on Sunday.", "COERCE"),
        ("Canada announced a suspension of flights to Damascus.", "SANCTION"),
        ("The United States condemned the attack on the convoy.", "ACCUSE"),
    ],
)
def test_main_event_type(engine, text: str, kind: str) -> None:
    assert first_fact(text) == kind


def test_intended_act_stays_hypothetical(engine) -> None:
    events = events_of("Ankara said it will withdraw its observers from the town.")
    assert [(e.type, e.claim.certainty) for e in events] == [
        ("AGREE", "attributed"),
        ("RETREAT", "hypothetical"),
    ]


def test_announced_deployment_is_the_deployment(engine) -> None:
    events = events_of("Turkey will send more troops to the border, Ankara said.")
    assert {e.type for e in events} == {"MOBILIZE"}


def test_demand_names_who_asks_and_who_is_asked(engine) -> None:
    (event,) = [e for e in events_of("Russia said Iran must leave Syria.") if e.type == "REQUEST"]
    assert (event.source_actor, event.target_actor) == ("RUS", "IRN")


@pytest.mark.parametrize(
    "text",
    [
        "The fighters carried out a hunger strike in the prison.",
        "The army imposed sanctions on traders who smuggled fuel.",
        "The rebels took control of the town, the monitor said.",
    ],
)
def test_no_intent_without_a_future(engine, text: str) -> None:
    assert not {"AGREE", "THREATEN"} & {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army lifted the siege of the town on Friday.", "RETREAT"),
        ("The army lifted the curfew in the town on Friday.", "CONCEDE"),
        ("Jordan reopened the border crossing with Syria.", "RETREAT"),
        ("Tunisia restored diplomatic ties with Damascus.", "SUPPORT"),
    ],
)
def test_object_decides_the_type(engine, text: str, kind: str) -> None:
    assert first_fact(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Amman says it is willing to reopen the border with Syria.", "AGREE"),
        ("The two sides failed to reach an agreement on prisoners in Geneva.", "REJECT"),
        ("Rebels said they would not withdraw from the town.", "REJECT"),
        ("The government accepted the demands of the protesters.", "CONCEDE"),
        ("The regime denied the accusations on Monday.", "REJECT"),
    ],
)
def test_refusals_and_answers(engine, text: str, kind: str) -> None:
    assert first_fact(text) == kind


def test_a_denied_past_act_is_no_refusal(engine) -> None:
    events = events_of("Russia has never supplied weapons to the rebels, the minister said.")
    assert "REJECT" not in {e.type for e in events}


def test_a_named_demand_answered_is_no_new_demand(engine) -> None:
    events = events_of("The government accepted the demands of the protesters.")
    assert [e.type for e in events] == ["CONCEDE"]


def test_own_forces_are_no_target_of_an_intent(engine) -> None:
    events = events_of("Ankara said it will withdraw its troops from the town.")
    (intent,) = [e for e in events if e.type == "AGREE"]
    assert intent.target_actor == ""
