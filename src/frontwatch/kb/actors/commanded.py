"""A person's armed men named through him: "forces loyal to President X", "the troops of
General Y". The phrase names whom he commands at the article's date (ActorKB.command_of:
the armed group he leads, else his state's army), not the person, who would otherwise be
taken as the side that fights or is allied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.actors.antecedents import Found
from frontwatch.nlp.text import text_of
from frontwatch.nlp.wordtest import token_starts
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.kb.actors.kb import ActorKB

_NAMED = frozenset({"exact", "alias"})
_LINK_WORDS = frozenset({"to", "of"})
_MAX_TITLE_WORDS = 5  # "the former army commander General X"
_TITLE_POS = frozenset({"PROPN", "ADJ", "DET", "NOUN", "ADV"})
_MODIFIER_DEPS = frozenset({"det", "amod", "compound"})


def read_commanded_forces(kb: ActorKB, doc: Any, found: list[Found], date: Any) -> list[Found]:
    """``found`` with each "<forces> loyal to/of <person>" phrase as one mention of whom the
    person commands, in place of the mentions inside it."""
    persons = [f for f in found if _is_person(kb, f)]
    # a token by where it starts, read once: char_span per name scans the doc each time
    token_at = token_starts(doc) if persons else {}
    added, covered = [], []
    for person in persons:
        first = token_at.get(person.mention.start)
        head = _commanded_head(kb, doc, first) if first is not None else None
        forces = kb.forces_named(person.mention.actor_id, head.lower_, date) if head else ""
        if head is None or not forces:
            continue
        start, end = _start_of(head), person.mention.end
        covered.append((start, end))
        # the men are the mention ("troops"); the name inside is no side of its own
        added.append(_forces(doc, person.mention, forces, start, head.idx + len(head.text)))
    if not added:
        return found
    kept = [f for f in found if not any(_overlaps(f, span) for span in covered)]
    return sorted([*kept, *added], key=lambda f: (f.mention.start, -f.mention.end))


def _overlaps(item: Found, span: tuple[int, int]) -> bool:
    return item.mention.start < span[1] and item.mention.end > span[0]


def _is_person(kb: ActorKB, item: Found) -> bool:
    actor = kb.actors.get(item.mention.actor_id or "")
    return item.method in _NAMED and actor is not None and actor.type == "person"


def _commanded_head(kb: ActorKB, doc: Any, first: int) -> Any:
    """The head noun before "loyal to" or "of" in front of a person's name and its titles
    ("forces loyal to the former president X", "the troops of General Y"), if it is a word
    for armed men. Read from the words, not the parse: the small parser often hangs the
    name elsewhere ("loyal" as a verb, the title as the object)."""
    i = first - 1
    if i > 0 and doc[i].text == ",":  # "loyal to the Syrian president, Bashar al-Assad"
        i -= 1
    while i > 0 and first - i <= _MAX_TITLE_WORDS and _title_word(doc[i]):
        i -= 1
    if i < 1 or doc[i].lower_ not in _LINK_WORDS:
        return None
    j = i - 1
    if doc[i].lower_ == "to":
        if doc[j].lower_ not in kb.rules.command_links:
            return None
        j -= 1
    heads = kb.rules.command_heads | kb.rules.group_heads | kb.rules.government_heads
    return doc[j] if j >= 0 and doc[j].lower_ in heads else None


def _title_word(tok: Any) -> bool:
    """A word that may stand between "loyal to" and a name: "the", "former", "renegade",
    "army commander", "then-president", "ousted"."""
    if tok.lower_ in _LINK_WORDS:
        return False
    return tok.pos_ in _TITLE_POS or tok.text == "-" or tok.tag_ == "VBN"  # "ousted", "exiled"


def _start_of(head: Any) -> int:
    """Where the phrase of armed men starts: its own modifiers ("eastern forces", "the
    troops"), as far as they stand right before it."""
    k = head.i
    while k > 0 and head.doc[k - 1].dep_ in _MODIFIER_DEPS and head.doc[k - 1].head.i == head.i:
        k -= 1
    return int(head.doc[k].idx)


def _forces(doc: Any, person: Mention, forces: str, start: int, end: int) -> Found:
    mention = Mention(
        article_id=person.article_id,
        sentence_index=person.sentence_index,
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        label="ORG",
        actor_id=forces,
        resolution="alias",
        note="",  # his own men: no tie between them and him
    )
    return Found(mention, "alias", from_chunk=True)
