"""A "we" in a spokesman's quote is the side the article says he speaks for, and a doer
named only as such a person acts for that side (extract/quotedwe.py)."""

from __future__ import annotations

import pytest

from tests.extracted import of_type

_HOLLIS = "Army Col. Mark Hollis, a spokesman for the U.S.-led coalition, briefed reporters on Tuesday. "


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (_HOLLIS + '"We conducted eight strikes near Mosul overnight," Hollis said.', "ASSAULT", "US_COALITION"),
        ('"We struck a weapons depot near Hajin on Thursday," said Major Anna Reyes, a spokeswoman for the coalition.',
         "ASSAULT", "US_COALITION"),
        (('Pentagon spokesman Col. Mark Hollis spoke to reporters in Washington. "We trained four Iraqi brigades '
         'before the battle," Hollis said.'), "AID", "USA_DOD"),
        (('Abu Khaled, who leads the Free Syrian Army in the north, spoke by telephone. "We shelled army positions '
         'near Hama overnight," Abu Khaled said.'), "ASSAULT", "FSA"),
    ],
)
def test_quoted_we_is_the_speakers_side(text: str, kind: str, doer: str) -> None:
    found = of_type(text, kind)
    assert [e.source_actor for e in found] == [doer], [(e.source_actor, e.source_text) for e in found]


def test_another_subject_in_the_quote_is_not_the_speakers_side() -> None:
    text = _HOLLIS + '"They shelled the Iraqi positions near Mosul overnight," Hollis said.'
    found = of_type(text, "ASSAULT")
    assert found and all(e.source_actor != "US_COALITION" for e in found)


def test_a_speaker_tied_to_no_side_leaves_the_we_open() -> None:
    text = 'Ahmed Karim, a resident of Aleppo, spoke by telephone. "We attacked the checkpoint with stones," Karim said.'
    assert all(not e.source_actor for e in of_type(text, "ASSAULT"))


def test_an_act_the_quote_only_mentions_is_not_ours() -> None:
    # near miss: "we" retreated; the shelling that made "us" retreat is someone else's
    text = (_HOLLIS + '"We pulled our advisers out of the base near Mosul because of the heavy '
            'shelling," Hollis said.')
    assert all(e.source_actor != "US_COALITION" for e in of_type(text, "ASSAULT"))
