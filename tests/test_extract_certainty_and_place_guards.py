"""Guards on this session's certainty and place rules (sentences written for these tests):
a bare verb heard is perceived, not hearsay; an occasion weighed needs a count ("the first
time"); reports said not to be false, or false in a detail, are no denial; the act's own
place called "nearby" is no speaker's town; a speaker or a kicker before a colon is no
dateline.
"""

from __future__ import annotations

import pytest
from extracted import extract


def _assault_certainties(text: str) -> list[str]:
    return [e.claim.certainty for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents heard the jets pound Aleppo all night.",
        "We heard the warplanes bomb Saraqeb before dawn.",
        "Villagers heard the militia shell Binnish for hours.",
    ],
)
def test_a_bare_verb_heard_is_perceived_not_hearsay(text: str) -> None:
    assert _assault_certainties(text) == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they would investigate the time jets bombed the market in Aleppo.",
        "The inquiry would examine the day rebels shelled Azaz.",
        "Monitors could not recall the occasion warplanes struck Binnish.",
    ],
)
def test_an_occasion_with_no_count_is_no_supposition(text: str) -> None:
    assert "hypothetical" not in _assault_certainties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reports that jets bombed Aleppo are not false, the monitor said.",
        "The report that jets bombed Aleppo was false in its death toll.",
        "Claims that rebels shelled Azaz were wrong about the date, the army said.",
    ],
)
def test_reports_not_false_or_false_in_a_detail_are_no_denial(text: str) -> None:
    assert "negated" not in _assault_certainties(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jets bombed nearby Saraqeb, a doctor in Idlib said.", "Saraqeb"),
        ("Shells hit neighbouring Binnish, a medic in Idlib said.", "Binnish"),
        ("Rockets hit nearby Jisr al-Shughur, a medic in Idlib said.", "Jisr al-Shughur"),
    ],
)
def test_the_act_s_own_place_called_nearby_stays_its_place(text: str, place: str) -> None:
    assert [e.place_text for e in extract(text).events if e.type == "ASSAULT"] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HEZBOLLAH: Israeli jets struck Nabatieh overnight.", "Nabatieh"),
        ("ISIS MILITANTS SEIZED MOSUL: Iraqi troops fled the city.", "MOSUL"),
        ("UPDATE: Russian jets bombed Saraqeb again on Monday.", "Saraqeb"),
    ],
)
def test_a_kicker_before_a_colon_keeps_its_names(text: str, place: str) -> None:
    assert place in [e.place_text for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        ("The rebels demanded the release of civilians from two Shiite villages under siege "
         "by the rebels."),
        "Families fled from Shiite villages under siege by the rebels.",
        "Residents were evacuated from two Shiite villages under siege by the rebels.",
    ],
)
def test_under_siege_by_x_is_x_s_siege_not_the_villages(text: str) -> None:
    sieges = [e for e in extract(text).events if e.trigger == "siege"]
    assert [e.source_actor for e in sieges] == ["GEN_REBELS"], sieges
