"""A fact's evidence is its sentence without the whitespace around it (extract/context.py
`evidence_of`): the review key of a fact is built on these bounds, and the blank lines
between sentences fall to one side or the other depending on whether a neighbouring
sentence was parsed (nlp/staged.py). Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

TEXTS = [
    "Officials met in the capital on Monday.\n\n\nRebels shelled the town of Idlib on Tuesday.\n\nThe weather was mild.",
    "The weather was mild.\n\n   Government troops recaptured the village of Kafr Nabl.   \n\nNothing else happened.",
    "  Turkish jets struck PKK positions near Qandil on Sunday.  \n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_evidence_bounds_leave_out_surrounding_whitespace(text: str) -> None:
    result = process_texts([text], dates=[dt.date(2017, 6, 1)])[0]
    facts = [*result.events, *result.relations, *result.control_changes]
    assert facts
    for fact in facts:
        evidence = fact.evidence
        assert text[evidence.start : evidence.end] == evidence.sentence
        assert evidence.sentence == evidence.sentence.strip(), repr(evidence.sentence)


def test_a_neighbours_words_do_not_move_a_facts_bounds() -> None:
    strike = "Rebels shelled the town of Idlib on Tuesday."
    quiet = "Officials met.\n\n\n" + strike
    cue = "Officials met and pledged support.\n\n\n" + strike
    for text in (quiet, cue):
        result = process_texts([text], dates=[dt.date(2017, 6, 1)])[0]
        shelling = [e for e in result.events if e.trigger == "shelled"]
        assert shelling and text[shelling[0].evidence.start :].startswith(strike)
