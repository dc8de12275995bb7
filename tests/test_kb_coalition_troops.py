"""Troops of a named coalition are that coalition's ("troops of the Saudi-led coalition")."""

from __future__ import annotations

import datetime as dt

from frontwatch.kb.actors import check_packs
from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published):
    article = article_from_text(text, published=published)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


YEMEN_2018, SYRIA_2017, IRAQ_2016 = dt.date(2018, 6, 14), dt.date(2017, 3, 24), dt.date(2016, 10, 2)
COALITION_TROOPS = [
    ("Troops of the Saudi-led coalition shelled the port of Hodeidah.", "Troops", YEMEN_2018),
    (
        "Soldiers of the US-led coalition were seen near the dam, residents said.",
        "Soldiers",
        SYRIA_2017,
    ),
    ("The mayor said troops from the U.S.-led coalition had arrived.", "troops", IRAQ_2016),
]
COALITIONS = ["SAUDI_COALITION", "US_COALITION", "US_COALITION"]


def test_troops_of_a_named_coalition_are_the_coalition(actor_kb, actor_nlp):
    found = [_found(actor_kb, actor_nlp, text, day)[head] for text, head, day in COALITION_TROOPS]
    assert [m.actor_id for m in found] == COALITIONS


def test_troops_of_an_armed_group_stay_troops_of_a_state(actor_kb, actor_nlp):
    # the class names state and coalition soldiers: a group's own "troops" are not taken
    text = "Iraqi officials said troops of the Islamic State had left the village."
    found = _found(actor_kb, actor_nlp, text, dt.date(2016, 10, 2))
    assert found["troops"].actor_id != "ISIS"


def test_named_types_are_checked(tmp_path):
    path = tmp_path / "named.yaml"
    path.write_text(
        "# Source: test. Licence: MIT. Known gaps: all.\n"
        "pack: test\n"
        "actors:\n"
        "- {id: GEN_GUARDS, name: guards, type: generic,\n"
        "   antecedent: {types: [state_forces], named_types: [coalition]}}\n",
        encoding="utf-8",
    )
    assert check_packs([path]) == [f"{path}:5: antecedent: named_types: unknown type 'coalition'"]
