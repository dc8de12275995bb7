"""Which extraction path found a record: a short stable tag kept with its provenance.

Each family is tagged where its records leave the stage that builds them
(extract/article.py): a record keeps the first tag it is given, so a later stage that
copies or moves it ("spread over listed places", a merge) leaves how it was found.
Tags are ``family:path`` ("event:verb-trigger", "relation:cue-noun",
"control:capture-verb"); the measured reliability of each lives in
``extract/data/reliability.yaml`` (extract/reliability.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar


class Tagged(Protocol):
    found_by: str


T = TypeVar("T", bound=Tagged)

# the coarse part of speech of a cue word, as the tags name it
_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}


def cue_kind(token: Any) -> str:
    """ "verb", "noun", "adj" or "other": the part of speech of the word that told it."""
    return _POS.get(token.pos_, "other")


def cue_tag(trigger: Any, cue: str) -> str:
    """A relation's tag from its cue word and the cue function (family) that read it:
    "relation:cue-verb:backing" ("backed by"), "relation:cue-adj:backing" ("U.S.-backed")."""
    return f"relation:cue-{cue_kind(trigger)}:{cue.removesuffix('_pairs')}"


def tag_new(records: Iterable[T], tag: str) -> list[T]:
    """The records, each untagged one now tagged ``tag`` (a tag once given stays)."""
    out = list(records)
    for record in out:
        if not record.found_by:
            record.found_by = tag
    return out


def tag_by_trigger(
    events: Iterable[T], doc: Any, starts: Sequence[int], offsets: Mapping[str, int], family: str
) -> list[T]:
    """Events told by a trigger word: tagged by the word's part of speech
    ("event:verb-trigger", "event:noun-trigger"); the offset is the trigger's character.
    ``starts`` are the doc's token offsets, made once per article (per sentence, a walk over
    the whole doc made long articles quadratic)."""
    out = list(events)
    for record in out:
        at = offsets.get(getattr(record, "id", ""))
        if record.found_by or at is None or not starts:
            continue
        token = doc[max(0, bisect_right(starts, at) - 1)]
        record.found_by = f"{family}:{cue_kind(token)}-trigger"
    return out


# how an argument's mention hangs off the word that told the event, by its dependency
_ARG_DEPS = {
    "nsubj": "subject",
    "csubj": "subject",
    "nsubjpass": "passive-subject",
    "dobj": "object",
    "obj": "object",
    "poss": "possessive",
    "compound": "compound",
    "amod": "compound",
    "nmod": "compound",
    "appos": "compound",
}


def tag_arguments(
    events: Iterable[Any],
    doc: Any,
    starts: Sequence[int],
    offsets: Mapping[str, int],
    mentions: Sequence[Any],
    party: Any,
) -> list[Any]:
    """Each event's tag with how its source and its target were found, after the path:
    ``event:verb-trigger:subject/none``. Told by the parse between the argument's mention
    and the trigger word: "subject", "passive-subject", "object", "by" (an agent),
    "possessive", "compound" (a modifier of the trigger), "prep" (another preposition's
    object under the trigger), "clause" (a mention in the sentence the parse does not tie
    to the trigger), "sentence" (named in the sentence, trigger word unknown); "anaphor"
    (not named in the sentence, a pronoun is the trigger's subject), "context" (not named
    in the sentence), "none". Read once, where the article's events are final."""
    out = list(events)
    for event in out:
        if event.found_by.count(":") > 1:
            continue  # tagged already
        at = offsets.get(event.id)
        trigger = doc[max(0, bisect_right(starts, at) - 1)] if at is not None and starts else None
        how = [
            _argument_how(actor, event.evidence, trigger, doc, starts, mentions, party)
            for actor in (event.source_actor, event.target_actor)
        ]
        event.found_by = f"{event.found_by}:{how[0]}/{how[1]}"
    return out


def _argument_how(
    actor: str,
    evidence: Any,
    trigger: Any,
    doc: Any,
    starts: Sequence[int],
    mentions: Sequence[Any],
    party: Any,
) -> str:
    if not actor:
        return "none"
    if evidence is None:
        return "context"
    side = party(actor) or actor
    named = [
        m
        for m in mentions
        if evidence.start <= m.start < evidence.end
        and m.actor_id
        and (m.actor_id == actor or (party(m.actor_id) or m.actor_id) == side)
    ]
    if not named:
        if trigger is not None and any(
            c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in trigger.children
        ):
            return "anaphor"
        return "context"
    if trigger is None:
        return "sentence"
    ways = [_tie_to(_head_of(m, doc, starts), trigger) for m in named]
    return min(ways, key=_WAY_ORDER.index)


_WAY_ORDER = (
    "subject", "by", "possessive", "compound", "object", "passive-subject", "prep", "clause",
)  # fmt: skip


def _head_of(mention: Any, doc: Any, starts: Sequence[int]) -> Any:
    """The head word of a mention's span ("State" of "the Islamic State")."""
    token = doc[max(0, bisect_right(starts, mention.start) - 1)]
    for _ in range(6):
        up = token.head
        if up.i == token.i or not mention.start <= up.idx < mention.end:
            break
        token = up
    return token


def _tie_to(head: Any, trigger: Any) -> str:
    """How a mention's head word hangs off the trigger: its dependency on the trigger
    (through a "by" or other preposition)."""
    for _ in range(3):  # "Islamic State fighters": the name modifies the noun that is the side
        if head.i == trigger.i or head.dep_ not in ("compound", "amod", "nmod"):
            break
        if head.head.i == trigger.i or head.head.pos_ not in ("NOUN", "PROPN"):
            break
        head = head.head
    if head.i == trigger.i:
        return "compound"
    dep, governor = head.dep_, head.head
    if dep == "pobj" and governor.head.i == trigger.i:
        word = governor.lower_
        return "by" if word == "by" else "prep"
    if dep == "agent" or (dep == "pobj" and governor.dep_ == "agent"):
        return "by" if _under(governor, trigger) else "clause"
    if governor.i == trigger.i:
        return _ARG_DEPS.get(dep, "prep" if dep == "prep" else "clause")
    # the subject of the verb the trigger noun is the object of ("X launched strikes")
    if dep.startswith("nsubj") and trigger.head.i == governor.i and trigger.dep_ in ("dobj", "obj"):
        return "subject"
    return "clause"


def _under(token: Any, trigger: Any) -> bool:
    for _ in range(4):
        if token.i == trigger.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
