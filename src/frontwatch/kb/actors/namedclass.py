"""A group's name and the class noun after it, read as one mention: "IS fighters".

The small model often tags "IS" before a noun as the verb "is", so the noun chunk is
"fighters" alone and the name stays a mention of its own; the doer of "IS fighters
attacked" was then the class of fighters, not the Islamic State. A class head of armed
men (``command_heads``, ``group_heads``, and "militants") right after an armed group's name
is that group's, as "Hezbollah fighters" is when the tagger reads it whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.nlp.text import text_of

if TYPE_CHECKING:
    from frontwatch.kb.actors.antecedents import Found
    from frontwatch.kb.actors.kb import ActorKB

_GROUP_TYPES = frozenset({"armed_group"})


def join_names_to_class_heads(kb: ActorKB, doc: Any, found: list[Found]) -> list[Found]:
    """``found`` with each armed group's name that a class chunk of one word follows
    ("IS" + "fighters") grown over the chunk, which is dropped; in text order."""
    heads = kb.rules.command_heads | kb.rules.group_heads | kb.rules.class_heads_after_names
    kept: list[Found] = []
    for item in found:
        before = kept[-1] if kept else None
        if before is not None and _class_after_name(kb, doc, before, item, heads):
            m = before.mention
            m.end, m.text = item.mention.end, text_of(doc)[m.start : item.mention.end]
            continue
        kept.append(item)
    return kept


def _class_after_name(kb: ActorKB, doc: Any, name: Found, chunk: Found, heads: frozenset[str]) -> bool:
    m, c = name.mention, chunk.mention
    if chunk.method != "generic" or not chunk.from_chunk or name.method in ("generic", "unresolved"):
        return False
    if c.start != m.end + 1 or text_of(doc)[m.end] != " " or c.text.lower() not in heads:
        return False
    actor = kb.get(m.actor_id) if m.actor_id else None
    return actor is not None and actor.type in _GROUP_TYPES


def name_classes_by_names(kb: ActorKB, doc: Any, found: list[Found]) -> list[Found]:
    """``found`` with each class chunk that an armed group's name follows in apposition
    ("the Iranian-backed group Kataib Hezbollah", "the militia X") read as that group:
    the chunk grows over the name, which is dropped, and keeps what its words say (who
    backs it); in text order."""
    kept: list[Found] = []
    for item in found:
        before = kept[-1] if kept else None
        if before is not None and _name_after_class(kb, doc, before, item):
            m, name = before.mention, item.mention
            m.end, m.text = name.end, text_of(doc)[m.start : name.end]
            m.actor_id, m.resolution = name.actor_id, name.resolution
            before.method = item.method
            continue
        kept.append(item)
    return kept


def _name_after_class(kb: ActorKB, doc: Any, chunk: Found, name: Found) -> bool:
    c, m = chunk.mention, name.mention
    if chunk.method != "generic" or not chunk.from_chunk or name.method in ("generic", "unresolved"):
        return False
    if m.start != c.end + 1 or text_of(doc)[c.end] != " ":
        return False
    actor = kb.get(m.actor_id) if m.actor_id else None
    return actor is not None and actor.type in _GROUP_TYPES
