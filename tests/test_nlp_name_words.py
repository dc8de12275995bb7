""""IS" for the Islamic State is read as a name, not as the verb "is" (nlp/namewords.py,
``names_read_as_words`` in kb/actors/data/phrases.yaml): the clause around it keeps its
subject and object, so the act keeps the group as a side. A heading in capitals keeps
the verb. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import control_changes, extract

PUBLISHED = dt.date(2016, 5, 3)


def _sides(text: str, kind: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in extract(text, PUBLISHED).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "end"),
    [
        ("Kurdish gunners shelled IS positions outside the village overnight.", "ASSAULT", 1),
        ("Coalition aircraft struck IS fighters massing near the dam on Friday.", "ASSAULT", 1),
        ("Iraqi artillery pounded IS hideouts in the desert west of the city.", "ASSAULT", 1),
        ("IS pulled out of the border town after days of heavy clashes.", "RETREAT", 0),
        ("Government troops pushed north, with IS retreating toward the river.", "RETREAT", 0),
        ("IS withdrew its last fighters from the oil field on Tuesday.", "RETREAT", 0),
    ],
)
def test_is_named_as_object_or_subject_is_a_side(text: str, kind: str, end: int) -> None:
    """``end`` 1: the target ("shelled IS positions"); 0: the doer ("IS withdrew")."""
    found = _sides(text, kind)
    assert any(sides[end] == "ISIS" for sides in found), found


def test_a_heading_in_capitals_keeps_the_verb(engine) -> None:
    heading = engine.nlp("WHAT IS LEFT OF THE FRONT")
    prose = engine.nlp("The army said IS fighters left the front.")
    assert [t.norm_ for t in heading if t.text == "IS"] == ["is"]
    assert [t.norm_ for t in prose if t.text == "IS"] == ["daesh"]


def test_a_name_read_as_a_word_must_be_written_in_capitals() -> None:
    from frontwatch.kb.actors.phrases import _names_read_as_words

    assert _names_read_as_words({"names_read_as_words": {"IS": "Daesh"}}) == {"IS": "Daesh"}
    with pytest.raises(ValueError, match="capitals"):
        _names_read_as_words({"names_read_as_words": {"is": "ISIS"}})
    with pytest.raises(ValueError, match="one word"):
        _names_read_as_words({"names_read_as_words": {"IS": "Islamic State"}})


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        (
            "IS fighters blew up the bridge at Raqqa to keep Kurdish forces from seizing it intact.",
            "YPG",
        ),
        (
            "Islamic State fighters blew up the dam at Raqqa to keep Kurdish forces from seizing it.",
            "YPG",
        ),
        (
            "The jihadists mined the roads around Palmyra to stop Syrian troops from taking it back.",
            "SYR_MIL",
        ),
    ],
)
def test_who_is_kept_from_taking_a_place_is_no_subject_above(text: str, taker: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert found and all(new == taker for _, _, new, _ in found), found
