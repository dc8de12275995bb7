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


ERA_SENTENCES = (
    "More than 300,000 people have died since the start of the civil war.",
    "Since the uprising began, the town has changed hands four times.",
    "Over the past five years the front barely moved.",
    "The war started in the town, residents said.",  # no era: a war, no 'since'
    "Fighting in the last days of the siege killed dozens.",  # 'days', not years
)


def test_the_combined_era_regex_finds_a_match_wherever_one_pattern_does():
    pats = timeref._patterns()
    assert pats.any_era is not None
    for text in ERA_SENTENCES:
        one_by_one = [m.span() for regex in pats.eras for m in regex.finditer(text)]
        assert bool(pats.any_era.search(text)) == bool(one_by_one), text


def test_eras_are_still_found_and_others_are_not():
    found = {text: [m.time.text for m in find_times(text, PUBLISHED)] for text in ERA_SENTENCES}
    assert found[ERA_SENTENCES[0]] == ["since the start of the civil war"]
    assert found[ERA_SENTENCES[1]] == ["Since the uprising began"]
    assert found[ERA_SENTENCES[2]] == ["Over the past five years"]
    assert found[ERA_SENTENCES[3]] == [] and found[ERA_SENTENCES[4]] == []


DATED_SENTENCES = (
    "The town fell on 16 July 2016, and again on Jul 282016.",
    "In March the siege tightened; by sept. it was over.",
    "Talks resumed in Geneva in 2017.",
    "Fighters may retreat, officials said.",  # 'may' is a month's name, and no date
    "The convoy reached the crossing at dawn.",
    "A 12-hour truce held.",
)


def test_the_explicit_gate_passes_every_sentence_holding_an_explicit_date():
    pats = timeref._patterns()
    for text in DATED_SENTENCES:
        if list(pats.explicit.finditer(text)):
            assert pats.explicit_gate.search(text), text
    assert not pats.explicit_gate.search(DATED_SENTENCES[4])
    found = {text: [m.time.text for m in find_times(text, PUBLISHED)] for text in DATED_SENTENCES}
    assert found[DATED_SENTENCES[0]] == ["on 16 July 2016", "on Jul 282016"]
    assert found[DATED_SENTENCES[1]][0] == "In March"
    assert found[DATED_SENTENCES[2]] == ["in 2017"]
    assert found[DATED_SENTENCES[3]] == [] and found[DATED_SENTENCES[4]] == []


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


FIGURE_SENTENCES = (
    "Shelling on 2015-11-24 and again on 24/11/2015 hit the bakery.",  # numeric dates: a year
    "The 3 brigades lost 45 men and 12 vehicles at checkpoint 7.",  # figures, no date
    "Around 300 families fled 20 km north, 1,500 more stayed.",  # no 19xx/20xx: a count
)


def test_the_explicit_gate_needs_a_year_or_a_month_not_any_figure():
    pats = timeref._patterns()
    assert pats.explicit_gate.search(FIGURE_SENTENCES[0])
    assert not pats.explicit_gate.search(FIGURE_SENTENCES[1])
    assert not pats.explicit_gate.search(FIGURE_SENTENCES[2])
    for text in FIGURE_SENTENCES[1:]:  # the scan the gate spares finds nothing there
        assert list(pats.explicit.finditer(text)) == []
    found = [m.time.date for m in find_times(FIGURE_SENTENCES[0], PUBLISHED)]
    assert found == [dt.date(2015, 11, 24), dt.date(2015, 11, 24)]
