"""The exact count a casualty phrase states: number words and digits ("twenty-one",
"1,200", "a dozen"), the number counting a noun ("12 soldiers", "a total of 40 people", "a
child"), and never a date, a clock time or an identifier's number. Vague quantities
("dozens") stay None. Split from extract/casualties.py, which reads who died and who was
hurt with these counts.
"""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.lexicon import get_lexicon


def parse_number(text: str) -> int | None:
    """An exact count from digits or number words; None for vague quantities."""
    lex = get_lexicon()
    raw = text.lower().strip()
    if raw in lex.cues["casualties"]["exact_words"]:
        return int(lex.cues["casualties"]["exact_words"][raw])
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", raw):
        return int(raw.replace(",", ""))
    numbers = lex.cues["numbers"]
    parts = [p for p in re.split(r"[\s-]+", raw) if p and p != "and"]
    if not parts or any(p not in numbers for p in parts):
        return None
    return _combine_words([int(numbers[p]) for p in parts])


def _combine_words(values: list[int]) -> int:
    total, current = 0, 0
    for value in values:
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def count_of(noun: Any) -> int | None:
    """The exact count of the dead or hurt a noun states: its own number, the number
    modifying it, or the count after "a total of"; None for a vague or no number."""
    if noun.pos_ == "NUM" or noun.like_num:
        return None if _not_a_count(noun) else parse_number(number_text(noun))
    if noun.lemma_.lower() in get_lexicon().casualty("total_nouns"):
        counted = [
            g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        if counted:
            return count_of(counted[0])
    # the nearest number before the noun counts it: "12 November 2016 Three civilians
    # killed" hangs the dateline's day on "civilians" too, and "Kill 3 Civilians ... Middle
    # East 2159" a clock time after it
    for child in sorted(noun.children, key=lambda c: (c.i > noun.i, abs(noun.i - c.i))):
        if _modifies_as_number(child, noun) and not _not_a_count(child):
            value = parse_number(number_text(child))
            if value is not None:
                return value
    return 1 if _one_of(noun) else None


def _one_of(noun: Any) -> bool:
    """ "a child", "one woman": a singular noun counted by its article."""
    singular = noun.tag_ in ("NN", "NNP")
    return singular and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in noun.children
    )


def _modifies_as_number(child: Any, noun: Any) -> bool:
    """ "12 soldiers", "about 40 people", and a number word the parser made a name part
    of the noun right before it ("Twenty soldiers" read as a compound)."""
    if child.dep_ in ("nummod", "quantmod"):
        return True
    return bool(child.like_num) and (
        child.dep_ == "amod" or (child.dep_ == "compound" and child.i == noun.i - 1)
    )


def _not_a_count(number: Any) -> bool:
    """A date, a clock time, an identifier or a link's number is never a count."""
    if is_a_date(number) or any(c in number.text for c in ":/") or number.like_url:
        return True
    before = number.doc[number.i - 1].lower_.strip(".#:") if number.i > 0 else ""
    return before in get_lexicon().casualty("identifier_words")


def is_a_date(number: Any) -> bool:
    """ "13 Oct 2016 At least 19 people were killed": a dateline's day or year, which the
    parser may hang on "people", is no count; nor is a year in a date the model tagged."""
    if number.ent_type_ in ("DATE", "TIME"):
        return True
    text = number.text
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100):
        return False
    months = get_lexicon().cues["casualties"]["month_words"]
    before = [t.lower_.rstrip(".") for t in number.doc[max(0, number.i - 3) : number.i]]
    return any(word in months for word in before)


def number_text(tok: Any) -> str:
    parts = [c for c in tok.children if c.dep_ in ("compound", "quantmod") and c.like_num]
    words = sorted([*parts, tok], key=lambda t: t.i)
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "a" and tok.lower_ in ("dozen", "hundred"):
        return f"a {tok.lower_}"
    return " ".join(t.text for t in words)
