"""Spans that are not actors at all: web furniture, clock times, truncated names.

The small NER model tags page boilerplate ("Follow us on Instagram", "Related News"),
time zones ("0830 GMT") and cut-off names ("al-") as organisations or persons. They
are dropped before resolution so the unknown-actor list holds only candidate actors.
The word lists live in data/not_actors.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.kb.actors.names import ARTICLE_FORMS, strip_accents
from frontwatch.yamldata import load_data

_CLOCK = re.compile(r"^\d{1,4}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d", re.IGNORECASE
)
_TIME_OF_DAY = re.compile(r"\b\d{1,4}\s*(?:am|pm)\b", re.IGNORECASE)
_TRUNCATING_WORDS = frozenset(
    {"of", "the", "and", "or", "to", "in", "on", "for", "from", "with", "by", "at", "we", "a", "an"}
)


@dataclass(frozen=True, slots=True)
class NotActorWords:
    platforms: frozenset[str]
    page_words: frozenset[str]
    time_zones: frozenset[str]
    border_nouns: frozenset[str] = frozenset()
    border_verbs: frozenset[str] = frozenset()
    site_prepositions: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_adjectives: frozenset[str] = frozenset()
    war_nouns: frozenset[str] = frozenset()
    party_in_heads: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def not_actor_words() -> NotActorWords:
    text = (
        resources.files("frontwatch.kb.actors")
        .joinpath("data", "not_actors.yaml")
        .read_text("utf-8")
    )
    data = load_data(text)
    _check_word_lists(data)
    return NotActorWords(
        platforms=frozenset(w.lower() for w in data.get("platforms") or ()),
        page_words=frozenset(w.lower() for w in data.get("page_words") or ()),
        time_zones=frozenset(data.get("time_zones") or ()),
        border_nouns=_lowered(data, "border_nouns"),
        border_verbs=_lowered(data, "border_verbs"),
        site_prepositions=_lowered(data, "site_prepositions"),
        site_nouns=_lowered(data, "site_nouns"),
        site_adjectives=_lowered(data, "site_adjectives"),
        war_nouns=_lowered(data, "war_nouns"),
        party_in_heads=_lowered(data, "party_in_heads"),
    )


def _lowered(data: dict[str, object], key: str) -> frozenset[str]:
    words = data.get(key) or ()
    return frozenset(str(w).lower() for w in words) if isinstance(words, list) else frozenset()


def _check_word_lists(data: object) -> None:
    """Every list in not_actors.yaml is a list of words: a bare "no" or "on" read as a
    boolean would silently match nothing, so loading stops with the key."""
    if not isinstance(data, dict):
        raise TypeError("not_actors.yaml: expected a mapping of word lists")
    for key, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"not_actors.yaml: {key}: expected a list of words (quote them)")


BORDER_NOTE = "border"  # the note on a state named only where a border runs


def names_a_border(ent: object) -> bool:
    """ "near the Turkish border", "along Iraq's frontier", "a town bordering Lebanon": the
    state's name tells where a line runs, so it never says which state the article is about
    (it may still be a target: "fired across the Lebanese border")."""
    root = getattr(ent, "root", None)
    while root is not None and root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "bordering Lebanon and Jordan": Jordan stands where Lebanon does
    if root is None or root.head.i == root.i:
        return False
    words = not_actor_words()
    if root.dep_ == "dobj":  # the object of a bordering verb ("which borders Iraq")
        return root.head.pos_ == "VERB" and root.head.lemma_.lower() in words.border_verbs
    if root.dep_ not in ("amod", "compound", "poss"):
        return False
    return root.head.lemma_.lower() in words.border_nouns


def _words(text: str) -> list[str]:
    cleaned = strip_accents(text).replace("’", "'")
    return [w.strip(".,;:!?\"'()[]") for w in cleaned.split() if w.strip(".,;:!?\"'()[]")]


def why_not_an_actor(text: str) -> str:
    """Why a tagged span cannot name an actor ('web furniture', 'a time'...), or ''."""
    words = _words(text)
    if not words or not any(ch.isalpha() for ch in text):
        return "no letters"
    lists = not_actor_words()
    lower = [w.lower() for w in words]
    if _is_truncated(text, lower):
        return "truncated name"
    if any(w in lists.time_zones for w in words) or _CLOCK.match(text.strip()):
        return "a time"
    if _MONTHS.search(text) or _TIME_OF_DAY.search(text):
        return "a date or time"
    if any(w in lists.platforms for w in lower):
        return "web furniture"
    if all(w in lists.page_words or w in STOP_WORDS for w in lower):
        return "web furniture"
    return ""


def _is_truncated(text: str, lower: list[str]) -> bool:
    """'al-', 'the Wrath of': a name cut off before its end."""
    stripped = text.strip()
    if stripped.endswith(("-", "–")):
        return True
    bare = [w for w in lower if w.rstrip("-") not in ARTICLE_FORMS]
    return not bare or lower[-1] in _TRUNCATING_WORDS
