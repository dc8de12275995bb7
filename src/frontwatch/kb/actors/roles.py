"""Office phrases: "the Russian foreign minister" on a date names the person in office."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from frontwatch.kb.actors.names import normalise
from frontwatch.kb.actors.phrases import phrase_tokens
from frontwatch.kb.actors.schema import KBEdge
from frontwatch.records import ActorMatch

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_SKIP = frozenset({"the", "a", "an", "then", "former", "acting", "current", "new", "top"})
_CUTS_MEMO_SIZE = 100_000
_OF_FORM = re.compile(r"^(secretary|minister|ministry) of (\w+)$")


def role_key(role: str) -> str:
    """'Secretary of Defense' and 'defence secretary' give the same key."""
    key = normalise(role).replace("defense", "defence")
    return _OF_FORM.sub(r"\2 \1", key)


def resolve_office(kb: ActorKB, text: str, date: dt.date | None) -> ActorMatch | None:
    """The one person holding '<owner> <office>' at the date, if the KB knows exactly one;
    no one for an indefinite phrase ("a Hezbollah commander" is one of many, not its leader)."""
    if date is None:
        return None
    cuts = kb.office_cuts.get(text)
    if cuts is None:  # the phrase is read once (an indefinite one has no cut to try)
        if len(kb.office_cuts) > _CUTS_MEMO_SIZE:
            kb.office_cuts.clear()
        words = phrase_tokens(text)
        indefinite = bool(words) and words[0] in kb.rules.indefinite
        cuts = kb.office_cuts[text] = () if indefinite else _owner_role_cuts(kb, text)
    for owner, role in cuts:
        match = _holder(kb, owner, role, date)
        if match:
            return match
    return None


def _owner_role_cuts(kb: ActorKB, text: str) -> tuple[tuple[str, str], ...]:
    """Each (owner, office) the phrase splits into where its first words name an actor:
    they do not depend on the date, so they are read once per phrase."""
    tokens = [t for t in phrase_tokens(text) if t not in _SKIP]
    roles = ((role_key(" ".join(tokens[cut:])), cut) for cut in range(1, len(tokens)))
    # the owner is looked up only where an office can follow (most noun phrases hold none)
    cuts = ((kb.lookup_name(" ".join(tokens[:cut])), role) for role, cut in roles if _may_fit(kb, role))
    return tuple((kb.top_of(owner), role) for owner, role in cuts if owner)


def _may_fit(kb: ActorKB, role: str) -> bool:
    """Whether some office edge can fit this role key (``_fits``): its last word must end
    an edge's role or be a leader word; an empty key is left to ``_fits``."""
    return not role or role.split()[-1] in kb.role_words


def _holder(kb: ActorKB, owner: str, role: str, date: dt.date) -> ActorMatch | None:
    holders = {
        edge.source
        for edge in kb.links.by_target.get(owner, [])
        if edge.kind in ("office_holder", "leads")
        and edge.valid_at(date)
        and _fits(edge, role, kb.rules.leader_words)
    }
    if len(holders) != 1:
        return None
    return ActorMatch(holders.pop(), "modifier", 0.85, f"office:{owner}:{role}")


def _fits(edge: KBEdge, role: str, leader_words: frozenset[str]) -> bool:
    if role_key(edge.role) == role:
        return True
    return edge.kind == "leads" and role in leader_words
