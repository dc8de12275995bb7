"""Page furniture (tag lists, related stories, share links, captions, credits, bylines,
short-URL lines, link lists): found by the rules in ``data/furniture.yaml`` and blanked
out before extraction.

Blanking replaces each piece's characters with spaces (line breaks kept), so every
other character keeps its offset: sentences found later point into the stored text,
and the pieces themselves are kept beside the article with their offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from frontwatch.errors import InvalidSetting
from frontwatch.records import Furniture
from frontwatch.yamldata import load_data

WHERE = ("line", "run", "inline")
UNTIL = ("", "end", "body")
SENTENCE_FINAL = ".!?:;\"'”’)]"
SENTENCE_LOOKBACK = 400  # characters looked back over blanks for the previous sentence's end
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?$")


@dataclass(frozen=True)
class Rule:
    kind: str
    where: str
    pattern: re.Pattern[str]
    until: str = ""
    min_lines: int = 1
    cue: str = ""  # inline rules: tried only on texts that hold this string


@dataclass(frozen=True)
class BodyStart:
    """How to tell where the story resumes after an inline list."""

    max_list_words: int
    openers: frozenset[str]
    sentence_words: frozenset[str]
    # `until: end` is trailing furniture: with more text than this after it, it is a list
    # inside a story (or in one of many stories run together) and ends as an inline list
    max_trailing_chars: int = 3000


@dataclass(frozen=True)
class FurnitureRules:
    rules: tuple[Rule, ...]
    body_start: BodyStart
    within_sentence: frozenset[str] = frozenset()  # kinds whose blanking adds no full stop


def _rule(entry: Any, kinds: set[str], number: int) -> Rule:
    where = f"furniture.yaml rule {number}"
    if not isinstance(entry, dict) or not {"kind", "where", "pattern"} <= entry.keys():
        raise InvalidSetting(f"{where}: needs kind, where and pattern, got {entry!r}")
    if entry["kind"] not in kinds or entry["where"] not in WHERE or entry.get("until", "") not in UNTIL:
        raise InvalidSetting(f"{where}: kind must be one of {sorted(kinds)}, where one of {WHERE}, "
                             f"until one of {UNTIL[1:]}")
    try:
        pattern = re.compile(entry["pattern"], re.DOTALL if entry["where"] == "inline" else 0)
    except re.error as err:
        raise InvalidSetting(f"{where}: bad pattern ({err})") from err
    return Rule(entry["kind"], entry["where"], pattern, entry.get("until", ""), int(entry.get("min_lines", 1)),
                str(entry.get("cue", "")))


def parse_rules(data: Any) -> FurnitureRules:
    """Rules from the YAML's data, validated: a bad rule fails loudly, naming itself."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise InvalidSetting("furniture.yaml: expected a mapping with a list of rules")
    kinds = set(data.get("kinds") or ())
    rules = tuple(_rule(entry, kinds, n) for n, entry in enumerate(data["rules"], start=1))
    body = data.get("body_start") or {}
    within = frozenset(data.get("within_sentence") or ())
    if not within <= kinds:
        raise InvalidSetting(f"furniture.yaml: within_sentence names kinds not in kinds: {sorted(within - kinds)}")
    return FurnitureRules(rules, BodyStart(
        int(body.get("max_list_words", 40)),
        frozenset(str(body.get("openers", "")).split()), frozenset(str(body.get("sentence_words", "")).split()),
        int(body.get("max_trailing_chars", 3000)),
    ), within)


@lru_cache(maxsize=1)
def furniture_rules() -> FurnitureRules:
    text = resources.files("frontwatch.ingest").joinpath("data", "furniture.yaml").read_text("utf-8")
    return parse_rules(load_data(text))


