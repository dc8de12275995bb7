"""Acts told again in words that hide who did them take their doer from the telling before;
an act noun that only says where or when an act happened is that act.

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
from typing import Any

from spacy.attrs import IDX

from frontwatch.extract import casualties as cas
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.occurrence import tells_it_happened
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


def merge_told_occurrences(
    events: list[Event], doc: Any, offsets: dict[str, int], definite_ids: set[str]
) -> list[Event]:
    """The events without the definite act nouns that only say where or when an act told
    just before happened ("Jets bombed a market. The attack took place in Douma"): the
    earlier act takes their place, time and details."""
    starts = doc.to_array(IDX).tolist() if definite_ids else []  # each token's character offset
    out: list[Event] = []
    for event in events:
        told = None
        if event.id in definite_ids:
            told = _act_told_before(event, out, _token_at(doc, starts, offsets.get(event.id, -1)))
        if told is None:
            out.append(event)
            continue
        _take_details(told, event)
    return out


def _token_at(doc: Any, starts: list[int], offset: int) -> Any | None:
    """The token starting at this character offset, if one does."""
    i = bisect.bisect_left(starts, offset)
    return doc[i] if i < len(starts) and starts[i] == offset else None


def _act_told_before(event: Event, before: list[Event], token: Any) -> Event | None:
    """The latest act of the same type, told in the noun's sentence or the one before,
    when the noun is the subject of a verb of happening."""
    if token is None or token.dep_ != "nsubj" or not tells_it_happened(token.head):
        return None
    sentence = token.sent
    previous_start = sentence.start - 1
    earliest = token.doc[previous_start].sent.start_char if previous_start >= 0 else 0
    for candidate in reversed(before):
        evidence = candidate.evidence
        if evidence is None or evidence.start < earliest:
            return None
        if candidate.type == event.type and _same_place(event, candidate):
            return candidate
    return None


def _take_details(kept: Event, told: Event) -> None:
    if not kept.place_id and told.place_id:
        kept.place_text, kept.place_id = told.place_text, told.place_id
    if not kept.time.text and told.time.text:
        kept.time = told.time
    for name in ("source_actor", "target_actor"):
        if not getattr(kept, name):
            setattr(kept, name, getattr(told, name))
    cas.merge(kept.casualties, told.casualties)
