"""Armed groups of the 2012-2017 Syrian and Iraqi wars the knowledge base names (the
Northern Storm Brigade of Azaz, the Farouq Brigades of Homs, the Nineveh Guard trained by
Turkey), and the Revolutionary Guards, a force beside Iran's army that a bare "the army"
never stands for. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

AUTUMN_2013 = dt.date(2013, 10, 2)
WINTER_2016 = dt.date(2016, 12, 1)


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("the Northern Storm brigade", "NORTHERN_STORM", AUTUMN_2013),
        ("Liwa Asifat al-Shamal", "NORTHERN_STORM", AUTUMN_2013),
        ("the Farouq Brigades", "FAROUQ_BRIGADES", AUTUMN_2013),
        ("the Hashd al-Watani", "NINEVEH_GUARD", WINTER_2016),
        ("the Nineveh Guard", "NINEVEH_GUARD", WINTER_2016),
    ],
)
def test_groups_of_the_war_resolve(actor_kb, text, actor, date):
    found = actor_kb.resolve(text, date=date)
    assert found is not None and found.actor_id == actor


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters expelled the Northern Storm Brigade from Azaz on Wednesday.",
        "Jihadists of the Islamic State seized Azaz from the Northern Storm brigade after two days of fighting.",
    ],
)
def test_a_group_driven_out_of_a_town_is_fought_by_the_taker(relations_found, text):
    ties = {(k, frozenset((a, b))) for k, a, b, _c in relations_found(text, AUTUMN_2013)}
    assert ("fights", frozenset(("ISIS", "NORTHERN_STORM"))) in ties


def test_turkey_training_the_nineveh_guard_backs_it(relations_found):
    text = "Turkish officers have trained the Hashd al-Watani at a camp north of Mosul since 2015."
    ties = {(k, a, b) for k, a, b, _c in relations_found(text, WINTER_2016)}
    assert any(k == "backs" and b == "NINEVEH_GUARD" and a.startswith("TUR") for k, a, b in ties)


def test_the_army_after_the_revolutionary_guards_is_not_the_guards(relations_found):
    text = (
        "Iran's Revolutionary Guards have trained militias around Aleppo. "
        "Russia, for its part, keeps sending artillery to the army."
    )
    ties = relations_found(text, AUTUMN_2013)
    assert not any(k == "backs" and b == "IRGC" for k, _a, b, _c in ties)
