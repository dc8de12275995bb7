"""The direction words ("northern", "east", "south-western") that make a place name a part
of the place: one list in ``data/directions.yaml``, checked when it is read."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.yamldata import load_data

DIRECTIONS_FILE = "directions.yaml"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@cache
def direction_words() -> frozenset[str]:
    """The direction words; raises InvalidKnowledgeBase on a bad file, naming each problem."""
    text = (
        resources.files("frontwatch.kb.places").joinpath("data", DIRECTIONS_FILE).read_text("utf-8")
    )
    doc = load_data(text)
    problems = check_directions(doc)
    if problems:
        raise InvalidKnowledgeBase("\n".join(problems))
    return frozenset(doc["direction_words"])


@cache
def neighbour_words() -> frozenset[str]:
    """The adjectives that say a place is near the story's others ("nearby", "neighbouring")."""
    return _word_list("neighbour_words")


@cache
def area_plural_words() -> frozenset[str]:
    """The plural area nouns that close a list of names ("the Idlib and Hama provinces")."""
    return _word_list("area_plurals")


def _word_list(key: str) -> frozenset[str]:
    text = (
        resources.files("frontwatch.kb.places").joinpath("data", DIRECTIONS_FILE).read_text("utf-8")
    )
    words = load_data(text).get(key) or []
    bad = [w for w in words if not isinstance(w, str) or not _WORD.fullmatch(w)]
    if bad:
        raise InvalidKnowledgeBase(f"{DIRECTIONS_FILE}: {key}: {bad!r} not lower-case words")
    return frozenset(words)


def check_directions(doc: Any) -> list[str]:
    """Every problem of the file at once: its header, and each word lower-case letters
    (hyphen-joined), listed once."""
    if not isinstance(doc, dict):
        return [f"{DIRECTIONS_FILE}: not a mapping"]
    problems = [
        f"{DIRECTIONS_FILE}: {key}: header field missing"
        for key in ("source", "licence", "gaps")
        if not doc.get(key)
    ]
    words = doc.get("direction_words")
    if not isinstance(words, list) or not words:
        return [*problems, f"{DIRECTIONS_FILE}: direction_words: a non-empty list is required"]
    problems += [
        f"{DIRECTIONS_FILE}: direction_words: {word!r} is not a lower-case word"
        for word in words
        if not isinstance(word, str) or not _WORD.fullmatch(word)
    ]
    twice = sorted({str(w) for w in words if words.count(w) > 1})
    problems += [f"{DIRECTIONS_FILE}: direction_words: {w!r} listed twice" for w in twice]
    return problems
