"""Which sentences are worth the full parse: those with a word that can state a fact.

Every event, relation and control change FrontWatch extracts hangs on a cue word from
the extraction lexicons ("shelled", "backed", "seized", "killed"). A sentence with
none of them can still name actors and places, which the knowledge-base entity ruler
finds without the statistical models, but it cannot hold a fact; skipping its tagger,
parser and NER is most of the saving on general news copy.

Tokens are matched before any tagging, so a surface word is tried against every lemma
it could have: itself, the lemmatizer's irregular forms ("fought" -> "fight") and its
suffix rules applied in every part of speech ("shelling" -> "shell"). The test errs
towards parsing: an extra candidate lemma can only let a sentence through.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_MEMO_SIZE = 500_000


class SentenceGate:
    """Says whether a run of tokens holds a cue word, from lower-case forms alone."""

    def __init__(
        self, cue_lemmas: Iterable[str], lemmatizer: Any | None, irregular: dict[str, str]
    ) -> None:
        self.cues = frozenset(cue_lemmas)
        self.exceptions: dict[str, set[str]] = {form: {lemma} for form, lemma in irregular.items()}
        self.rules: list[tuple[str, str]] = []
        if lemmatizer is not None:
            self._read_tables(lemmatizer)
        self.memo: dict[str, bool] = {}

    def _read_tables(self, lemmatizer: Any) -> None:
        tables = lemmatizer.lookups
        if tables.has_table("lemma_exc"):
            for forms in tables.get_table("lemma_exc").values():
                for form, lemmas in forms.items():
                    self.exceptions.setdefault(form, set()).update(lemmas)
        if tables.has_table("lemma_rules"):
            rules = {
                tuple(r) for by_pos in tables.get_table("lemma_rules").values() for r in by_pos
            }
            self.rules = sorted(rules)

    def is_cue(self, word: str) -> bool:
        """Whether a lower-case word could be an inflection of a cue lemma."""
        found = self.memo.get(word)
        if found is None:
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            found = self.memo[word] = bool(self._lemmas(word) & self.cues)
        return found

    def _lemmas(self, word: str) -> set[str]:
        lemmas = {word, *self.exceptions.get(word, ())}
        for old, new in self.rules:
            if word.endswith(old) and len(word) > len(old):
                lemmas.add(word[: len(word) - len(old)] + new)
        return lemmas

    def passes(self, tokens: Iterable[Any]) -> bool:
        return any(self.is_cue(token.lower_) for token in tokens)
