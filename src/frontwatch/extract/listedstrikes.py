"""The strikes a release lists are the campaign its lead tells.

A command's strike release names the doer once, in its lead ("U.S. and coalition forces
continued to attack ISIL terrorists in Syria and Iraq yesterday"), or in the line that opens
the list ("In Iraq, coalition military forces conducted five strikes against ISIS targets:"),
then lists strikes by place, with no doer: "-- Near Raqqa, three strikes destroyed an oil
tanker truck". Each listed strike is the head's campaign, at its own place: the line that
opens its list when that line names a doer of an assault, else the article's lead. A listed
strike takes the head's doer whatever side a rule for stories gave it (a list line names no
doer), and the head's target only where it names none ("destroyed an ISIS headquarters"
keeps ISIS). The lead or head that only announces the list, told at no place, is then no
assault of its own: its strikes are the listed ones. The rule holds only in an article laid
out as such a list (a few lines opening with a list mark), so a strike a news story tells
without its doer is left to the rules for stories (unnamed.py). The words and numbers are
data (``events.yaml``: ``listed_strikes``).
"""

from __future__ import annotations

import bisect
import re

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_PLAIN = frozenset({"asserted", "attributed"})
_WORD = re.compile(r"[a-z]+")


def strikes_of_the_lead(events: list[Event], text: str, sentence_starts: list[int]) -> list[Event]:
    """The events, each listed strike naming no doer given the sides of its list's head;
    without the heads, told at no place, that only announce their listed strikes."""
    rules = get_lexicon().events["listed_strikes"]
    marks = tuple(rules["list_marks"])
    if _list_lines(text, marks) < int(rules["min_list_lines"]):
        return events
    unnamed = frozenset(rules["unnamed_doers"])
    lead = _lead_assault(events, sentence_starts, int(rules["lead_sentences"]), unnamed)
    triggers = frozenset(rules["triggers"])
    announcing: set[tuple[str, str]] = set()
    for event in events:
        if not _listed(event, text, marks) or not _unnamed_strike(event, unnamed):
            continue
        head = _head_assault(events, text, event, marks, unnamed)
        if head is None and _strike_word(event, triggers):
            head = lead if lead is not None and lead.target_actor else None
        if head is None:
            continue
        event.source_actor = head.source_actor
        event.target_actor = event.target_actor or head.target_actor
        announcing.add((head.source_actor, head.target_actor))
    return [e for e in events if not _only_announces(e, announcing, text, marks)]


def _list_lines(text: str, marks: tuple[str, ...]) -> int:
    return sum(1 for line in text.splitlines() if line.lstrip().startswith(marks))


def _line_at(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _listed(event: Event, text: str, marks: tuple[str, ...]) -> bool:
    """Whether the event is told on a line opening with a list mark."""
    if event.evidence is None:
        return False
    start, end = _line_at(text, event.evidence.start)
    return text[start:end].lstrip().startswith(marks)


def _head_line(text: str, at: int, marks: tuple[str, ...]) -> tuple[int, int] | None:
    """The line that opens the list holding offset ``at``: the first line before it, blank
    lines and list lines passed over, that is no list line."""
    start, _ = _line_at(text, at)
    while start > 0:
        start, end = _line_at(text, start - 1)
        line = text[start:end].strip()
        if line and not line.startswith(marks):
            return start, end
    return None


def _sourced(event: Event, unnamed: frozenset[str]) -> bool:
    """A plain assault whose doer is a side (not "fighter aircraft")."""
    return (
        event.type == "ASSAULT"
        and event.evidence is not None
        and event.claim.certainty in _PLAIN
        and bool(event.source_actor)
        and event.source_actor not in unnamed
    )


def _head_assault(
    events: list[Event], text: str, event: Event, marks: tuple[str, ...], unnamed: frozenset[str]
) -> Event | None:
    """The assault with a doer told on the line that opens the event's list."""
    assert event.evidence is not None
    line = _head_line(text, event.evidence.start, marks)
    if line is None:
        return None
    for other in events:
        if not _sourced(other, unnamed) or other.evidence is None:
            continue
        if line[0] <= other.evidence.start < line[1] and other.source_actor != other.target_actor:
            return other
    return None


def _lead_assault(
    events: list[Event], sentence_starts: list[int], lead: int, unnamed: frozenset[str]
) -> Event | None:
    """The first two-sided assault told as fact in the article's first ``lead`` sentences."""
    for event in events:
        if not _sourced(event, unnamed) or event.evidence is None:
            continue
        if bisect.bisect_right(sentence_starts, event.evidence.start) > lead:
            continue
        if event.target_actor:
            return event
    return None


def _unnamed_strike(event: Event, unnamed: frozenset[str]) -> bool:
    """An assault told as fact, with no toll, whose line names no doer of it (a doer that
    only says what struck, "fighter aircraft", names no side; one a rule for stories gave
    it, from no words of the line, neither)."""
    c = event.casualties
    if event.type != "ASSAULT" or event.evidence is None:
        return False
    if event.source_text and event.source_actor and event.source_actor not in unnamed:
        return False  # the line names its doer
    if any(v is not None for v in (c.killed, c.injured, c.civilians)):
        return False
    if event.claim.certainty != "asserted":
        return False  # a release's list is told in the command's own voice, as fact
    words = {event.trigger.lower(), *_WORD.findall(event.evidence.sentence.lower())}
    # "unidentified aircraft": the reporter chose to name no side
    return words.isdisjoint(get_lexicon().events["listed_strikes"]["unknown_words"])


def _strike_word(event: Event, triggers: frozenset[str]) -> bool:
    """Told by a strike word: its trigger or, when a verb tells it ("two strikes hit a
    depot"), a word of its sentence."""
    assert event.evidence is not None
    words = {event.trigger.lower(), *_WORD.findall(event.evidence.sentence.lower())}
    return not words.isdisjoint(triggers)


def _only_announces(
    event: Event, pairs: set[tuple[str, str]], text: str, marks: tuple[str, ...]
) -> bool:
    """An assault off the list, told at no place before the list's last line, by the doer
    on the target of strikes the list carries: the lead or head announcing them."""
    if event.type != "ASSAULT" or event.place_id or event.evidence is None:
        return False
    if (event.source_actor, event.target_actor) not in pairs or _listed(event, text, marks):
        return False
    return event.evidence.start < _last_list_line(text, marks)


def _last_list_line(text: str, marks: tuple[str, ...]) -> int:
    """The offset where the article's last list line starts."""
    at, last = 0, 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(marks):
            last = at
        at += len(line)
    return last
