"""Which language an article is in, so those FrontWatch does not read are skipped, not
read as English. Identified by py3langid (a language model shipped in the package)."""

from __future__ import annotations

import re

# The languages whose lexicons and model FrontWatch has (CONTRIBUTING.md: "A language").
READ_LANGUAGES = frozenset({"en"})
SAMPLE_CHARS = 2000
# Below this many letters the identifier is unreliable on Latin script: such texts are read as English.
MIN_LETTERS = 60
_WORD = re.compile(r"[a-z]+")
# Function words, not knowledge: they identify the language, not the conflict.
_ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "by", "as", "at",
     "from", "said", "were", "has", "have", "be", "are", "it", "an"]
)


def guess_language(text: str) -> str:
    """An ISO 639-1 code ('en', 'ar', 'fr'...), or 'und' when there are no letters.

    English function words win over the identifier, so short or name-heavy English
    text is never skipped as another language."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return "und"
    if _looks_english(sample) or (letters < MIN_LETTERS and sample.isascii()):
        return "en"
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code)


def _looks_english(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    return bool(words) and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words) > 0.08


def is_read(language: str) -> bool:
    """Whether FrontWatch reads this language ('und', no letters, is left to ingest's checks)."""
    return language in READ_LANGUAGES
