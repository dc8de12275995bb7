"""A class whose own phrase names a country ("Syrian Kurdish fighters", "Iraqi Kurdish
forces") takes that country's by_state line before the article's state or another
country's group named before it decides (kb/actors/antecedents.py ``_said_country``,
articlestate.py ``fall_back_to_said_country``); a line naming another country's force there
(an occupier's army) is no group of the country said. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2016, 10, 10)


def _resolved(actor_kb: Any, actor_nlp: Any, text: str, phrase: str) -> str:
    article = article_from_text(text, published=PUBLISHED)
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    return next(m.actor_id for m in mentions if m.text == phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        (
            ("Peshmerga commanders met in Erbil on Monday to plan the push on Mosul. Turkish"
            " artillery shelled Syrian Kurdish fighters near Kobani the same day."),
            "Syrian Kurdish fighters",
            "YPG",
        ),
        (
            ("The Kurdistan Regional Government turned down the proposal. Meanwhile Turkish"
            " jets struck Syrian Kurdish militias east of the Euphrates."),
            "Syrian Kurdish militias",
            "YPG",
        ),
        (
            ("The Iraqi army and Peshmerga units closed in on Mosul from the east, where"
            " Syrian Kurdish fighters had crossed the border to help."),
            "Syrian Kurdish fighters",
            "YPG",
        ),
    ],
)
def test_a_class_of_a_named_country_is_that_countrys_group(
    actor_kb: Any, actor_nlp: Any, text: str, phrase: str, actor: str
) -> None:
    assert _resolved(actor_kb, actor_nlp, text, phrase) == actor


def test_a_line_naming_an_occupier_is_no_group_of_the_country_said(
    actor_kb: Any, actor_nlp: Any
) -> None:
    """ "troops" in Palestinian places are Israel's (the PSE line), but "Palestinian troops"
    are never Israel's army."""
    text = "Israeli soldiers raided Jenin overnight. Palestinian troops stayed in their barracks."
    article = article_from_text(text, published=PUBLISHED)
    mentions = actor_kb.resolve_doc(actor_nlp(text), article=article)
    assert all(
        m.actor_id != "ISR_MIL" for m in mentions if m.text.startswith("Palestinian")
    ), [(m.text, m.actor_id) for m in mentions]
