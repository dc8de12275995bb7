"""'Government forces' are the home state's: the state of their own sentence's places, else
the article's state; never the foreign army or air force named just before them."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

DAY = dt.date(2017, 2, 10)


def _ids_of(text: str, surface: str) -> list[str]:
    (result,) = process_texts([text], dates=[DAY])
    return [m.actor_id for m in result.mentions if m.text == surface and not m.place_id]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            ("Russian jets pounded opposition lines near Hama before dawn. "
            "Government forces then pushed into the village of Souran."),
            "Government forces",
            "SYR_MIL",
        ),
        (
            ("Turkish soldiers have dug in around Afrin for weeks. Government troops, "
            "for their part, shelled Kafr Nabl on Monday."),
            "Government troops",
            "SYR_MIL",
        ),
        (
            ("Iranian advisers went on training Shiite volunteers in Anbar. Loyalist forces "
            "retook Hit from the jihadists a week later."),
            "Loyalist forces",
            "IRQ_MIL",
        ),
        (
            ("Turkish artillery hit the outskirts of Manbij on Friday, residents said. "
            "Army troops were seen massing east of Aleppo."),
            "Army troops",
            "SYR_MIL",
        ),
    ],
)
def test_government_forces_are_the_state_of_their_places(text, surface, expected):
    assert _ids_of(text, surface) == [expected]


def test_each_sentence_place_decides_in_copy_about_two_wars():
    text = (
        "Government troops shelled the outskirts of Aleppo overnight. In Anbar, Iraqi "
        "officers said, government troops retook Hit from the Islamic State."
    )
    assert _ids_of(text, "Government troops") == ["SYR_MIL"]
    assert _ids_of(text, "government troops") == ["IRQ_MIL"]


def test_with_no_war_place_the_article_state_decides():
    # no theatre state anywhere: the one state the copy is about keeps its own army
    text = (
        "Turkish troops raided a PKK hideout in Hakkari province. Government forces "
        "later sealed off the roads around it."
    )
    assert _ids_of(text, "Government forces") == ["TUR_MIL"]


def test_the_army_with_no_antecedent_is_of_its_sentences_place():
    # the article names Syria more, but "the army" retook an Iraqi town
    text = (
        "Syrian rebels lost ground around Aleppo and Idlib as Syria's war went on. "
        "Further east, the army and tribal fighters took back the town of Hit last week."
    )
    assert _ids_of(text, "the army") == ["IRQ_MIL"]


def test_the_army_still_takes_the_army_named_before_it():
    text = (
        "The Iraqi army massed tanks south of Mosul on Monday. Near Raqqa, Kurdish units "
        "waited. The army then pushed into the first villages."
    )
    assert _ids_of(text, "The army") == ["IRQ_MIL"]
