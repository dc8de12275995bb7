"""Cues around a place name: "the town of X", "near X", "X province", "the X countryside".

They help choose among candidates, set ACLED geo-precision, and tell the place an
event happens at ("in X") from places merely mentioned ("fled from X"). The cues
are kept on ``Mention.note`` as ``cue:<name>`` items joined by ";".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from frontwatch.kb.places.directions import direction_words, neighbour_words
from frontwatch.kb.places.listcues import in_a_list_of_provinces
from frontwatch.kb.places.normalize import word_set
from frontwatch.nlp.text import span_text, text_of
from frontwatch.nlp.treearrays import lower_forms
from frontwatch.records import Mention

DIRECTION_WORDS = direction_words()
NEIGHBOUR_WORDS = neighbour_words()
PROVINCE_WORDS = frozenset({"province", "governorate", "provinces"})
# Closing a place phrase only ("Borno State", "Kursk Oblast"): after a name they are
# part of it ("Syria state media" is not a province).
TRAILING_PROVINCE_WORDS = PROVINCE_WORDS | {"state", "oblast"}
# After a name the NER left out of the span: "the X region" names the province where the
# name is both a town and a province ("Kharkiv region", "the Deir ez-Zor region")
FOLLOWING_PROVINCE_WORDS = PROVINCE_WORDS | {"region"}
# Closing a place phrase the NER took whole ("Khan Shaikoun Town", "Malaethar Village",
# "Bahri city", Myanmar's "Kanbalu Township" by its seat): the name is read without it, as
# a town, when the whole phrase is no name
TRAILING_TOWN_WORDS = frozenset({"town", "city", "village", "township"})
COUNTRYSIDE_WORDS = frozenset({"countryside", "suburbs", "outskirts", "hinterland", "environs"})
TOWN_WORDS = (
    r"(?:town|city|village|villages|hamlet|district|neighbourhood|neighborhood|area|suburb)"
)
_PRECEDING = (
    (
        "near",
        re.compile(
            r"\b(?:near|outside|around|close to|nearby|outskirts of|"
            r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|km (?:from|of)|"
            r"kilometres (?:from|of)|kilometers (?:from|of)|miles (?:from|of))"
            r"(?: the)?(?: " + TOWN_WORDS + r" of)?(?: the)?$"
        ),
    ),
    ("town", re.compile(r"\b" + TOWN_WORDS + r" of$")),
    ("province", re.compile(r"\b(?:province|governorate|countryside|region|oblast) of(?: the)?$")),
    (
        "in",
        re.compile(
            r"\b(?:in|inside|at|on|across|throughout|within)(?: the)?(?: "
            + TOWN_WORDS
            + r" of)?(?: the)?$"
        ),
    ),
    ("from", re.compile(r"\b(?:from|fled|left)(?: the)?(?: " + TOWN_WORDS + r" of)?(?: the)?$")),
    (
        "to",
        re.compile(
            r"\b(?:to|toward|towards|into|reached|entered)(?: the)?(?: "
            + TOWN_WORDS
            + r" of)?(?: the)?$"
        ),
    ),
)
BORDER_CUES = {
    "TUR": re.compile(
        r"\b(?:turkish border|border with turkey|turkey(?:'s)? border|syrian-turkish|turkish-syrian)\b"
    ),
    "IRQ": re.compile(r"\b(?:iraqi border|border with iraq|syrian-iraqi|iraqi-syrian)\b"),
    "JOR": re.compile(
        r"\b(?:jordanian border|border with jordan|syrian-jordanian|jordanian-syrian)\b"
    ),
    "LBN": re.compile(
        r"\b(?:lebanese border|border with lebanon|syrian-lebanese|lebanese-syrian)\b"
    ),
}
ROLE_BY_CUE = (
    ("near", "near"),
    ("from", "origin"),
    ("to", "destination"),
    ("in", "site"),
    ("town", "site"),
    ("province", "site"),
    ("countryside", "site"),
)


@dataclass(slots=True)
class SpanCues:
    """What the words in and around a place span say about it."""

    core: str  # the name with directions and qualifiers stripped
    # in, near, town, from, to, province, countryside; compass: a compass word before the
    # name, outside its span ("southern Idlib")
    cues: list[str] = field(default_factory=list)
    direction: str = ""
    borders: list[str] = field(default_factory=list)  # ISO3 of borders the sentence names
    country_after: str = ""  # ISO3 of the country written after the name ("Kani, Japan")

    def has(self, cue: str) -> bool:
        return cue in self.cues

    def note(self) -> str:
        parts = [f"cue:{c}" for c in self.cues]
        if self.direction:
            parts.append(f"direction:{self.direction}")
        return ";".join(parts)


def read_cues(span: Any, sent: Any | None = None) -> SpanCues:
    """The core name of a spaCy span and the cues in it and in its sentence ``sent``."""
    sent = sent if sent is not None else sentence_of(span)
    cues = text_cues(span_text(span))  # a slice of the doc's text: Span.text joins its tokens
    following, preceding = _following_cues(span), _preceding_cues(span, sent)
    if not following and in_a_list_of_provinces(span):
        following = ["province"]  # "the Aleppo, Hama and Idlib governorates"
    compass = [] if cues.direction or compass_word_before(span) is None else ["compass"]
    cues.cues = list(dict.fromkeys([*cues.cues, *following, *preceding, *compass]))
    cues.borders = list(_borders_named(sent.start_char, sent.end_char, sent.doc))
    return cues


def _borders_named(start: int, end: int, doc: Any) -> tuple[str, ...]:
    """The borders a sentence names, read once per sentence, not once per place in it."""
    return _borders_in(text_of(doc)[start:end].lower())


@lru_cache(maxsize=4096)
def _borders_in(sentence: str) -> tuple[str, ...]:
    return tuple(iso for iso, pattern in BORDER_CUES.items() if pattern.search(sentence))


def text_cues(text: str) -> SpanCues:
    """Directions and qualifiers inside a place phrase: "the northern Aleppo countryside"."""
    core, cues, direction = _text_cues(text)  # a new SpanCues each time: readers change theirs
    return SpanCues(core=core, cues=list(cues), direction=direction)


@lru_cache(maxsize=16384)  # the same place names recur in every article
def _text_cues(text: str) -> tuple[str, tuple[str, ...], str]:
    words = re.sub(r"(['’]s)\b", r" \1", text).split()
    cues: list[str] = []
    direction = ""
    while len(words) > 1 and words[0].lower() in {"the", "rural"} | DIRECTION_WORDS:
        first = words.pop(0).lower()
        if first == "rural":
            cues.append("countryside")
        elif first != "the":
            direction = direction or first
    words, tail_cues = _strip_qualifiers(words)
    core = " ".join(words).strip() or text
    return core, tuple(dict.fromkeys([*cues, *tail_cues])), direction


def _strip_qualifiers(words: list[str]) -> tuple[list[str], list[str]]:
    cues: list[str] = []
    if (
        len(words) > 2
        and words[0].lower() in COUNTRYSIDE_WORDS | PROVINCE_WORDS
        and words[1].lower() == "of"
    ):
        cues.append("province" if words[0].lower() in PROVINCE_WORDS else "countryside")
        words = words[2:]
    closing = TRAILING_PROVINCE_WORDS | COUNTRYSIDE_WORDS | TRAILING_TOWN_WORDS | {"'s", "’s"}
    while len(words) > 1 and words[-1].lower() in closing:
        last = words.pop().lower()
        if last in TRAILING_PROVINCE_WORDS:
            cues.append("province")
        elif last in COUNTRYSIDE_WORDS:
            cues.append("countryside")
        elif last in TRAILING_TOWN_WORDS:
            cues.append("town")
    return words, cues


def _following_cues(span: Any) -> list[str]:
    doc, end = span.doc, span.end
    following = lower_forms(doc)[end : min(end + 3, len(doc))]
    if following[:1] in (["'s"], ["’s"]):
        following = following[1:]
    if following[:1] and following[0] in FOLLOWING_PROVINCE_WORDS:
        return ["province"]
    if following[:1] and following[0] in COUNTRYSIDE_WORDS:
        return ["countryside"]
    return []


def sentence_of(span: Any) -> Any:
    """The span's sentence, or the whole doc when it has no sentence boundaries."""
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent
    return doc[:]


