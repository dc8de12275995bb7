"""A doer the sentence names only by what it is ("warplanes", "gunmen", "troops") says who
acted, not for which side: the article's most named party is no enemy of theirs (in a
report on the Syrian army that party is most often the doers' own side)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 3, 14)


def last_assault(text: str):
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [e for e in events if e.type == "ASSAULT"][-1]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            (
                "The Syrian army said it had pushed into two villages north of Hama. Syrian troops "
                "shelled rebel lines there on Monday, the army said. The Syrian army has sent "
                "reinforcements. Warplanes pounded the town of Kafr Zita on Tuesday."
            ),
            "GEN_UNIDENTIFIED_AIRCRAFT",
        ),
        (
            (
                "Russian jets have flown daily sorties over Idlib, the Russian defence ministry said. "
                "Russia says it strikes only militants. Russian officers also met local elders. "
                "Unidentified jets bombed a bridge in Maarat al-Numan, activists said."
            ),
            "GEN_UNIDENTIFIED_AIRCRAFT",
        ),
        (
            (
                "Iraqi forces have cleared most of the district, Iraqi commanders said. Iraqi troops "
                "moved in on Sunday. The Iraqi government has promised to rebuild it. Gunmen "
                "attacked a checkpoint south of Baquba overnight."
            ),
            "GEN_GUNMEN",
        ),
    ],
)
def test_a_sideless_doer_gets_no_enemy_from_the_article(text, doer):
    act = last_assault(text)
    assert act.source_actor == doer
    assert act.target_actor == ""
