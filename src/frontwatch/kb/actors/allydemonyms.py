"""Whose are "Turkey and its Syrian allies": a demonym on an ally noun names the allies'
country, and is the state only when the patron is on the state's side (backing it or allied
with it in the knowledge base).

"Russia and its Iranian partners" are Iran; "Turkey and its Syrian allies" are not Syria,
which Turkey fights, but the Syrian group Turkey backs. So when the patron ("its", the
name it is joined to or the possessive name) backs, in the knowledge base at the date,
groups of the demonym's country but no organ of its state, the demonym stands for the
one such group, or for no one when there are several.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.classgates import noted
from frontwatch.nlp.charspans import expanded_span

if TYPE_CHECKING:
    from frontwatch.kb.actors.antecedents import Found
    from frontwatch.kb.actors.kb import ActorKB

_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def read_ally_demonyms(
    kb: ActorKB, doc: Any, found: list[Found], by_token: dict[int, Found], date: dt.date | None
) -> None:
    """Re-read each sponsor-marked demonym on an ally noun whose patron is found (see
    module doc); ``by_token`` maps token indices to the mentions that cover them."""
    for item in found:
        m = item.mention
        if not item.sponsor or "demonym" not in m.note or not m.actor_id:
            continue
        span = expanded_span(doc, m.start, m.end)
        patron = _patron(item, span.root, by_token) if span is not None else ""
        if patron:
            _reread(kb, item, patron, date)


def _patron(item: Found, tok: Any, by_token: dict[int, Found]) -> str:
    """The actor the allies belong to: "Ankara's Syrian allies" (a possessive name) or
    "Turkey and its Syrian allies" (the name the ally noun is joined to)."""
    noun = tok.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return ""
    if owner.lower_ in _POSSESSIVE_PRONOUNS:
        owner = noun.head if noun.dep_ == "conj" and noun.head.i < noun.i else None
    named = by_token.get(owner.i) if owner is not None else None
    if named is None or named is item or named.method in ("generic", "unresolved"):
        return ""
    return named.mention.actor_id


def _organs(kb: ActorKB, actor_id: str) -> set[str]:
    """The actor's top and every arm under it (its government, army, ministries)."""
    found, todo = set(), [kb.top_of(actor_id)]
    while todo:
        organ = todo.pop()
        found.add(organ)
        arms = kb.links.by_target.get(organ, [])
        todo += [e.source for e in arms if e.kind == "arm_of" and e.source not in found]
    return found


def _backed(kb: ActorKB, patron: str, date: dt.date | None) -> set[str]:
    """The sides the patron (any organ of it) backs or fights beside at the date: "the army
    and its Lebanese ally" is the Lebanese group allied with the government, not Lebanon."""
    organs = _organs(kb, patron)
    backed = {
        edge.target
        for organ in organs
        for edge in kb.related(organ, kind="backs", date=date)
        if edge.source == organ
    }
    allied = {
        edge.target if edge.source == organ else edge.source
        for organ in organs
        for edge in kb.related(organ, kind="allied_with", date=date)
    }
    return {a for a in backed | allied if a in kb.actors}


def _reread(kb: ActorKB, item: Found, patron: str, date: dt.date | None) -> None:
    """The one group of the demonym's country the patron backs; no one for two or more;
    the state still when the patron backs the state or no group there."""
    m = item.mention
    state, country = kb.top_of(m.actor_id), kb.actors[m.actor_id].country
    backed = _backed(kb, patron, date)
    if any(kb.top_of(a) == state for a in backed):
        return
    groups = {a for a in backed if kb.actors[a].country == country}
    if len(groups) == 1:
        m.actor_id, m.resolution = groups.pop(), "context"
        m.note = noted(m, f"ally of {patron} in {country}")
    elif groups:
        m.actor_id, m.resolution = "", "unresolved"
        m.note = noted(m, f"allies of {patron} in {country}: which of its groups is not said")