def _preceding_cues(span: Any, sent: Any) -> list[str]:
    doc = span.doc
    start = max(sent.start, span.start - 6)
    return list(_cues_before(" ".join(lower_forms(doc)[start : span.start])))


@lru_cache(maxsize=8192)  # the same few words come before places again and again
def _cues_before(before: str) -> tuple[str, ...]:
    before = _without_neighbour_words(before)
    return tuple(name for name, pattern in _PRECEDING if pattern.search(before))[:2]


def _without_neighbour_words(before: str) -> str:
    """ "fighting in nearby X", "arrived in the nearby town of X", "fled to neighbouring X":
    the adjective says X is near the story's other places, and the act is at X, not near
    it; the words before the name are read without it, and a bare "jets bombed nearby X"
    as "in X" (directions.yaml: neighbour_words)."""
    words = before.split(" ")
    if words and words[-1] in NEIGHBOUR_WORDS and (len(words) < 2 or words[-2] not in _GOVERNING):
        words[-1] = "in"  # "hit nearby X": the act's own place, named without a preposition
    tail = [w for w in words[-4:] if w not in NEIGHBOUR_WORDS]
    return " ".join([*words[:-4], *tail])


# The words that govern a place after a neighbour word ("in nearby X", "the nearby X")
_GOVERNING = frozenset(
    {"in", "inside", "at", "on", "to", "toward", "towards", "into", "from", "near", "the", "of"}
)


