"""Kinds of output measured to be wrong most of the time, kept out of the stored facts.

A kind is an extraction path (``found_by``, extract/foundby.py) with simple features of
the record: its type, whether it names a source, a target and a place, how its actors
were resolved, its certainty, whether its sentence is a quotation. Which kinds go, and
the precision measured for each on the development set's batches, are data
(``extract/data/reliability.yaml``; scripts/precision_by_kind.py measures them). A rule
names the tags it covers: a tag no rule names (a path added later) is always kept.

The reading (``ArticleResult``) keeps every kind; the store writes only what this keeps
and ``frontwatch eval news`` scores only that. An analyst who asks stores every kind with
the ``keep_unreliable`` setting (``FRONTWATCH_KEEP_UNRELIABLE=true``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from frontwatch.records import ArticleResult, ControlChange, Event, Mention, Relation
from frontwatch.yamldata import load_data

Record = Event | Relation | ControlChange
_QUOTES = ('"', "\u201c", "\u201d")


def family_of(record: Record) -> str:
    if isinstance(record, Event):
        return "event"
    return "relation" if isinstance(record, Relation) else "control"


def features(record: Record, actor_mentions: Iterable[Mention] = ()) -> dict[str, Any]:
    """What a kind of output is told by: the record's path and simple features."""
    if isinstance(record, ControlChange):
        source, target, kind = record.new_controller, record.previous_controller, record.kind
    elif isinstance(record, Event):
        source, target, kind = record.source_actor, record.target_actor, record.type
    else:
        source, target, kind = record.source_actor, record.target_actor, record.kind
    evidence = record.evidence
    sentence = evidence.sentence if evidence is not None else ""
    place = getattr(record, "place_id", None)
    tag, _, how = record.found_by.partition(":")  # "event:verb-trigger:subject/none"
    path, _, how = how.partition(":")  # the path, then how it was read (foundby.py)
    found = {
        "family": family_of(record),
        "found_by": f"{tag}:{path}" if path else tag,
        "type": kind,
        "has_source": bool(source),
        "has_target": bool(target),
        "certainty": record.claim.certainty,
        "quoted": any(q in sentence for q in _QUOTES),
        "source_resolution": _resolution(source, evidence, actor_mentions),
        "target_resolution": _resolution(target, evidence, actor_mentions),
        "sentence_names_actor": _names_an_actor(evidence, actor_mentions),
    }
    if place is not None:
        found["has_place"] = bool(place)
    if isinstance(record, Event):  # a toll told with it ("killing 12")
        found["has_toll"] = bool(record.casualties.killed or record.casualties.injured)
        found["mode"] = record.mode
        found["source_by"], _, found["target_by"] = how.partition("/")  # parse ties
    elif isinstance(record, Relation):
        found["cue"] = how  # the cue function that read it ("backing", "membership")
    return found


def _resolution(actor_id: str, evidence: Any, mentions: Iterable[Mention]) -> str:
    """How the sentence names the actor: the resolution of its mention there ("exact",
    "alias", "generic", ...), "context" when the sentence does not name it, "none"."""
    if not actor_id:
        return "none"
    if evidence is None:
        return "context"
    for mention in mentions:
        if mention.actor_id == actor_id and evidence.start <= mention.start < evidence.end:
            return mention.resolution or "named"
    return "context"


def _names_an_actor(evidence: Any, mentions: Iterable[Mention]) -> bool:
    """Whether the record's sentence names any actor at all."""
    if evidence is None:
        return False
    return any(m.actor_id and evidence.start <= m.start < evidence.end for m in mentions)


@cache
def drop_rules() -> tuple[Mapping[str, Any], ...]:
    """The kinds the data file leaves out, each a mapping of feature -> value(s)."""
    text = (
        resources.files("frontwatch.extract").joinpath("data/reliability.yaml").read_text("utf-8")
    )
    data = load_data(text) or {}
    return tuple(rule["when"] for rule in data.get("leave_out") or ())


def left_out(found: Mapping[str, Any], rules: Iterable[Mapping[str, Any]]) -> bool:
    """Whether a record of these features is of a kind a rule leaves out: every feature
    the rule names agrees (a list: one of them). A rule must name the tags it covers."""
    for rule in rules:
        if "found_by" not in rule:
            continue
        if all(_agrees(found.get(key), want) for key, want in rule.items()):
            return True
    return False


def _in_sentence(evidence: Any, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    """The mentions inside the record's sentence, found by bisection over the article's
    mentions sorted by start (a scan of every mention per record grows with the square of
    a long article)."""
    if evidence is None:
        return []
    return mentions[bisect_left(starts, evidence.start) : bisect_left(starts, evidence.end)]


def _agrees(value: Any, want: Any) -> bool:
    return value in want if isinstance(want, list) else value == want


def reliable(result: ArticleResult) -> ArticleResult:
    """The article's result less the records of the kinds the data file leaves out: what
    is stored as facts and scored (the reading itself keeps every kind)."""
    rules = drop_rules()
    if not rules:
        return result
    mentions = sorted((m for m in result.mentions if m.actor_id), key=lambda m: m.start)
    starts = [m.start for m in mentions]

    def kept(records: list[Any]) -> list[Any]:
        return [
            r
            for r in records
            if not left_out(features(r, _in_sentence(r.evidence, mentions, starts)), rules)
        ]

    return replace(
        result,
        events=kept(result.events),
        relations=kept(result.relations),
        control_changes=kept(result.control_changes),
    )
