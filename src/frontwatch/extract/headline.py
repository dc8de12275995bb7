"""Acts an article tells twice are one event, not two.

Wire copy opens with a headline ("Air raids kill 18 in Aleppo") that the lead then
tells in full. An event whose trigger lies in the headline is dropped when a later
event of the article states the same act (same type; mode, actors, place, day and toll
agreeing where both give them); what only the headline said fills the lead's gaps.
Later, "the attack in Idlib" with no actor of its own points back at an act already
told at that place: its details go to that event.
"""

from __future__ import annotations

import re

from frontwatch.extract import casualties as cas
from frontwatch.extract.armed import one_party
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import Article, Event

HEADLINE_WINDOW = 300  # the title must start within this many characters of the text
LEAD_WINDOW = 1500  # and its restatement within this many characters after it
HEADING_CHARS = 120  # a first line longer than this is a paragraph, not a title
# the first non-blank line, not ending with a sentence's punctuation, with text after it
_FIRST_LINE = re.compile(r"\s*([^\n]*[^\s.!?:;,\"”’)\]])[ \t]*\n\s*\S")


def headline_span(article: Article) -> tuple[int, int] | None:
    """Character span of the title inside the text, when the text opens with it; with no
    title given, the text's first line when it is a heading (text pasted with its title)."""
    title = article.title.strip()
    if len(title) < 12:
        return _opening_heading(article.text)
    start = article.text.find(title, 0, HEADLINE_WINDOW + len(title))
    return (start, start + len(title)) if start >= 0 else None


def _opening_heading(text: str) -> tuple[int, int] | None:
    """The first line, when it is a heading: a line of its own, of title length, that does
    not end as a sentence does, with the story after it."""
    match = _FIRST_LINE.match(text)
    if match is None or not 12 <= len(match.group(1)) <= HEADING_CHARS:
        return None
    return match.start(1), match.end(1)


def merge_headline_events(
    events: list[Event], offsets: dict[str, int], article: Article, kb: ActorKB
) -> list[Event]:
    """The events without those the headline states and the lead restates."""
    span = headline_span(article)
    if span is None:
        return events
    start, end = span
    lead = [e for e in events if end <= offsets.get(e.id, -1) < end + LEAD_WINDOW]
    out = []
    for event in events:
        if start <= offsets.get(event.id, -1) < end:
            match = next((e for e in lead if same_act(event, e, kb)), None)
            if match is not None:
                fill_gaps(match, event)
                continue
        out.append(event)
    return out


def merge_back_references(events: list[Event], definite: set[str], kb: ActorKB) -> list[Event]:
    """The events without definite nominal ones ("the blast in Homs") that restate an
    earlier event of the article at the same place."""
    out: list[Event] = []
    for event in events:
        if event.id in definite and not event.source_actor and event.place_text:
            match = next((e for e in out if e.place_text and same_act(event, e, kb)), None)
            if match is not None:
                fill_gaps(match, event)
                continue
        out.append(event)
    return out


def merge_sentence_restatements(events: list[Event], kb: ActorKB) -> list[Event]:
    """The events without those that name no side and restate an act of the same
    sentence that does ("the fight for T, in which the army retook the town, was a
    battle", "clashes broke out as rebels attacked the town"): one
    sentence telling one act twice is one event, whose details are pooled. Events are
    compared within their sentence only, so long articles stay linear."""
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        start = event.evidence.start if event.evidence is not None else -1
        by_sentence.setdefault(start, []).append(event)
    kept = {id(e) for told in by_sentence.values() for e in _merge_twins(_told_once(told, kb), kb)}
    return [e for e in events if id(e) in kept]


def _told_once(events: list[Event], kb: ActorKB) -> list[Event]:
    """One sentence's events without those that name no side and restate one that does."""
    out: list[Event] = []
    for event in events:
        if event.source_actor or event.target_actor:
            out.append(event)
            continue
        match = next((e for e in events if _restated_by(event, e, kb)), None)
        match = match or _sideless_twin(event, out, kb)
        if match is None:
            out.append(event)
        else:
            fill_gaps(match, event)
    return out


