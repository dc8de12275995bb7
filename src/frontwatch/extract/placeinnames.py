"""A place's name inside the name of an operation ("Operation Euphrates Shield", the
"Euphrates Shield" operation, "Operation Dawn of Idlib") or of a side ("pro-Moscow rebels",
"anti-Damascus factions"): the words name a campaign or whom a side is for, not where
anything happens, so the river or town is no place the text names (and sets no scene). A
place the operation is only called after ("the Mosul operation", "Operation Mosul") stays
a place: the name must hold another word of its own. The words are data (events.yaml:
``operation_name_words``, ``side_prefixes``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import NAME_ROLE, add_role
from frontwatch.nlp.charspans import expanded_span

_LINKS = frozenset({"of", "the", "al", "-"})  # "Dawn of Idlib", "Wrath of the Euphrates"


def mark_name_roles(doc: Any, ctx: Any) -> None:
    """Note on each place mention that sits inside an operation's name."""
    for index, mention in ctx.place_at.items():
        first = doc[index]
        if first.idx != mention.start:
            continue  # once per mention, at its first word
        if _after_a_side_prefix(first) or _in_an_operation_name(doc, mention):
            add_role(mention, NAME_ROLE)


def _after_a_side_prefix(first: Any) -> bool:
    """ "pro-Moscow", "anti-Damascus": the name says whom a side is for or against."""
    doc, i = first.doc, first.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return str(doc[i - 2].lower_) in get_lexicon().events["side_prefixes"]


def _in_an_operation_name(doc: Any, mention: Any) -> bool:
    first = expanded_span(doc, mention.start, mention.end)
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
        titled += int(tok.is_title and tok.lower_ not in _LINKS)  # a sentence's "The" is no word of the name
        i += step
    return None, titled


def _names_an_operation(tok: Any) -> bool:
    return str(tok.lower_) in get_lexicon().events["operation_name_words"]
