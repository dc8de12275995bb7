"""A stance told in a relative clause about a party says who the party is, not what it did.

"..., said local officials, who declined to be named"; "the army will pursue the gunmen who
refused to lay down their arms"; "groups that threaten our country". A clause hung on a noun
with the noun as its subject ("who", "that", "which") and a verb of a type in
``describing_clause_types`` (events.yaml: refusals, talks, threats) describes that party: the
officials are the unnamed ones, the gunmen the holdouts. No refusal, talk or threat took place
that day. The clause tells an act when it dates it ("Hamas, which rejected the proposal on
Monday, said ...") or, set off by a comma, tells a deed done to something ("the militia,
which rejected the ceasefire, ..."): the event stays.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_RELATIVE_PRONOUN_TAGS = ("WP", "WDT")
_TIME_LABELS = ("DATE", "TIME")


def without_describing_clauses(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without the stances that only describe the party a clause is hung on."""
    kinds = frozenset(get_lexicon().events["describing_clause_types"])
    return [e for e in events if e.type not in kinds or not _describes(e, ctx)]


def _describes(event: Event, ctx: ArticleContext) -> bool:
    token = ctx.trigger_token(event.id)
    return token is not None and describes_its_noun(token)


def describes_its_noun(verb: Any) -> bool:
    """A relative clause whose subject is the relative pronoun standing for the noun it is
    hung on, with no day or time of its own, that picks the party out ("the gunmen who
    refused ...", no comma before "who") or tells a disposition with no object of its own
    ("officials, who declined to be named"). "The militia, which rejected the ceasefire,
    ..." adds a deed done to something: it stays."""
    if verb.dep_ != "relcl" or any(t.ent_type_ in _TIME_LABELS for t in verb.subtree):
        return False
    pronouns = [
        c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in _RELATIVE_PRONOUN_TAGS
    ]
    if not pronouns:
        return False
    restrictive = pronouns[0].i == 0 or verb.doc[pronouns[0].i - 1].text != ","
    return restrictive or not any(c.dep_ == "dobj" for c in verb.children)
