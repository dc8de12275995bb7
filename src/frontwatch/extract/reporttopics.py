"""An act named as what a report is about is the act the article tells, not one more.

Releases and briefings open by naming what they report on ("Officials reported details of
yesterday's strikes", "commanders briefed reporters on the latest raids") and then tell the
acts one by one. Stored as well, the topic doubles the acts and takes its place and sides
from its neighbours. An event whose trigger noun is what a report word (events.yaml:
``report_topics``) is about gives way when the article tells another act of its type in
another sentence, on no other day; a topic naming sides of its own needs them to agree. Told
nowhere else it stays: the report may be all the article says of the act.

A list's header is such a topic too: "In Syria, coalition forces conducted 14 strikes against
ISIS targets:" closes with a colon over list lines ("-- Near Raqqa, three strikes destroyed
..."; ``listed_strikes.list_marks``) that tell the same strikes one by one; it gives way to an
act of its type told in those lines.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.armed import one_party
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import PLAIN_FACT_CERTAINTIES as _PLAIN
from frontwatch.records import Event


def without_report_topics(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without the report topics that another sentence's act tells."""
    plain = [e for e in events if e.claim.certainty in _PLAIN]
    return [e for e in events if not _told_elsewhere(e, plain, ctx)]


def _told_elsewhere(event: Event, plain: list[Event], ctx: ArticleContext) -> bool:
    if event.claim.certainty not in _PLAIN:
        return False
    token = ctx.trigger_token(event.id)
    if token is not None and is_report_topic(token):
        return any(_tells_it(event, act, ctx.kb) for act in plain)
    marks = tuple(get_lexicon().events["listed_strikes"]["list_marks"])
    return _heads_a_list(event, ctx.article.text, marks) and any(
        _listed_below(event, act, marks) for act in plain
    )


def _heads_a_list(event: Event, text: str, marks: tuple[str, ...]) -> bool:
    """The event's sentence closes with a colon and list lines follow it."""
    evidence = event.evidence
    if evidence is None or not evidence.sentence.rstrip().endswith(":"):
        return False
    return text[evidence.end :].lstrip().startswith(marks)


def _listed_below(header: Event, act: Event, marks: tuple[str, ...]) -> bool:
    """An act of the header's type told in a list line after it."""
    if act.type != header.type or act.evidence is None or header.evidence is None:
        return False
    return act.evidence.start > header.evidence.start and act.evidence.sentence.lstrip().startswith(
        marks
    )


def is_report_topic(token: Any) -> bool:
    """ "details of yesterday's strikes", "briefed reporters on the raids and shelling": the
    noun (or a noun it is listed with) is what a report word is about."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _topic_words("preps"):
        return False
    return str(prep.head.lemma_).lower() in _topic_words("words")


def _tells_it(topic: Event, act: Event, kb: ActorKB) -> bool:
    """Another sentence's act of the topic's type, with no day and no side that differs."""
    if act is topic or act.type != topic.type or _sentence(act) == _sentence(topic):
        return False
    if topic.time.background != act.time.background:
        return False
    if topic.time.text and act.time.text and topic.time.date != act.time.date:
        return False
    if not _names_own_sides(topic):
        return True  # its sides were lent by its neighbours: they say nothing of it
    pairs = ((topic.source_actor, act.source_actor), (topic.target_actor, act.target_actor))
    return not any(x and y and not one_party(x, y, kb) for x, y in pairs)


def _names_own_sides(topic: Event) -> bool:
    """A side in words of its own; "the latest strikes" read as their own doer is none."""
    trigger = topic.trigger.lower()
    return any(
        text and trigger not in text.lower() for text in (topic.source_text, topic.target_text)
    )


def _sentence(event: Event) -> int:
    return event.evidence.start if event.evidence is not None else -1


@cache  # the lexicon never changes within a process
def _topic_words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in get_lexicon().events["report_topics"][key])
