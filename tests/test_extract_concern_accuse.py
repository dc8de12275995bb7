"""Official statements: words of concern that judge a deed accuse its doer; a whole people
an act hits is civilians, not its state (issues #12/#13)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 12)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


def sides(text: str, event_type: str, kb) -> list[tuple[str, str]]:
    """Each event's sides as the parties they belong to ('' stays '')."""
    top = kb.top_of
    return [
        (e.source_actor and top(e.source_actor), e.target_actor and top(e.target_actor))
        for e in events_of(text)
        if e.type == event_type
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        # the passive of alarm ("troubled by"), a report's clause telling the deed
        (
            "The United States is deeply troubled by reports that Russian forces shelled a hospital in Kharkiv.",
            "USA",
            "RUS",
        ),
        # the adjective with "about", the deed's agent after "by"
        (
            "Britain is gravely concerned about the shelling of Idlib by Syrian government forces.",
            "GBR",
            "SYR_GOV",
        ),
        # a report's "of"
        (
            "The European Union is alarmed by reports of an Islamic State attack on a market in Baghdad.",
            "EU",
            "ISIS",
        ),
        (
            "Germany said it was appalled by the bombing of a hospital in Aleppo by Russian warplanes.",
            "DEU",
            "RUS",
        ),
        (
            "The United Nations remains gravely concerned about continued Houthi attacks on shipping in the Red Sea.",
            "UN",
            "HOUTHIS",
        ),
    ],
)
def test_concern_at_a_deed_accuses_its_doer(
    engine, actor_kb, text: str, speaker: str, accused: str
) -> None:
    top = actor_kb.top_of
    assert sides(text, "ACCUSE", actor_kb) == [(top(speaker), top(accused))]


def test_a_speakers_we_is_no_target_of_its_concern(engine, actor_kb) -> None:
    text = "We are horrified by the reports that the Houthis fired missiles at a school in Marib."
    assert [b for _, b in sides(text, "ACCUSE", actor_kb)] == [actor_kb.top_of("HOUTHIS")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister was troubled by the delay of the meeting in Geneva.",
        "Officials in Kabul are concerned about the weather ahead of the talks.",
        "The Pentagon is troubled by delays in the delivery of aid to Kobani.",
        "Residents are alarmed by rising prices in Damascus.",
        # a deed with no doer named: no one is accused ("in T" is only where it was)
        "We are outraged by today's rocket attack in the Kurdistan Region of Iraq.",
        # a deed still to come is feared, not blamed
        "The EU is alarmed by signs of a looming assault by government forces on Idlib.",
        "Washington is deeply concerned about reports of an imminent offensive by the militia.",
        # concern at a party, no deed of it
        "Officials said they were alarmed at the composition of the alliance of rebel groups.",
    ],
)
def test_concern_at_no_deed_of_a_party_accuses_no_one(engine, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States condemns the recent terrorist attacks by ISIS against the Iraqi people.",
        "Hezbollah fighters carried out attacks on the Syrian people in Qusayr.",
        "The Taliban attack on the Afghan population in Kabul killed 20.",
        "The militants have waged a campaign of bombings targeting Iraqi citizens in Baghdad.",
    ],
)
def test_a_whole_people_attacked_is_civilians_not_its_state(engine, actor_kb, text: str) -> None:
    targets = [b for _, b in sides(text, "ASSAULT", actor_kb)]
    assert targets
    assert all(b == "GEN_CIVILIANS" for b in targets)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ISIS fighters attacked Iraqi troops in Mosul.", "IRQ"),
        ("Turkish jets bombed Syrian army positions near Afrin.", "SYR"),
    ],
)
def test_a_peoples_forces_attacked_keep_their_state(
    engine, actor_kb, text: str, target: str
) -> None:
    top = actor_kb.top_of
    assert [b for _, b in sides(text, "ASSAULT", actor_kb)] == [top(target)]


def test_the_speaker_of_a_concern_is_not_its_place(engine) -> None:
    text = (
        "The United States is deeply troubled by credible reports that the Houthis and allied"
        " militias have burned several villages east of Marib."
    )
    events = events_of(text)
    accused = [e.place_id for e in events if e.type == "ACCUSE"]
    deeds = [e.place_id for e in events if e.type != "ACCUSE"]
    assert accused and deeds
    assert accused == deeds[:1]  # the deed's place (near Marib), not the United States
