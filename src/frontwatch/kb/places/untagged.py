"""Names the NER left untagged that the words around make a town: "the towns of Nubl and
Zahraa", "the siege of Nubl and Zahraa", "villages such as Hreitan". The tagger often
misses a short Arabic name written beside a place (or tags only its partner), and the town
was no place of the text. A run of capitalised proper nouns outside any entity is read as a
place when it is introduced as one ("the towns of X", "villages such as X": the place-name
cue "town") or joined by "and" or a comma to a name the gazetteer knows (or to such a run
read before it: "the towns of X and Y", both untagged), and the gazetteer
knows the run by that exact name or alias (no approximate match, no everyday word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from frontwatch.kb.places.cues import place_name_cue
from frontwatch.kb.places.patterns import is_common_word

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer

_MAX_WORDS = 3
_JOINS = frozenset({"and", ","})


def untagged_name_spans(gazetteer: Gazetteer, doc: Any) -> list[Any]:
    """The untagged names the words around call a town and the gazetteer knows exactly."""
    found: list[Any] = []
    i = 0
    while i < len(doc):
        end = _run_end(doc, i)
        if end == i:
            i += 1
            continue
        span = Span(doc, i, end, label="LOC")
        listed = bool(found) and found[-1].end == i - 1 and doc[i - 1].lower_ in _JOINS
        if _a_known_town_name(gazetteer, span) and (
            listed or place_name_cue(span) == "town" or _joined_to_a_place(gazetteer, span)
        ):
            found.append(span)
        i = end
    return found


def _run_end(doc: Any, start: int) -> int:
    """The end of the run of untagged capitalised proper nouns that begins at ``start``
    (``start`` itself where none does, or the sentence's first word: capitalised anyway)."""
    end = start
    while (
        end < len(doc)
        and end - start < _MAX_WORDS
        and doc[end].ent_iob_ == "O"
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].is_sent_start
    ):
        end += 1
    return end


def _a_known_town_name(gazetteer: Gazetteer, span: Any) -> bool:
    text = span.text
    return (
        len(text) > 3
        and not is_common_word(text)
        and gazetteer.country(text) is None
        and gazetteer.knows_name(text)
    )


def _joined_to_a_place(gazetteer: Gazetteer, span: Any) -> bool:
    """ "Nubl and Zahraa": the name after the join is an entity the gazetteer knows."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in _JOINS:
        return False
    nxt = doc[span.end + 1]
    if nxt.ent_iob_ != "B":
        return False
    stop = nxt.i + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return gazetteer.knows_name(doc[nxt.i : stop].text)
