"""Acts told again in words that hide who did them take their doer from the telling before.

"Iraqi forces began to retake the city on Monday ... The city was recaptured on 27 March";
"Turkish drones struck a car near Qamishli ... The strike took place at noon." A passive
with no agent, or a noun pointing back ("the strike", "these attacks"), names no doer: the
doer is that of the latest act of the same type told shortly before (within a few
sentences), at the same place or with no place to tell them apart. Its target comes along
when the retelling names none. The filled sides keep an empty ``source_text``: the
sentence does not name them.
"""

from __future__ import annotations

import bisect

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

# events looked back over at most: a few sentences never hold more, and long articles stay linear
_LOOK_BACK = 64


def carry_doers(events: list[Event], doerless_ids: set[str], sentence_starts: list[int]) -> None:
    """Fill, in place, the doer of each retold act from the act it retells."""
    window = int(get_lexicon().events["retold"]["sentences_back"])
    for index, event in enumerate(events):
        if event.id not in doerless_ids or event.source_actor or event.evidence is None:
            continue
        here = bisect.bisect_right(sentence_starts, event.evidence.start)
        told = _told_before(event, events, index, here - window, sentence_starts)
        if told is None:
            continue
        event.source_actor = told.source_actor
        if not event.target_actor:
            event.target_actor = told.target_actor


def _told_before(
    event: Event, events: list[Event], index: int, first_sentence: int, sentence_starts: list[int]
) -> Event | None:
    """The latest act of the event's type with a doer, among the events before ``index``
    told from sentence ``first_sentence`` on."""
    for candidate in reversed(events[max(0, index - _LOOK_BACK) : index]):
        if candidate.evidence is None:
            continue
        if bisect.bisect_right(sentence_starts, candidate.evidence.start) < first_sentence:
            return None
        if (
            candidate.type == event.type
            and candidate.source_actor
            and _same_place(event, candidate)
        ):
            return candidate
    return None


def _same_place(a: Event, b: Event) -> bool:
    return not a.place_id or not b.place_id or a.place_id == b.place_id
