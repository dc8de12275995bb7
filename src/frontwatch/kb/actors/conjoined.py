"""Names conjoined before one head noun: "Syrian and Russian jets", "Iraqi and Kurdish
forces", "the Russian and Syrian air forces". Each name owns the head as if it stood
alone before it ("Russian jets" are Russia's air force), not the bare state or people
the name is on its own; a conjunct that is no name ("Turkish and allied Syrian rebel
forces") leaves the phrase as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.antecedents import Found
from frontwatch.kb.actors.classgates import noted
from frontwatch.kb.actors.names import normalise

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_MODIFIER_DEPS = frozenset({"amod", "compound"})
_HEAD_METHODS = frozenset({"modifier", "alias", "exact", "generic"})
_DEED_HEADS = frozenset({"strikes", "strike", "precision strikes", "cross-border strikes"})


def read_conjoined_owners(kb: ActorKB, doc: Any, found: list[Found], date: Any) -> None:
    """Give each name of a conjoined modifier chain the actor it makes with the head."""
    by_start = {f.mention.start: f for f in found if not f.from_chunk}
    for f in found:
        if f.from_chunk or f.modifier or not f.mention.actor_id:
            continue
        span = doc.char_span(f.mention.start, f.mention.end, alignment_mode="expand")
        head = _shared_head(doc, span, by_start) if span is not None and len(span) == 1 else None
        if not head or _names_a_deed(kb, head):
            continue
        match, _why = kb.explain(f"{span.text} {head}", label="ACTOR", date=date, fuzzy=False)
        if (
            match is None
            or match.method not in _HEAD_METHODS
            or match.actor_id == f.mention.actor_id
        ):
            continue
        m = f.mention
        f.method = match.method  # a class ("Kurdish forces") still takes its antecedent
        m.actor_id, m.resolution = match.actor_id, match.method
        m.note = noted(m, f"conjoined:{head}")


def _names_a_deed(kb: ActorKB, head: str) -> bool:
    """ "American and British airstrikes", "Syrian and Russian positions": strikes and
    assets are no men; the events read their doers and owners themselves."""
    key = normalise(head)
    group = next((g for g in kb.rules.heads if key in g.words), None)
    return group is None or group.branch == "" or key in _DEED_HEADS or "airstrike" in group.note


def _shared_head(doc: Any, span: Any, by_start: dict[int, Found]) -> str:
    """The head words the token's conjoined chain modifies ("air forces" in "the Russian
    and Syrian air forces"), or '' when the token is in no chain of names."""
    token = span[0]
    first = token.head if token.dep_ == "conj" else token
    if first.dep_ not in _MODIFIER_DEPS or first.head.i <= first.i:
        return ""
    conjuncts = [first, *(t for t in first.conjuncts if t.i > first.i)]
    if len(conjuncts) < 2 or any(t.idx not in by_start for t in conjuncts):
        return ""  # "Turkish and allied Syrian forces": a conjunct that is no name
    noun = first.head
    rest = doc[conjuncts[-1].i + 1 : noun.i + 1]
    if not all(t.head.i == noun.i or t.i == noun.i for t in rest):
        return ""
    return str(rest.text)
