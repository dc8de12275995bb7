"""The attribute ruler's work (tag -> part of speech, morphology, a few lemmas) through
a memo table.

spaCy's attribute ruler matches ~180 patterns against every token and sets each
match's attributes in Python. Nearly all patterns look at one token only, and only
at its tag, dependency label, whether it is a space and, for a short list of words,
its lower-case form. So the outcome for a token is a function of that key: learned
once from the real ruler, then written for a whole batch of docs as arrays. Tokens that a
multi-token pattern touches ("there is") or whose tag or label a pattern changes get
the real rules applied one by one, in the ruler's own order, so the result is the
same as the ruler's.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from frontwatch.nlp.batched import BatchedComponent, BatchTable, distinct_rows

NAME = "frontwatch_tagmap"
_KEY_ATTRS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_LOWER_MEMO_SIZE = 500_000
_SLOW_IDS = frozenset({TAG, DEP})  # rules changing these are applied one by one


@dataclass(frozen=True, slots=True)
class Outcome:
    rules: tuple[int, ...]
    values: tuple[int, int, int] | None  # POS, MORPH, LEMMA; None: apply rules one by one
    starts_multi: bool = False  # the token could begin a multi-token rule's match


class MemoAttributeRuler(BatchedComponent):
    """Gives the same POS, MORPH and LEMMA as the wrapped attribute ruler, faster."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.single, self.multi = Matcher(ruler.vocab), Matcher(ruler.vocab)
        # multi-token rules are matched only from tokens their first token fits, when
        # that is known from the key and the rules are of fixed length (no operators)
        self.multi_first, self.multi_length, self.windowed = Matcher(ruler.vocab), 0, True
        self.rule_of: dict[int, int] = {}
        self.words: set[str] = set()
        self.regexes: list[re.Pattern[str]] = []
        self.supported = True
        for rule, entry in enumerate(ruler.patterns):
            self._add_rule(rule, entry)
        self.memo: dict[tuple[int, ...], Outcome] = {}
        self.lower_keys: dict[int, int] = {}
        # normalised rule attributes are keyed by attribute id
        self.slow_rules = {i for i, attrs in enumerate(ruler.attrs) if set(attrs) & _SLOW_IDS}

    def _add_rule(self, rule: int, entry: dict[str, Any]) -> None:
        patterns = entry["patterns"]
        key = self.ruler.vocab.strings.add(f"frontwatch_rule_{rule}")
        self.rule_of[key] = rule
        if all(len(p) == 1 for p in patterns):
            self.single.add(key, patterns)
            for token_spec in (p[0] for p in patterns):
                self.supported &= self._note_key_attrs(token_spec)
        else:
            self.multi.add(key, patterns)
            self.multi_first.add(key, [p[:1] for p in patterns])
            self.multi_length = max(self.multi_length, *map(len, patterns))
            for pattern in patterns:
                self.windowed &= self._note_key_attrs(pattern[0])
                self.windowed &= not any("OP" in spec for spec in pattern)

    def _note_key_attrs(self, spec: dict[str, Any]) -> bool:
        """Note the words a one-token spec reads; False if the key cannot tell its match."""
        keyable = set(spec) <= _KEY_ATTRS
        lower = spec.get("LOWER")
        if isinstance(lower, str):
            self.words.add(lower)
        elif isinstance(lower, dict):
            for op, value in lower.items():
                if op == "REGEX":
                    self.regexes.append(re.compile(value))
                elif isinstance(value, list):
                    self.words.update(value)
                else:
                    keyable = False
        return keyable

    def annotate(self, docs: Sequence[Doc]) -> None:
        if not self.supported:
            for doc in docs:
                self.ruler(doc)
            return
        table = BatchTable.read(docs, [LOWER, TAG, DEP, IS_SPACE, POS, MORPH, LEMMA])
        if not table.docs:
            return
        key_rows = table.rows[:, :4].copy()
        key_rows[:, 0] = self._lower_keys(key_rows[:, 0])
        keys, first, inverse = distinct_rows(key_rows)
        outcomes = [self._outcome(key, table, int(row)) for key, row in zip(keys, first, strict=True)]
        values = numpy.array([o.values or (0, 0, 0) for o in outcomes], dtype="uint64")[inverse]
        current = table.rows[:, 4:7]
        slow = numpy.array([o.values is None for o in outcomes])[inverse]
        starts = numpy.array([o.starts_multi for o in outcomes])[inverse]
        extra = self._multi_targets(table, numpy.flatnonzero(starts) if self.windowed else None)
        slow[list(extra)] = True
        fast = (values != 0) & ~slow[:, None]
        table.write([POS, MORPH, LEMMA], numpy.where(fast, values, current))
        for row in numpy.flatnonzero(slow).tolist():
            rules = {*outcomes[inverse[row]].rules, *extra.get(row, ())}
            for rule in sorted(rules):
                set_token_attrs(table.token(row), self.ruler.attrs[rule])

    def _lower_keys(self, lowers: Any) -> Any:
        distinct, inverse = numpy.unique(lowers, return_inverse=True)
        keys = [self._lower_key(lower) for lower in distinct.tolist()]
        return numpy.array(keys, dtype="uint64")[inverse.reshape(-1)]

    def _lower_key(self, lower: int) -> int:
        found = self.lower_keys.get(lower)
        if found is None:
            if len(self.lower_keys) > _LOWER_MEMO_SIZE:
                self.lower_keys.clear()  # every word of a long stream would otherwise stay
            text = self.ruler.vocab.strings[lower]
            matters = text in self.words or any(r.search(text) for r in self.regexes)
            found = self.lower_keys[lower] = lower if matters else 0
        return found

    def _multi_targets(self, table: BatchTable, starts: Any | None) -> dict[int, list[int]]:
        """Rows a multi-token rule touches, with those rules. Given the rows a match can
        start at, only the tokens from each such row to the longest rule's length are
        matched (Python runs a REGEX predicate per token matched); the same matches."""
        targets: dict[int, list[int]] = {}
        for doc, offset, first, end in self._match_windows(table, starts):
            for match_id, start, stop in self.multi(doc[first:end], allow_missing=True, as_spans=False):
                rule = self.rule_of[match_id]
                index = self.ruler.indices[rule]
                position = first + (start if index >= 0 else stop) + index
                targets.setdefault(offset + position, []).append(rule)
        return targets

    def _match_windows(self, table: BatchTable, starts: Any | None) -> Iterator[tuple[Doc, int, int, int]]:
        """(doc, its first row, first token, end token) of each stretch to match."""
        offsets = [0, *table.ends[:-1].tolist()]
        if starts is None:
            yield from ((doc, offset, 0, len(doc)) for doc, offset in zip(table.docs, offsets, strict=True))
            return
        for row in starts.tolist():
            index = int(numpy.searchsorted(table.ends, row, side="right"))
            doc, first = table.docs[index], row - offsets[index]
            yield doc, offsets[index], first, min(first + self.multi_length, len(doc))

    def _outcome(self, key: tuple[int, ...], table: BatchTable, row: int) -> Outcome:
        """What the one-token rules do to a token with this key: learned from the first
        such token, by matching them on it alone and applying them to a copy of it."""
        outcome = self.memo.get(key)
        if outcome is not None:
            return outcome
        token = table.token(row)
        one = token.doc[token.i : token.i + 1]
        matched = self.single(one, allow_missing=True, as_spans=False)
        rules = tuple(sorted(self.rule_of[match_id] for match_id, _start, _end in matched))
        starts_multi = self.windowed and bool(self.multi_first(one, allow_missing=True, as_spans=False))
        if any(rule in self.slow_rules for rule in rules):
            outcome = Outcome(rules, None, starts_multi)
        else:
            scratch = Doc(token.doc.vocab, words=[token.text])
            for rule in rules:
                set_token_attrs(scratch[0], self.ruler.attrs[rule])
            pos, morph, lemma = scratch.to_array([POS, MORPH, LEMMA])[0].tolist()
            outcome = Outcome(rules, (pos, morph, lemma), starts_multi)
        self.memo[key] = outcome
        return outcome


@Language.factory(NAME)
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
