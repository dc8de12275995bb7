"""A press release's "we" is the party that issues it."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2022, 10, 11)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


@pytest.mark.parametrize(
    ("text", "voice", "event_type"),
    [
        (
            (
                "The United States condemns the airstrike on a village in Sagaing Region. The "
                "United States urges all parties to protect civilians. We call on the military "
                "to end its violence."
            ),
            "USA",
            "REQUEST",
        ),
        (
            (
                "Germany condemns the shelling of Kharkiv. Germany calls on Moscow to withdraw its "
                "troops. We strongly condemn these attacks on schools."
            ),
            "DEU",
            "ACCUSE",
        ),
        (
            (
                "Turkey rejects the accusations of the Syrian government. Turkey denounces the "
                "attacks on its border posts. We reject any claim that our troops shelled Afrin."
            ),
            "TUR",
            "REJECT",
        ),
    ],
)
def test_our_statement_is_made_by_the_article_voice(
    engine, text: str, voice: str, event_type: str
) -> None:
    last = [e for e in events_of(text) if e.type == event_type][-1]
    assert last.source_actor == voice
    assert last.source_text == ""  # the article names it, the sentence says "we"


@pytest.mark.parametrize(
    ("text", "voice", "event_type"),
    [
        (
            "The United States condemns the airstrike on Sagaing. We call on the military to stop.",
            "USA",
            "REQUEST",
        ),
        (
            "France condemns the shelling of Kherson. We urge Moscow to halt its strikes on hospitals.",
            "FRA",
            "REQUEST",
        ),
        (
            (
                "We call on the Rapid Support Forces to lift the siege of El Fasher. Canada "
                "condemns the attacks on displacement camps."
            ),
            "CAN",
            "REQUEST",
        ),
    ],
)
def test_a_voice_named_once_speaks_for_our_statements(
    engine, text: str, voice: str, event_type: str
) -> None:
    """A press statement names its issuer once ("The United States condemns ...", "France
    will keep supporting ...") and says "we" everywhere else."""
    ours = [e for e in events_of(text) if e.type == event_type and not e.source_text]
    assert ours and all(e.source_actor == voice for e in ours)


def test_two_voices_named_once_each_are_not_assumed(engine) -> None:
    text = (
        "The United States condemns the airstrike on Sagaing. Japan condemns the attack on the "
        "monastery. We call on the military to stop."
    )
    requests = [e for e in events_of(text) if e.type == "REQUEST"]
    assert [e.source_actor for e in requests] == [""]


def test_a_quoted_we_is_not_the_article_voice(engine) -> None:
    text = (
        "The United States condemns the airstrike on Sagaing. The United States urges all "
        'parties to protect civilians. "We call on the world to help us," a villager said.'
    )
    requests = [e for e in events_of(text) if e.trigger == "call"]
    assert all(e.source_actor != "USA" for e in requests)


def test_an_act_we_are_alarmed_by_keeps_its_own_doer(engine) -> None:
    text = (
        "The United States condemns the airstrike on Sagaing. The United States urges all "
        "parties to protect civilians. We are alarmed by reports of an offensive by the "
        "Rapid Support Forces."
    )
    assaults = [e for e in events_of(text) if e.type == "ASSAULT" and e.trigger == "offensive"]
    assert assaults and all(e.source_actor != "USA" for e in assaults)


@pytest.mark.parametrize(
    "text",
    [
        # a question's "we" is the one asking (a briefing transcript)
        "Turkey condemned the attack on its border post near Kilis. Can we ask about the casualties today?",
        # a deed is no statement: who sends aid does not speak for the article
        "Qatar sent aid convoys to the flooded districts on Monday. We demand that the militias lift the siege of the town.",
        # a class is no voice
        "The government condemned the bombing in the market. We call on the militias to lay down their arms.",
        # one statement deep in an opinion piece does not make its doer the writer
        (
            "Markets fell again this week as the war dragged on. Fuel prices rose in the capital. "
            "Iran accused Israel of striking its consulate. We call on both sides to show restraint."
        ),
    ],
)
def test_our_statement_is_not_given_a_voice_the_article_does_not_have(text: str, engine) -> None:
    ours = [e for e in events_of(text) if e.type in ("REQUEST", "ACCUSE") and e.trigger.lower() in ("ask", "demand", "call")]
    assert ours and all(e.source_actor == "" for e in ours), [(e.type, e.trigger, e.source_actor) for e in ours]
