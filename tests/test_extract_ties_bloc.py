"""A one-sided deed's enemy when the article's other groups are one bloc, and Turkish-backed
rebels as the Syrian National Army (extract/ties.py, kb/actors/data/phrases.yaml).

A deed that names only its doer fights the one armed group the article names that is not
the doer's friend; a group and its umbrella ("the Manbij Military Council, which belongs
to the SDF") are one such enemy, and the umbrella stands for them. Two groups that are
not friends leave the enemy open. From Operation Euphrates Shield (24 August 2016) on,
"Turkish-backed rebels / militias / fighters" in Syria are the force later named the
Syrian National Army. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 10, 20)


def _fights(
    relations_found: Any, text: str, published: dt.date = PUBLISHED
) -> set[tuple[str, str]]:
    return {(a, b) for kind, a, b, _c in relations_found(text, published) if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "Turkish-backed militias shelled villages west of Manbij on Monday. The Manbij "
                "Military Council, which belongs to the Syrian Democratic Forces, said two of its "
                "fighters were wounded."
            ),
            ("SNA", "SDF"),
        ),
        (
            (
                "Turkish troops pounded several villages near Ain Issa overnight, residents said. "
                "The Syrian Democratic Forces and the Manbij Military Council, one of its member "
                "groups, said they would defend the area."
            ),
            ("TUR_MIL", "SDF"),
        ),
    ],
)
def test_a_group_and_its_umbrella_are_one_enemy(
    relations_found: Any, text: str, tie: tuple[str, str]
) -> None:
    assert tie in _fights(relations_found, text)


def test_two_groups_of_different_blocs_leave_the_enemy_open(relations_found: Any) -> None:
    text = (
        "Turkish troops pounded several villages near Ain Issa overnight, residents said. "
        "Islamic State cells and the Syrian Democratic Forces both operate in the area."
    )
    assert not any(a == "TUR_MIL" for a, _b in _fights(relations_found, text))


@pytest.mark.parametrize(
    ("name", "published", "actor"),
    [
        ("Turkish-backed militias", dt.date(2019, 10, 20), "SNA"),
        ("Turkish-backed rebels", dt.date(2016, 9, 10), "SNA"),
        ("Turkish-backed fighters", dt.date(2018, 1, 25), "SNA"),
        ("Turkish-backed rebels", dt.date(2013, 5, 1), "GEN_REBELS"),  # before Euphrates Shield
        ("Iranian-backed militias", dt.date(2019, 10, 20), "GEN_PRO_GOV_MILITIAS"),
    ],
)
def test_turkish_backed_rebels_are_the_sna_from_euphrates_shield(
    name: str, published: dt.date, actor: str
) -> None:
    from frontwatch.eval.predict import actor_kb

    match = actor_kb(None).resolve(name, date=published)
    assert match is not None and match.actor_id == actor


def test_the_turkish_backed_fsa_is_named_whole(relations_found: Any) -> None:
    text = (
        "The Turkey-backed Free Syrian Army brigades are now fighting the Kurdish "
        "People's Protection Units north of Manbij."
    )
    assert ("SNA", "YPG") in _fights(relations_found, text, dt.date(2017, 2, 1))


def test_the_bloc_member_named_most_stands_for_it(relations_found: Any) -> None:
    text = (
        "Government forces recaptured three villages south of Aleppo on Friday. The Nusra "
        "Front, al-Qaeda's Syrian affiliate, said the fighting went on. Nusra Front fighters "
        "shelled the road, and the Nusra Front vowed to hold the hills."
    )
    fights = _fights(relations_found, text, dt.date(2015, 6, 1))
    assert ("SYR_MIL", "JABHAT_AL_NUSRA") in fights
    assert not any("AL_QAEDA" in pair for pair in fights)
