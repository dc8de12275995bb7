"""A class may stand for a named party of its own sector: state media call the Nusra Front
"terrorists" in one sentence and name it in the next. That party is then not taken for the
class's enemy when an act's other side is filled from the article; a class of another
sector still faces the party the article is about."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 8, 10)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return [e for e in process_texts([text], dates=[PUBLISHED])[0].events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer", "named_group"),
    [
        (
            (
                "Terrorists fired rocket shells at homes in Aleppo city, killing "
                "three residents. The Nusra Front controls the eastern districts. Nusra Front militants "
                "have held the area for weeks."
            ),
            "GEN_TERRORISTS",
            "JABHAT_AL_NUSRA",
        ),
        (
            (
                "Terrorists fired mortar shells at the Midan neighborhood of Damascus, wounding five "
                "people, the state news agency reported. Fighters of the Nusra Front hold the nearby "
                "farms. The Nusra Front has refused every truce."
            ),
            "GEN_TERRORISTS",
            "JABHAT_AL_NUSRA",
        ),
    ],
)
def test_a_class_is_not_the_enemy_of_the_group_it_may_stand_for(text, doer, named_group):
    act = next(e for e in assaults(text) if e.source_actor == doer)
    assert act.target_actor != named_group


def test_a_class_of_another_sector_still_faces_the_article_s_party():
    text = (
        "Rebels attacked checkpoints on the edge of Hama on Monday. The Syrian army said it "
        "repelled the assault. The Syrian army has held the city since 2012."
    )
    act = next(e for e in assaults(text) if e.source_actor == "GEN_REBELS")
    assert act.target_actor.startswith("SYR")
