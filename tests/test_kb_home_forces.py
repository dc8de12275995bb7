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


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (  # a foreign state's strikes in a land of no war: its own army speaks
            ("Israeli jets bombed targets linked to Hezbollah overnight, Lebanese media said. "
            "The army said its aircraft struck a depot outside Tyre in south Lebanon."),
            "The army",
            "ISR_MIL",
        ),
        (  # strikes across a border into another war's land: still the striker's army
            ("Pakistan said on Friday that its jets had bombed militant camps over the border. "
            "The army said the raids destroyed hideouts in Kunar and Nangarhar."),
            "The army",
            "PAK_MIL",
        ),
        (  # a chase across the border: the home forces named first stay theirs
            ("Iraqi soldiers launched a push against Islamic State holdouts in Anbar on "
            "Tuesday. Government troops drove the fighters back towards Deir ez-Zor, "
            "across the frontier in Syria."),
            "Government troops",
            "IRQ_MIL",
        ),
        (
            ("Nigerian soldiers stormed Boko Haram camps in Borno state on Saturday. "
            "Government forces pursued the insurgents towards Diffa, across the border in Niger."),
            "Government forces",
            "NGA_MIL",
        ),
    ],
)
def test_a_foreign_place_in_the_sentence_does_not_move_the_army(text, surface, expected):
    assert _ids_of(text, surface) == [expected]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey's war against the PKK has spread into the mountains of northern Iraq.", ("TUR", "PKK")),
        ("Iraq's war against the Islamic State has cost thousands of lives.", ("IRQ", "ISIS")),
    ],
)
def test_a_state_owning_its_war_is_still_a_party_to_it(text, pair):
    # "Syria's war" is where a war is fought for deciding whose army "the army" is, no more
    ties = {(r.source_actor, r.target_actor) for r in process_texts([text])[0].relations if r.kind == "fights"}
    assert pair in ties or pair[::-1] in ties
