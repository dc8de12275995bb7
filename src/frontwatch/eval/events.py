"""Pick the one event an article- or sentence-level gold label describes.

Gold sets like FA-KES and PLOVER code one event per article or sentence, while
FrontWatch may extract several; these rules choose deterministically.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.records import PLAIN_FACT_CERTAINTIES, Casualties, Event

ATTACK = "ASSAULT"


def has_casualties(casualties: Casualties) -> bool:
    return any(
        value is not None
        for value in (
            casualties.killed,
            casualties.injured,
            casualties.civilians,
            casualties.children,
            casualties.women,
        )
    )


def is_plain_news(event: Event) -> bool:
    """Stated as fact (asserted or attributed) and about the day's news, not the past."""
    return event.claim.certainty in PLAIN_FACT_CERTAINTIES and not event.time.background


def main_event(events: Sequence[Event]) -> Event | None:
    """The first plain-news ASSAULT with casualties, else the first ASSAULT, else the first one."""
    for event in events:
        if event.type == ATTACK and is_plain_news(event) and has_casualties(event.casualties):
            return event
    for event in events:
        if event.type == ATTACK:
            return event
    return events[0] if events else None


def attack_attribute(events: Sequence[Event], main: Event | None, name: str) -> str:
    """The main event's ``name`` (mode, source_actor...), else the first ASSAULT's that has one.

    The event with the casualty count is often passive ("12 were killed") while the
    sentence before it says who struck and how; the article's label covers both.
    """
    value = str(getattr(main, name, "") or "") if main is not None else ""
    if value:
        return value
    return next(
        (str(getattr(e, name)) for e in events if e.type == ATTACK and getattr(e, name)), ""
    )


def sentence_event(events: Sequence[Event]) -> Event | None:
    """For one coded sentence: the first event stated as fact, else the first event."""
    for event in events:
        if event.claim.certainty in PLAIN_FACT_CERTAINTIES:
            return event
    return events[0] if events else None
