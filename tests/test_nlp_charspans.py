"""expanded_range finds the tokens spaCy's char_span(..., "expand") finds (nlp/charspans.py)."""

from __future__ import annotations

from frontwatch.nlp.charspans import expanded_range

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
