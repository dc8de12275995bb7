"""The quick checks that spare most sentences the time regexes never change what is found."""

import datetime as dt
import re

from frontwatch.extract import timeref
from frontwatch.extract.timeref import find_times

PUBLISHED = dt.date(2016, 5, 3)
SENTENCES = (
    "Two shells landed near the market earlier today, residents said.",
    "The convoy left the capital the day before yesterday and reached the front last night.",
    "Troops withdrew from the ridge a week ago, and returned three days ago.",
    "Over the past few days the siege tightened; by this month's end it may be lifted.",
    "A dozen fighters were captured two hours AGO near the crossing.",
    "Negotiators met in the port city, and nothing came of it.",
    "The agony of the town went on as the garrison held.",  # 'ago' inside a word
)


def _slow_relative(text):
    """Every relative pattern scanned on its own, as before the gate."""
    pats = timeref._patterns()
    return [(m.start(), m.end()) for regex, _rule in pats.relative for m in regex.finditer(text)]


def test_the_combined_relative_regex_finds_a_match_wherever_one_pattern_does():
    gate = timeref._patterns().any_relative
    assert gate is not None
    for text in SENTENCES:
        assert bool(gate.search(text)) == bool(_slow_relative(text)), text


def test_relative_and_ago_expressions_are_still_found():
    found = {text: [m.time.text for m in find_times(text, PUBLISHED)] for text in SENTENCES}
    assert found[SENTENCES[0]] == ["earlier today"]
    assert "last night" in found[SENTENCES[1]] and "the day before yesterday" in found[SENTENCES[1]]
    assert "a week ago" in found[SENTENCES[2]] and "three days ago" in found[SENTENCES[2]]
    assert found[SENTENCES[4]] == ["hours AGO"]  # the relative rule "hours ago" wins
    assert found[SENTENCES[5]] == [] and found[SENTENCES[6]] == []


def test_patterns_that_cannot_be_joined_get_no_gate():
    clashing = [re.compile(r"(?P<n>\d+) days"), re.compile(r"(?P<n>\d+) weeks")]
    assert timeref._any_of(clashing) is None
