"""The attribute ruler's work (tag -> part of speech, morphology, a few lemmas) through
a memo table.

spaCy's attribute ruler matches ~180 patterns against every token and sets each
match's attributes in Python. Nearly all patterns look at one token only, and only
at its tag, dependency label, whether it is a space and, for a short list of words,
its lower-case form. So the outcome for a token is a function of that key: learned
once from the real ruler, then written for a whole doc as one array. Tokens that a
multi-token pattern touches ("there is") or whose tag or label a pattern changes get
the real rules applied one by one, in the ruler's own order, so the result is the
same as the ruler's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

NAME = "frontwatch_tagmap"
_KEY_ATTRS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_LOWER_MEMO_SIZE = 500_000
_SLOW_IDS = frozenset({TAG, DEP})  # rules changing these are applied one by one


@dataclass(frozen=True, slots=True)
class Outcome:
    rules: tuple[int, ...]
    values: tuple[int, int, int] | None  # POS, MORPH, LEMMA; None: apply rules one by one


class MemoAttributeRuler:
    """Gives the same POS, MORPH and LEMMA as the wrapped attribute ruler, faster."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.single, self.multi = Matcher(ruler.vocab), Matcher(ruler.vocab)
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
                self._note_key_attrs(token_spec)
        else:
            self.multi.add(key, patterns)

    def _note_key_attrs(self, spec: dict[str, Any]) -> None:
        if not set(spec) <= _KEY_ATTRS:
            self.supported = False  # a pattern reads something the key does not hold
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
                    self.supported = False

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:
        if not self.supported or not len(doc):
            return cast(Doc, self.ruler(doc))
        table = doc.to_array([LOWER, TAG, DEP, IS_SPACE, POS, MORPH, LEMMA])
        keys = [(self._lower_key(row[0]), *row[1:4]) for row in table.tolist()]
        if any(k not in self.memo for k in keys):
            self._learn(doc, keys)
        slow = self._multi_targets(doc)
        current = table[:, 4:7]
        for i, key in enumerate(keys):
            outcome = self.memo[key]
            if outcome.values is None:
                slow.setdefault(i, [])
            elif i not in slow:
                for column, value in enumerate(outcome.values):
                    if value:
                        current[i, column] = value
        # spaCy's stub types to_array as float64 and from_array as thinc's Ints2d; the
        # array is to_array's own uint64 one
        doc.from_array([POS, MORPH, LEMMA], current)  # type: ignore[arg-type]
        for i, extra in slow.items():
            for rule in sorted({*self.memo[keys[i]].rules, *extra}):
                set_token_attrs(doc[i], self.ruler.attrs[rule])
        return doc

    def _lower_key(self, lower: int) -> int:
        found = self.lower_keys.get(lower)
        if found is None:
            if len(self.lower_keys) > _LOWER_MEMO_SIZE:
                self.lower_keys.clear()  # every word of a long stream would otherwise stay
            text = self.ruler.vocab.strings[lower]
            matters = text in self.words or any(r.search(text) for r in self.regexes)
            found = self.lower_keys[lower] = lower if matters else 0
        return found

    def _multi_targets(self, doc: Doc) -> dict[int, list[int]]:
        targets: dict[int, list[int]] = {}
        for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
            rule = self.rule_of[match_id]
            index = self.ruler.indices[rule]
            position = (start if index >= 0 else end) + index
            targets.setdefault(position, []).append(rule)
        return targets

    def _learn(self, doc: Doc, keys: list[tuple[int, ...]]) -> None:
        """Match the one-token rules on this doc and record, for each new key, which
        rules apply and what they set, read back from a token the rules were applied to."""
        rules_at: dict[int, list[int]] = {}
        for match_id, start, _end in self.single(doc, allow_missing=True, as_spans=False):
            rules_at.setdefault(start, []).append(self.rule_of[match_id])
        for i, key in enumerate(keys):
            if key in self.memo:
                continue
            rules = tuple(sorted(rules_at.get(i, ())))
            if any(rule in self.slow_rules for rule in rules):
                self.memo[key] = Outcome(rules, None)
                continue
            scratch = Doc(doc.vocab, words=[doc[i].text])
            for rule in rules:
                set_token_attrs(scratch[0], self.ruler.attrs[rule])
            pos, morph, lemma = scratch.to_array([POS, MORPH, LEMMA])[0].tolist()
            self.memo[key] = Outcome(rules, (pos, morph, lemma))


@Language.factory(NAME)
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
