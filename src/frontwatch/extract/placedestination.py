"""A place a side withdrew or fled to ("the RSF retreated to Sinja", "militias withdrew into
the mountains"): where it went, not where the withdrawal happened, which is the place it
left. The event-place pass skips such a name, and the note the article pass writes keeps
the article's main town from standing in for the act when that town is the destination."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Event, Mention

DESTINATION_ROLE = "role:destination"
_NAME_DEPS = frozenset({"compound", "conj", "appos"})


def named_as_destination(mention: Mention) -> bool:
    """Whether the article pass found the name used as where a side withdrew to."""
    return DESTINATION_ROLE in mention.note.split(";")


def mark_destination_roles(doc: Any, ctx: Any) -> None:
    """Note on each place mention a leaving verb's side went to (see ``went_to``)."""
    for index, mention in ctx.place_at.items():
        if named_as_destination(mention) or not went_to(mention_head(doc[index], mention)):
            continue
        mention.note = f"{mention.note};{DESTINATION_ROLE}" if mention.note else DESTINATION_ROLE


def went_to(tok: Any) -> bool:
    """ "retreated to X", "withdrew into the X mountains", "fled towards the X border": the
    name (its head word) is the object of a destination preposition on a leaving verb."""
    while tok.dep_ in _NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    events = get_lexicon().events
    preposition, verb = tok.head, tok.head.head
    if preposition.lower_ not in events["destination_prepositions"]:
        return False
    if verb.dep_ in ("advmod", "prt") and verb.head.i != verb.i:
        verb = verb.head  # "pulled back towards X": the particle hangs on the verb
    return verb.pos_ == "VERB" and verb.lemma_.lower() in events["leaving_verbs"]


def destination_in_sentence(event: Event, place_id: str, mentions: list[Mention]) -> bool:
    """Whether the event's own sentence names the place as where a side went."""
    evidence = event.evidence
    if evidence is None:
        return False
    return any(
        m.place_id == place_id
        and named_as_destination(m)
        and evidence.start <= m.start < evidence.end
        for m in mentions
    )