def _sideless_twin(event: Event, before: list[Event], kb: ActorKB) -> Event | None:
    """ "The Siege of T, which some call the T battle, was fought around T": one sentence
    naming a battle, with no side, in several words at one place is one event; so is one
    verb told twice ("captured the hill, capturing all ground south of T"). Other sideless
    acts at one place are apart ("a bomb went off at a market in T and a blast hit a mosque
    in T"): two acts, each with its own target."""
    battles = get_lexicon().events["battle_name_nouns"]
    return next(
        (
            e
            for e in before
            if not (e.source_actor or e.target_actor)
            and (
                (_names_a_battle(e, battles) and _names_a_battle(event, battles))
                or _one_verb(e.trigger, event.trigger)
            )
            and e.place_id
            and e.place_id == event.place_id
            and e.claim.certainty == event.claim.certainty
            and same_act(event, e, kb)
        ),
        None,
    )


def _names_a_battle(event: Event, battles: list[str]) -> bool:
    words = event.trigger.lower().split()
    return bool(words) and words[-1].removesuffix("s") in battles


def _one_verb(x: str, y: str) -> bool:
    """ "captured" and "capturing": two forms of one verb (their stems agree)."""
    a, b = x.lower(), y.lower()
    return a != b and len(a) > 4 and len(b) > 4 and _stem(a) == _stem(b)


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _merge_twins(events: list[Event], kb: ActorKB) -> list[Event]:
    """ "launched attacks against IS, shelling their positions near the dam": acts of one
    doer that one sentence tells in two words, agreeing in all they state, are one."""
    out: list[Event] = []
    for event in events:
        twin = next((e for e in out if event.source_actor and _restated_by(event, e, kb)), None)
        if twin is None:
            out.append(event)
        else:
            fill_gaps(twin, event)
    return out


def _restated_by(vague: Event, told: Event, kb: ActorKB) -> bool:
    """Whether ``told`` states, in the same sentence and as surely, the act ``vague``
    names without a side."""
    if told is vague or not (told.source_actor or told.target_actor):
        return False
    if vague.source_actor and not told.source_actor:
        return False
    if vague.evidence is None or told.evidence is None:
        return False
    return (
        vague.evidence.start == told.evidence.start
        and vague.claim.certainty == told.claim.certainty
        and same_act(vague, told, kb)
    )


def same_act(a: Event, b: Event, kb: ActorKB) -> bool:
    """Whether two events can be one act told twice (nothing stated disagrees)."""
    if a.type != b.type or not _agree(a.mode, b.mode):
        return False
    if a.time.text and b.time.text and a.time.date != b.time.date:
        return False
    if not _same_actor(a.source_actor, b.source_actor, kb):
        return False
    if not _same_actor(a.target_actor, b.target_actor, kb):
        return False
    if a.place_text and b.place_text and not _same_place(a, b):
        return False
    return _agree(a.casualties.killed, b.casualties.killed)


def _agree(x: object, y: object) -> bool:
    return x in ("", None) or y in ("", None) or x == y


def _same_actor(x: str, y: str, kb: ActorKB) -> bool:
    """Equal, or one unknown, or arms of one state ("SYR_AIRFORCE", "SYR_MIL")."""
    return not x or not y or one_party(x, y, kb)


def _same_place(a: Event, b: Event) -> bool:
    if a.place_id and a.place_id == b.place_id:
        return True
    x, y = a.place_text.lower(), b.place_text.lower()
    return x in y or y in x


def fill_gaps(kept: Event, told: Event) -> None:
    """Fill what `kept` leaves unsaid (sides, mode, place, figures) from `told`."""
    for name in ("source_actor", "source_text", "target_actor", "target_text", "mode"):
        if not getattr(kept, name) and getattr(told, name):
            setattr(kept, name, getattr(told, name))
    if not kept.place_text and told.place_text:
        kept.place_text, kept.place_id = told.place_text, told.place_id
    cas.merge(kept.casualties, told.casualties)
