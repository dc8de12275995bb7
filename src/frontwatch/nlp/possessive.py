"""Split possessives whose apostrophe a feed stripped: "Aleppos" -> "Aleppo" + "s".

Some feeds drop apostrophes ("Syrias army", "Russias air force"), which hides known
names from the entity ruler and the NER. This component runs first, before the
tok2vec layer, and splits a token only when its stem is the last word of a known
name and the token itself does not end a known name ("Forces" stays whole).
The character offsets of the text are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "frontwatch_glued_possessive_v1"
MIN_STEM = 4


class GluedPossessiveSplitter:
    def __init__(self, stems: Iterable[str], words: Iterable[str]) -> None:
        self.stems = frozenset(stems)
        self.words = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        targets = [t for t in doc if self._is_glued(t.text)]
        if targets:
            with doc.retokenize() as retokenizer:
                for token in targets:
                    retokenizer.split(token, [token.text[:-1], "s"], heads=[(token, 0), (token, 0)])
        return doc

    def _is_glued(self, text: str) -> bool:
        lower = text.lower()
        return (
            len(lower) > MIN_STEM
            and text[0].isupper()
            and lower.endswith("s")
            and lower not in self.words
            and lower[:-1] in self.stems
        )


def name_stems(patterns: Iterable[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Last words of known names: as stems to split off, and as words to keep whole.

    Only last words are kept whole: "Forces" ends "Syrian Democratic Forces", while
    "Syrias" in a pattern like "Syrias opposition" is itself a glued possessive.
    """
    last_words: set[str] = set()
    for pattern in patterns:
        text = pattern.get("pattern")
        if isinstance(text, str) and text.split():
            last_words.add(text.lower().split()[-1])
    stems = {w for w in last_words if len(w) >= MIN_STEM and w.isalpha()}
    return sorted(stems), sorted(last_words)


@Language.factory(FACTORY, default_config={"stems": [], "words": []})
def make_splitter(nlp: Language, name: str, stems: list[str], words: list[str]) -> GluedPossessiveSplitter:
    return GluedPossessiveSplitter(stems, words)
