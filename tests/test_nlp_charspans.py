"""expanded_range finds the tokens spaCy's char_span(..., "expand") finds, and expanded_span
makes the same Span (nlp/charspans.py)."""

from __future__ import annotations

import pytest

from frontwatch.nlp.charspans import expanded_range, expanded_span

TEXT = (
    "Rebel  fighters shelled the town on Friday,   officials said.\n\n"
    "The army (backed by allied militias) pushed north-west; three soldiers died."
)


def _spacy_range(doc, start, end):
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else (span.start, span.end)


def test_every_character_span_as_spacy_expands_it(engine):
    doc = engine.parse([TEXT])[0]
    size = len(doc.text)
    for start in range(-2, size + 2):
        for end in range(start + 1, size + 3):
            assert expanded_range(doc, start, end) == _spacy_range(doc, start, end), (start, end)


def test_a_span_starting_in_a_trailing_space_begins_at_the_next_word(engine):
    doc = engine.parse([TEXT])[0]
    space_after_rebel = doc.text.index(" ")
    found = expanded_range(doc, space_after_rebel, space_after_rebel + 9)
    assert found is not None
    assert [t.text for t in doc[found[0] : found[1]]][-1] == "fighters"
    assert expanded_range(doc, len(doc.text) + 5, len(doc.text) + 9) is None


def _outcome(make):
    try:
        span = make()
    except IndexError:
        return "raised"
    return None if span is None else (span.start, span.end, span.text)


def test_expanded_span_is_the_span_spacy_makes(engine):
    doc = engine.parse(["Kurdish  forces retook the dam (officials said) on Monday.\n"])[0]
    size = len(doc.text)
    for start in range(-1, size + 2):
        for end in range(start, size + 3):
            spacy = _outcome(lambda: doc.char_span(start, end, alignment_mode="expand"))  # noqa: B023
            assert _outcome(lambda: expanded_span(doc, start, end)) == spacy, (start, end)  # noqa: B023


@pytest.mark.parametrize(
    ("text", "words", "covered"),
    [
        ("Government troops shelled Idlib overnight.", "shelled Id", "shelled Idlib"),
        ("The rebels were pushed back from the airport, a monitor said.", "e airp", "the airport"),
        ("Militia fighters, backed by drones, stormed the hill.", "ked by dr", "backed by drones"),
    ],
)
def test_a_partly_covered_word_is_taken_whole(engine, text, words, covered):
    doc = engine.parse([text])[0]
    start = text.index(words)
    span = expanded_span(doc, start, start + len(words))
    assert span is not None and span.text == covered
    assert expanded_span(doc, len(text) + 3, len(text) + 6) is None  # past the text: none
