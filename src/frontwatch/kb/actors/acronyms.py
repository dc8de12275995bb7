"""Acronyms an article defines: "the Arakan Army (AA)" makes a later bare "AA" that actor.

Copy spells a name out once with its acronym in brackets and then uses the acronym
alone. The knowledge base may give the acronym to another actor ("SNA" is Syria's
Syrian National Army, "AA" is also a news agency) or to several; the article's own
definition is what it means there, so it binds every later mention of the acronym in
the same article, whatever the KB says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frontwatch.kb.actors.antecedents import Found
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.text import text_of
from frontwatch.records import Mention

# "(AA)", "(SNA)", "(HTS)": two to six capitals, an optional lowercase letter ("(PKKs)" no)
_DEFINED = re.compile(r"^\s*\(\s*([A-Z][A-Za-z]?[A-Z]{0,4}[A-Z])\s*\)")
_INSIDE = re.compile(r"\(\s*([A-Z][A-Za-z]?[A-Z]{0,4}[A-Z])\s*\)\s*$")
_NAMED = frozenset({"exact", "alias", "context", "modifier"})


@dataclass(frozen=True, slots=True)
class _Definition:
    actor_id: str
    name: str  # as the article spelled it out
    after: int  # where the name ends: the acronym's own brackets come after it


def bind_defined_acronyms(
    doc: Any, found: list[Found], new_mention: Callable[[Any], Mention]
) -> list[Found]:
    """Give each mention of an acronym the article defined after a resolved name the
    actor of that name, from the definition on (mentions are in text order); later
    bare uses the NER did not tag ("The AA has been fighting") become mentions too."""
    text = text_of(doc)
    defined: dict[str, _Definition] = {}
    for item in found:
        m = item.mention
        bound = defined.get(m.text.strip())
        if bound is not None and m.actor_id != bound.actor_id:
            _bind(item, bound)
            continue
        acronym = _acronym_defined_by(text, m.end, m.text)
        if acronym and m.actor_id and item.method in _NAMED and not item.modifier:
            defined.setdefault(acronym, _Definition(m.actor_id, m.text, m.end))
    if not defined:
        return found
    return sorted(
        [*found, *_untagged_uses(doc, found, defined, new_mention)],
        key=lambda f: (f.mention.start, -f.mention.end),
    )


def _bind(item: Found, definition: _Definition) -> None:
    m = item.mention
    m.actor_id, m.resolution = definition.actor_id, "alias"
    m.note = f"acronym defined as {definition.name}"
    item.method = "alias"


def _untagged_uses(
    doc: Any,
    found: list[Found],
    defined: dict[str, _Definition],
    new_mention: Callable[[Any], Mention],
) -> list[Found]:
    """Uses of a defined acronym after its definition that no mention covers."""
    taken = {t.i for f in found for t in _tokens(doc, f.mention)}
    added = []
    for token in doc:
        bound = defined.get(token.text)
        if bound is None or token.i in taken or token.idx <= bound.after:
            continue
        item = Found(new_mention(doc[token.i : token.i + 1]), "alias")
        _bind(item, bound)
        added.append(item)
    return added


def _tokens(doc: Any, m: Mention) -> Any:
    span = expanded_span(doc, m.start, m.end)
    return span if span is not None else ()


def _acronym_defined_by(text: str, end: int, mention_text: str) -> str:
    """The acronym in brackets just after the mention, or closing the mention itself
    when the entity ruler took "Arakan Army (AA)" whole."""
    inside = _INSIDE.search(mention_text)
    if inside and inside.start() > 0:
        return inside.group(1)
    after = _DEFINED.match(text[end : end + 12])
    return after.group(1) if after else ""