def cues_of(mention: Mention) -> list[str]:
    """The cue names stored on a mention's note ("cue:in;cue:province" -> ["in", "province"])."""
    return [part[4:] for part in mention.note.split(";") if part.startswith("cue:")]


def place_role(mention: Mention, doc: Any | None = None) -> str:
    """How a place mention relates to the sentence's action.

    "site" (in/at X, the town of X, X province), "near" (near/outside/north of X),
    "origin" (from X), "destination" (to/toward X), or "mentioned" when no cue says.
    The extraction stage decides which place an event happens at; this is one input.
    ``doc`` is accepted for callers that hold it; the cues were read when resolving.
    """
    cues = cues_of(mention)
    for cue, role in ROLE_BY_CUE:
        if cue in cues:
            return role
    return "mentioned"


PLACE_HEAD_WORDS = word_set(
    """
    neighbourhood neighborhood neighbourhoods neighborhoods district districts village
    villages town towns city suburb suburbs camp street road highway countryside province
    governorate hill hills mountain mountains square quarter airport airbase crossing dam
    plain plains valley region roundabout junction base
    """
)
_LOCATIVE = frozenset(
    {"in", "near", "outside", "around", "inside", "into", "towards", "toward", "on"}
)
_OF_PLACE = re.compile(
    r"\b" + TOWN_WORDS[:-1] + r"|neighbourhoods|neighborhoods|outskirts|areas|towns|cities"
    r"|province|governorate|countryside|capital|region)\s+of$"
)
_PLACE_PLURALS = frozenset({"villages", "towns", "neighbourhoods", "neighborhoods", "districts"})
# "took four towns including X", "villages such as X", "several districts, among them X"
_INCLUDED_PLACE = re.compile(
    r"\b(?:villages|towns|cities|neighbourhoods|neighborhoods|districts|hamlets|settlements"
    r"|localities|areas)(?: ,)?(?: including| such as| like| among them| notably)(?: the)?$"
)
_COORDINATED_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_name_cue(span: Any) -> str:
    """Why the words around a span make it a place name, whatever the NER label, or ''.

    "the al-Midan neighbourhood", "the village of Urum al-Kubra", "in Kefraya",
    "Foua and Kefraya" (coordinated with a place). Used to keep such spans off the
    actor list when the NER calls them a person or an organisation.
    """
    doc = span.doc
    words = lower_forms(doc)[span.start : span.end]
    after = [t for t in doc[span.end : span.end + 2] if t.is_lower]
    if (len(words) > 1 and words[-1] in PLACE_HEAD_WORDS) or _head_follows(after):
        return "head"
    before = lower_forms(doc)[max(0, span.start - 6) : span.start]
    preceding = [name for name, pattern in _PRECEDING[:3] if pattern.search(" ".join(before))]
    if preceding:
        return preceding[0]  # near, town or province: "southeast of X", "town of X"
    if before and before[-1] == "the":
        before = before[:-1]
    joined = " ".join(before)
    if before and (
        _OF_PLACE.search(joined) or before[-1] in _PLACE_PLURALS or _INCLUDED_PLACE.search(joined)
    ):
        return "town"
    if before and before[-1] in _LOCATIVE:
        return "in"
    return "coordinated" if _coordinated_with_place(span) else ""


