"""An encyclopaedia's reference marks glued to a word ("in Azaz.[1]", "Command[22] led by",
"[13][14]") are furniture: blanked out, with no full stop put in their place, so the word
before them, its full stop and the sentence it closes read as without them. Brackets
around words, and a number in brackets set off by a space, are the text's own."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.ingest.furniture import blank_out, find_furniture
from frontwatch.pipeline import process_texts


def blanked(text: str) -> str:
    return blank_out(text, find_furniture(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group was founded in Manbij.[4] It grew fast.",
         "The group was founded in Manbij.    It grew fast."),
        ("fighters of the Northern Front[12] moved on the town",
         "fighters of the Northern Front     moved on the town"),
        ("the town of Jarablus.[7][8] Later that week",
         "the town of Jarablus.       Later that week"),
        ("Azaz[3], a border town, was shelled.", "Azaz   , a border town, was shelled."),
        ("The claim[citation needed] was repeated.", "The claim                  was repeated."),
    ],
)
def test_a_citation_mark_is_blanked_without_a_stop(text: str, expected: str) -> None:
    assert blanked(text) == expected
    assert [p.kind for p in find_furniture(text)] == ["citation"]


@pytest.mark.parametrize(
    "text",
    [
        "the rebels [who had fled] came back",
        "see table [2] for the figures",
        "[1] A numbered note at a line's start",
    ],
)
def test_brackets_that_are_the_texts_own_are_kept(text: str) -> None:
    assert blanked(text) == text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The formation of the council was announced in Azaz.[1]", "Azaz"),
        ("Its fighters later entered Jarablus.[7][8] Turkish tanks followed.", "Jarablus"),
        ("Rebels held a meeting in Manbij[2] on Friday.", "Manbij"),
    ],
)
def test_a_place_before_a_citation_mark_is_found(text: str, place: str) -> None:
    result = process_texts([text], dates=[dt.date(2019, 3, 1)])[0]
    assert place in {m.text for m in result.mentions if m.place_id}, result.mentions
