"""Bare aircraft words take the air force named before them (kb/actors/antecedents.py,
generic.yaml GEN_UNIDENTIFIED_AIRCRAFT "arm: [air]", phrases.yaml unattributed_words).

"Russian jets pounded Idlib ... Warplanes also struck Saraqeb": the warplanes are Russia's.
An army named before is no air force, "unidentified" jets stay nobody's, and two air
forces named together leave bare jets open.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text

PUBLISHED = dt.date(2016, 5, 1)


def _mention(actor_kb, actor_nlp, text: str, words: str):
    article = article_from_text(text, published=PUBLISHED)
    found = {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}
    return found[words]


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            (
                "Russian jets pounded opposition positions in Idlib province on Monday. "
                "Warplanes also struck the town of Saraqeb, a monitor said."
            ),
            "Warplanes",
            "RUS_AIRFORCE",
        ),
        (
            (
                "Syrian government aircraft dropped barrel bombs on Douma on Sunday. "
                "Activists said helicopters hit at least ten districts of the town."
            ),
            "helicopters",
            "SYR_AIRFORCE",
        ),
        (
            (
                "U.S.-led coalition jets struck Raqqa on Sunday, while warplanes also bombed "
                "jihadist positions near Mosul, the Pentagon said."
            ),
            "warplanes",
            "US_COALITION",
        ),
        (
            (
                "The Russian air force flew dozens of sorties over Homs overnight. By dawn, "
                "drones were circling the villages north of the city."
            ),
            "drones",
            "RUS_AIRFORCE",
        ),
    ],
)
def test_bare_aircraft_are_the_air_force_named_before(actor_kb, actor_nlp, text, words, actor):
    assert _mention(actor_kb, actor_nlp, text, words).actor_id == actor


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an army is no air force
        (
            (
                "Syrian troops advanced on the outskirts of Palmyra on Friday. "
                "Warplanes struck the ancient town, a monitor said."
            ),
            "Warplanes",
        ),
        # the copy says it does not know whose they are
        (
            (
                "Russian jets pounded Idlib on Monday. On Tuesday unidentified warplanes "
                "hit a market in Maarat al-Numan."
            ),
            "unidentified warplanes",
        ),
        # two air forces named together: either may be meant
        (
            (
                "Russian and Syrian warplanes have bombed eastern Aleppo for a week. "
                "Helicopters dropped barrel bombs on the Sukkari district on Sunday."
            ),
            "Helicopters",
        ),
    ],
)
def test_aircraft_stay_unidentified_without_one_air_force_before(actor_kb, actor_nlp, text, words):
    assert _mention(actor_kb, actor_nlp, text, words).actor_id == "GEN_UNIDENTIFIED_AIRCRAFT"