def _head_follows(after: list[Any]) -> bool:
    """'X neighbourhood', 'the X military airport': a place noun right after the name."""
    if not after:
        return False
    if after[0].lower_ in PLACE_HEAD_WORDS:
        return True
    return (
        len(after) > 1 and after[0].pos_ in ("ADJ", "NOUN") and after[1].lower_ in PLACE_HEAD_WORDS
    )


def _coordinated_with_place(span: Any) -> bool:
    """'Foua and Kefraya': the name before the 'and' is a place, or reads as one."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ not in {"and", ",", "or"}:
        return False
    previous = _entity_ending_at(doc, start - 1)
    if previous is None:
        return False
    return previous.label_ in _COORDINATED_LABELS or bool(place_name_cue(previous))


def _entity_ending_at(doc: Any, end: int) -> Any:
    """The entity whose last token is ``end - 1``, found from the tokens' IOB tags (a scan
    of ``doc.ents`` per name made long articles quadratic)."""
    last = doc[end - 1]
    if not last.ent_type or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    start = end - 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, end, label=last.ent_type, kb_id=last.ent_kb_id, span_id=last.ent_id)


def widen_to_direction(mention: Mention, span: Any) -> None:
    """ "in northwestern Syria", "southern Lebanon": the NER leaves the compass word out of
    a country's span, and the mention would name all of the country where the text names
    a region of it. The mention's text takes the word in (the place stays the country,
    with the direction noted, as when the NER's span holds it). A province keeps its own
    name ("northern P province" names the province)."""
    word = compass_word_before(span)
    if word is None or "direction:" in mention.note:
        return
    doc = span.doc
    if word.i > 1 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in DIRECTION_WORDS:
        word = doc[word.i - 2]  # "north-eastern": the tokenizer splits the hyphen off
    direction = doc[word.i : span.start].text.lower()  # slices: doc.text joins the whole doc
    mention.start, mention.text = word.idx, doc[word.i : span.end].text
    mention.note = ";".join(part for part in (mention.note, f"direction:{direction}") if part)


def compass_word_before(span: Any) -> Any | None:
    """The compass word just before the span that modifies its name ("southern" in
    "southern Aleppo"), not one that qualifies another noun ("the northern city of P")."""
    word = span.doc[span.start - 1] if span is not None and span.start > 0 else None
    if word is None or word.lower_ not in DIRECTION_WORDS or word.dep_ not in ("amod", "compound"):
        return None
    return word if span.start <= word.head.i < span.end else None
