"""The strikes a release lists are the campaign its lead tells.

A command's strike release names the doer once, in its lead ("U.S. and coalition forces
continued to attack ISIL terrorists in Syria and Iraq yesterday"), then lists strikes by
place, with no doer: "-- Near Raqqa, three strikes destroyed an oil tanker truck". Each
listed strike is the lead's campaign, at its own place. The rule holds only in an article
laid out as such a list (a few lines opening with a list mark), so a strike a news story
tells without its doer is left to the rules for stories (unnamed.py). The words and
numbers are data (``events.yaml``: ``listed_strikes``).
"""

from __future__ import annotations

import bisect
import re

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_PLAIN = frozenset({"asserted", "attributed"})
_WORD = re.compile(r"[a-z]+")


def strikes_of_the_lead(events: list[Event], text: str, sentence_starts: list[int]) -> None:
    """Give, in place, each listed strike naming neither side the sides of the lead's assault."""
    rules = get_lexicon().events["listed_strikes"]
    if _list_lines(text, tuple(rules["list_marks"])) < int(rules["min_list_lines"]):
        return
    lead = _lead_assault(events, sentence_starts, int(rules["lead_sentences"]))
    if lead is None:
        return
    triggers = frozenset(rules["triggers"])
    unnamed = frozenset(rules["unnamed_doers"])
    for event in events:
        if _unnamed_strike(event, triggers, unnamed):
            event.source_actor, event.target_actor = lead.source_actor, lead.target_actor


def _list_lines(text: str, marks: tuple[str, ...]) -> int:
    return sum(1 for line in text.splitlines() if line.lstrip().startswith(marks))


def _lead_assault(events: list[Event], sentence_starts: list[int], lead: int) -> Event | None:
    """The first two-sided assault told as fact in the article's first ``lead`` sentences."""
    for event in events:
        if event.type != "ASSAULT" or event.evidence is None or event.claim.certainty not in _PLAIN:
            continue
        if bisect.bisect_right(sentence_starts, event.evidence.start) > lead:
            continue
        if event.source_actor and event.target_actor:
            return event
    return None


def _unnamed_strike(event: Event, triggers: frozenset[str], unnamed: frozenset[str]) -> bool:
    """An assault naming neither side and no toll, told by a strike word: its trigger or,
    when a verb tells it ("two strikes hit a depot"), a word of its sentence. A doer that
    only says what struck ("fighter aircraft") names no side."""
    c = event.casualties
    named_doer = event.source_actor and event.source_actor not in unnamed
    if event.type != "ASSAULT" or named_doer or event.target_actor or event.evidence is None:
        return False
    if any(v is not None for v in (c.killed, c.injured, c.civilians)):
        return False
    if event.claim.certainty != "asserted":
        return False  # a release's list is told in the command's own voice, as fact
    words = {event.trigger.lower(), *_WORD.findall(event.evidence.sentence.lower())}
    if not words.isdisjoint(get_lexicon().events["listed_strikes"]["unknown_words"]):
        return False  # "unidentified aircraft": the reporter chose to name no side
    return not words.isdisjoint(triggers)