def find_furniture(text: str, rules: FurnitureRules | None = None) -> list[Furniture]:
    """Every piece of page furniture in ``text``, in order, overlaps merged."""
    rules = rules or furniture_rules()
    spans: list[tuple[int, int, str]] = []
    lines = list(_lines(text))
    for rule in rules.rules:
        if rule.where == "line":
            spans += [(start, end, rule.kind) for start, end, line in lines if rule.pattern.search(line)]
        elif rule.where == "run":
            spans += [(start, end, rule.kind) for start, end in _runs(lines, rule)]
        else:
            spans += [(start, end, rule.kind) for start, end in _inline(text, rule, rules.body_start)]
    return [Furniture(start, end, kind, text[start:end]) for start, end, kind in _merged(spans)]


def blank_out(text: str, pieces: Iterable[Furniture], rules: FurnitureRules | None = None) -> str:
    """``text`` with each piece's characters turned to spaces, line breaks kept. A piece that
    follows words without a full stop starts with one instead: the furniture was a boundary
    ("...a monitor said Tags Syria Aleppo. A suicide bomber...") and the parser must still see
    one, or the sentences on either side would be read as one. A piece of a kind that sits
    inside a sentence (a citation mark, "Command[22] led by") is no boundary."""
    within = (rules or furniture_rules()).within_sentence
    chars = list(text)
    for piece in pieces:
        for index in range(piece.start, piece.end):
            if chars[index] != "\n":
                chars[index] = " "
        if piece.kind not in within and _needs_stop(chars, piece.start):
            chars[piece.start] = "."
    return "".join(chars)


def _needs_stop(chars: list[str], start: int) -> bool:
    before = "".join(chars[max(0, start - SENTENCE_LOOKBACK):start]).rstrip()
    return bool(before) and before[-1] not in SENTENCE_FINAL and chars[start] == " "


def count_kinds(pieces: Iterable[Furniture]) -> dict[str, int]:
    return dict(Counter(piece.kind for piece in pieces))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each non-blank line, the end before its line break."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line), line
        start += len(line) + 1


def _runs(lines: list[tuple[int, int, str]], rule: Rule) -> Iterator[tuple[int, int]]:
    run: list[tuple[int, int, str]] = []
    for line in [*lines, (-1, -1, "")]:
        if line[0] >= 0 and rule.pattern.search(line[2]):
            run.append(line)
            continue
        if len(run) >= rule.min_lines:
            yield from ((start, end) for start, end, _ in run)
        run = []


def _inline(text: str, rule: Rule, body: BodyStart) -> Iterator[tuple[int, int]]:
    if rule.cue not in text:
        return
    matches = list(rule.pattern.finditer(text))
    for match in matches:
        trailing = match is matches[-1] and len(text) - match.start() <= body.max_trailing_chars
        if rule.until == "end" and trailing:
            yield match.start(), len(text.rstrip())
        elif rule.until == "end" or rule.until == "body":  # stories run together: each list ends where the next story starts
            yield match.start(), _list_end(text, match.end(), body)
        elif match.end() > match.start():
            yield match.start(), match.end()


def _list_end(text: str, start: int, body: BodyStart) -> int:
    """Where the list that starts at ``start`` ends: after a full stop, before a word that
    opens a news sentence, or before the capitalised word that leads up to the first word
    only a sentence has ("Syrian rebels launched", "Government air raids in")."""
    # only the words a list may hold: reading every word to the text's end for each list
    # made stories run together on one line quadratic
    found = list(islice(_WORD.finditer(text, start), body.max_list_words))
    words = [w.group() for w in found]
    ends = [w.end() for w in found]
    for index, word in enumerate(words):
        if index and (word in body.openers or word.isdigit()):
            return ends[index - 1]
        if index and _in_sentence_only(word, body):
            subject = next((i for i in range(index - 1, 0, -1) if words[i][:1].isupper()), 0)
            return ends[subject - 1] if subject else start
        if _SENTENCE_END.search(word):
            return ends[index]
    return start  # no clear end: leave the words to the story rather than lose a sentence


def _in_sentence_only(word: str, body: BodyStart) -> bool:
    """A word tag lists do not hold: a function word, or a past tense ("bombed")."""
    return word in body.sentence_words or (word.islower() and word.endswith("ed") and len(word) > 4)


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans as one (the first rule's kind wins), in text order."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged
