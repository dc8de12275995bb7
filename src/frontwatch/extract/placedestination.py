"""A place a side withdrew or fled to ("the RSF retreated to Sinja", "militias withdrew into
the mountains"): where it went, not where the withdrawal happened, which is the place it
left. The event-place pass skips such a name, and the note the article pass writes keeps
the article's main town from standing in for the act when that town is the destination."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import add_role, name_head
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Event, Mention

DESTINATION_ROLE = "role:destination"


def named_as_destination(mention: Mention) -> bool:
    """Whether the article pass found the name used as where a side withdrew to."""
    return bool(_leavers(mention))


def _leavers(mention: Mention) -> set[str]:
    """The leaving verbs (lower case) the note says went to the place."""
    prefix = f"{DESTINATION_ROLE}="
    return {p.removeprefix(prefix) for p in mention.note.split(";") if p.startswith(prefix)}


def mark_destination_roles(doc: Any, ctx: Any) -> None:
    """Note on each place mention a leaving verb's side went to (see ``went_to``), with the
    verb, for only the leaving act is not placed there."""
    for index, mention in ctx.place_at.items():
        verb = leaving_verb_to(mention_head(doc[index], mention))
        if verb is not None:
            add_role(mention, f"{DESTINATION_ROLE}={verb.lower_}")


def went_to(tok: Any) -> bool:
    """ "retreated to X", "withdrew into the X mountains", "fled towards the X border": the
    name (its head word) is the object of a destination preposition on a leaving verb."""
    return leaving_verb_to(tok) is not None


def leaving_verb_to(tok: Any) -> Any | None:
    """The leaving verb whose destination the name is (see ``went_to``), or None."""
    tok = name_head(tok)
    if tok.dep_ != "pobj":
        return None
    events = get_lexicon().events
    preposition, verb = tok.head, tok.head.head
    if preposition.lower_ not in events["destination_prepositions"]:
        return None
    if verb.dep_ in ("advmod", "prt") and verb.head.i != verb.i:
        verb = verb.head  # "pulled back towards X": the particle hangs on the verb
    leaving = verb.pos_ == "VERB" and verb.lemma_.lower() in events["leaving_verbs"]
    return verb if leaving else None


def destination_in_sentence(event: Event, place_id: str, mentions: list[Mention]) -> bool:
    """Whether the event's own sentence names the place as where its own leaving verb
    went ("withdrew to T"; not "fired on families fleeing to T")."""
    evidence = event.evidence
    if evidence is None or not event.trigger:
        return False
    verb = event.trigger.split()[0].lower()
    return any(
        m.place_id == place_id and verb in _leavers(m) and evidence.start <= m.start < evidence.end
        for m in mentions
    )
