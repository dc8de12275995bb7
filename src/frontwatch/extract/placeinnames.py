"""A place's name inside the name of an operation ("Operation Euphrates Shield", the
"Euphrates Shield" operation, "Operation Dawn of Idlib"): the words name a campaign, not
where anything happens, so the river or town is no place the text names (and sets no
scene). A place the operation is only called after ("the Mosul operation", "Operation
Mosul") stays a place: the name must hold another word of its own. The word that opens or
closes such a name is data (events.yaml: ``operation_name_words``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import NAME_ROLE, add_role

_LINKS = frozenset({"of", "the", "al", "-"})  # "Dawn of Idlib", "Wrath of the Euphrates"


def mark_name_roles(doc: Any, ctx: Any) -> None:
    """Note on each place mention that sits inside an operation's name."""
    for index, mention in ctx.place_at.items():
        if doc[index].idx == mention.start and _in_an_operation_name(doc, mention):
            add_role(mention, NAME_ROLE)


def _in_an_operation_name(doc: Any, mention: Any) -> bool:
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None:
        return False
    before, words_before = _walk(doc, first.start - 1, -1)
    after, words_after = _walk(doc, first.end, 1)
    own_words = words_before + words_after
    opened = before is not None and before.is_title and _names_an_operation(before)
    closed = after is not None and not after.is_title and _names_an_operation(after)
    return own_words > 0 and (opened or closed)


def _walk(doc: Any, i: int, step: int) -> tuple[Any | None, int]:
    """The first word past the name's capitalised words and links, going ``step``-wards,
    and how many capitalised words the walk passed (an operation word ends it)."""
    titled = 0
    while 0 <= i < len(doc):
        tok = doc[i]
        if _names_an_operation(tok) or not (tok.is_title or tok.is_quote or tok.lower_ in _LINKS):
            return tok, titled
        titled += int(tok.is_title)
        i += step
    return None, titled


def _names_an_operation(tok: Any) -> bool:
    return str(tok.lower_) in get_lexicon().events["operation_name_words"]
