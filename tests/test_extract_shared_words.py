"""Word lists written once in extract/data/shared.yaml and named by "$name" in the other
lexicon files (extract/lexicon.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.lexicon import _with_shared, get_lexicon, parse_table


def test_a_shared_list_takes_the_place_of_its_name() -> None:
    shared = {"operation_nouns": ["offensive", "raid"]}
    table = {"section": {"words": ["$operation_nouns", "war"], "n": 2}}
    assert _with_shared(table, shared, "x.yaml") == {
        "section": {"words": ["offensive", "raid", "war"], "n": 2}
    }
    with pytest.raises(ValueError, match="unknown shared list '\\$nouns'"):
        _with_shared({"words": ["$nouns"]}, shared, "x.yaml")


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "true"])
def test_a_word_yaml_reads_as_a_boolean_is_refused_with_its_file_and_key(word: str) -> None:
    text = f"control:\n  flag_preps: [over, {word}, at]\n"
    with pytest.raises(
        ValueError, match=r"x\.yaml: control: flag_preps: (True|False) in a word list"
    ):
        parse_table(text, "x.yaml")
    quoted = parse_table(f'control:\n  flag_preps: [over, "{word}", at]\n', "x.yaml")
    assert quoted["control"]["flag_preps"] == ["over", word, "at"]


def test_the_packaged_word_lists_keep_on_off_and_no_as_words() -> None:
    lexicon = get_lexicon()
    assert "on" in lexicon.control_words("flag_preps")
    assert "off" in lexicon.control_words("non_capture_particles")
    assert "no" in lexicon.certainty("negation_words")
    assert "on" in lexicon.certainty("content_preps")


def test_the_operation_nouns_serve_every_list_that_names_them() -> None:
    lexicon = get_lexicon()
    for words in (
        lexicon.relation_words("co_agent_nouns"),
        lexicon.relation_words("against_nouns"),
        lexicon.control_words("deed_subjects"),
        lexicon.certainty("effort_words"),
    ):
        assert {"offensive", "onslaught", "raid", "counteroffensive"} <= words
        assert not any(w.startswith("$") for w in words)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Syrian troops kept up their onslaught against the Islamic State in Deir ez-Zor.",
            "SYR_MIL ISIS",
        ),
        ("The SDF pressed its drive against the Islamic State north of Raqqa.", "SDF ISIS"),
    ],
)
def test_any_operation_noun_against_a_side_is_a_fight(text: str, tie: str, relations_found) -> None:
    source, target = tie.split()
    found = {(k, a, b) for k, a, b, _c in relations_found(text, dt.date(2017, 6, 1))}
    assert ("fights", source, target) in found


def test_a_raid_as_subject_is_a_deed_not_the_taker() -> None:
    from frontwatch.pipeline import process_texts

    text = (
        "Kurdish fighters attacked Islamic State positions near Tal Abyad on Monday. "
        "A raid later captured the town of Suluk."
    )
    result = process_texts([text], dates=[dt.date(2015, 6, 16)])[0]
    takers: dict[str, Any] = {c.place_text: c.new_controller for c in result.control_changes}
    assert takers.get("Suluk") == "YPG", result.control_changes
