"""A one-sided deed gets no target from the article's main opponent when its sentence lists
that opponent with the deed's known side as doers ("X and later Y stormed the town"):
extract/colisted.py, used by opponents.face_main_opponents. Reciprocal deeds ("X and Y
clashed", "fighting between X and Y") list enemies and are left alone. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.extract.colisted import listed_with_known_side
from frontwatch.records import Event, Evidence, Mention
from tests.extracted import extract

PUBLISHED = dt.date(2024, 12, 1)
# an article whose main party besides HTS is the SDF: the SDF is named most
LEAD = (
    "Hayat Tahrir al-Sham fighters pushed into Aleppo province on Wednesday. "
    "The Syrian Democratic Forces said they had moved into several districts of the city. "
    "The SDF said its fighters were protecting Kurdish neighbourhoods. "
)


def _deeds(sentence: str, trigger: str) -> list[tuple[str, str]]:
    events = extract(LEAD + sentence, PUBLISHED).events
    return [(e.source_actor, e.target_actor) for e in events if e.trigger == trigger]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "On Friday, Hayat Tahrir al-Sham and later the SDF stormed the town of Tal Rifaat.",
            "stormed",
        ),
        (
            "On Friday, Hayat Tahrir al-Sham, along with the SDF, stormed the town of Tal Rifaat.",
            "stormed",
        ),
        (
            "Hayat Tahrir al-Sham as well as the SDF shelled the town of Tal Rifaat on Friday.",
            "shelled",
        ),
        (
            (
                "The assault on Tal Rifaat was launched by Hayat Tahrir al-Sham, other rebel"
                " factions and later the SDF."
            ),
            "launched",
        ),
    ],
)
def test_a_side_listed_with_the_doer_is_not_its_target(sentence: str, trigger: str) -> None:
    deeds = _deeds(sentence, trigger)
    assert deeds  # the deed is read, with one known side ...
    assert all(bool(source) != bool(target) for source, target in deeds), deeds
    # ... and the partner in the list is never made its enemy
    assert all({source, target} != {"HTS", "SDF"} for source, target in deeds), deeds


def test_the_main_opponent_still_faces_a_doer_it_is_not_listed_with() -> None:
    deeds = _deeds(
        "On Friday, Hayat Tahrir al-Sham fighters stormed the town of Tal Rifaat.", "stormed"
    )
    assert deeds == [("HTS", "SDF")]


def _event(sentence: str, trigger: str, names: dict[str, str]) -> tuple[Event, list[Mention]]:
    """An event of the first named actor with no target, and a mention of each name."""
    mentions = []
    for text, actor in names.items():
        at = sentence.index(text)
        mentions.append(Mention("a", 0, at, at + len(text), text, "ACTOR", actor_id=actor))
    first, text = next(iter(names.values())), next(iter(names))
    evidence = Evidence("a", 0, len(sentence), sentence)
    event = Event(
        "e1", "ASSAULT", trigger=trigger, source_actor=first, source_text=text, evidence=evidence
    )
    return event, mentions


@pytest.mark.parametrize(
    ("sentence", "trigger", "listed"),
    [
        ("The Taliban and then the Haqqani network overran the district centre.", "overran", True),
        ("The Taliban together with the Haqqani network attacked the base.", "attacked", True),
        # reciprocal deeds and lists after "between" pair enemies
        ("The Taliban and the Haqqani network clashed near the district centre.", "clashed", False),
        (
            "Heavy fighting between the Taliban and the Haqqani network was reported.",
            "reported",
            False,
        ),
        # a comma alone, or a verb between the names, is no list of doers
        ("After a raid by the Taliban, the Haqqani network withdrew.", "raid", False),
        ("The Taliban attacked the base held by the Haqqani network.", "attacked", False),
    ],
)
def test_what_counts_as_a_list_of_doers(sentence: str, trigger: str, listed: bool) -> None:
    event, mentions = _event(
        sentence, trigger, {"Taliban": "TALIBAN", "Haqqani network": "HAQQANI"}
    )
    assert listed_with_known_side("HAQQANI", event, mentions, lambda actor: actor) is listed


def test_the_dead_of_both_sides_listed_are_no_partners_of_the_doer() -> None:
    sentence = "Twelve soldiers and nine Haqqani fighters died as the army attacked the village."
    mentions = [
        Mention("a", 0, at, at + len(text), text, "ACTOR", actor_id=actor)
        for text, actor in (
            ("Twelve soldiers", "ARMY"),
            ("nine Haqqani fighters", "HAQQANI"),
            ("the army", "ARMY"),
        )
        for at in [sentence.index(text)]
    ]
    evidence = Evidence("a", 0, len(sentence), sentence)
    event = Event(
        "e1", "ASSAULT", trigger="attacked", source_actor="ARMY", source_text="the army",
        evidence=evidence,
    )  # fmt: skip
    assert not listed_with_known_side("HAQQANI", event, mentions, lambda actor: actor)
    event.source_text = "Twelve soldiers"  # the same list, had the deed been named by the dead
    assert listed_with_known_side("HAQQANI", event, mentions, lambda actor: actor)
