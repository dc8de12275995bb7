"""A loss with no taker is not a change of hands: "X lost control of T", "Y were driven out
of T", "X withdrew from T" take their taker from the side the same or the previous sentence
names fighting the loser; where none is named, they are ``lost`` observations (the loser no
longer holds T), which the control timeline follows but never counts as a change. Villages
the gazetteer places at their province ("nearby") are taken under their own name."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_control_coming_under import changes

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.control import build_timeline, transitions
from frontwatch.records import ControlClaim, PlaceInfo


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        ("Iraqi troops lost control of Baiji on Thursday, a police officer said.", "Baiji", "IRQ_MIL"),
        ("Mali's army units pulled out of Kidal late on Sunday, officials said.", "Kidal", "MLI_MIL"),
        ("Al-Shabaab militants were pushed out of Marka on Saturday, residents said.", "Marka", "AL_SHABAAB"),
    ],
)
def test_a_loss_naming_no_taker_is_no_change_of_hands(text: str, place: str, loser: str) -> None:
    found = [c for c in changes(text) if c[1] == place]
    assert found and all(c[0] == "lost" and c[2] == "" and c[3] == loser for c in found), found


@pytest.mark.parametrize(
    ("text", "place", "taker", "loser"),
    [
        # the taker fights the loser in the same sentence
        ("Rebels were driven out of Sheikh Maqsoud after heavy clashes with Kurdish fighters.",
         "Sheikh Maqsoud", "YPG", "GEN_REBELS"),
        # ... or in the sentence before
        (("Houthi fighters attacked government positions around Marib on Monday. "
         "Government troops lost control of the town of Sirwah by evening."), "Sirwah", "HOUTHIS", "YEM_MIL"),
        (("Kurdish fighters clashed with rebels in Sheikh Maqsoud on Saturday. "
         "The rebels were driven out of the district."), "Sheikh Maqsoud", "YPG", "GEN_REBELS"),
    ],
)
def test_a_loss_takes_its_taker_from_the_fight_the_text_tells(
    text: str, place: str, taker: str, loser: str
) -> None:
    assert ("capture", place, taker, loser) in changes(text)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Government forces won back the village of Tell Aswad in the southern countryside of Idlib.",
         "Tell Aswad"),
        ("Syrian troops regained the village of Khirbet Jaber in the northern countryside of Hama on Monday.",
         "Khirbet Jaber"),
        ("Rebels seized the village of Umm Sharshouh in the western countryside of Homs, activists said.",
         "Umm Sharshouh"),
    ],
)
def test_a_village_placed_at_its_province_is_taken_by_name(text: str, village: str) -> None:
    assert any(c[0] == "capture" and c[1] == village for c in changes(text)), changes(text)


def _claim(change_id: str, kind: str, controller: str, previous: str, day: int) -> ControlClaim:
    place = PlaceInfo(id="gn:1", name="Sirwah", kind="town")
    return ControlClaim(change_id, "a" + change_id, place, controller, previous, kind, dt.date(2016, 5, day))


def test_the_timeline_follows_a_loss_but_counts_no_change() -> None:
    claims = [_claim("1", "held", "YEM_MIL", "", 1), _claim("2", "lost", "", "YEM_MIL", 10)]
    timeline = build_timeline("gn:1", claims, ActorBook())
    assert [(p.controller, p.start) for p in timeline.periods] == [
        ("YEM_MIL", dt.date(2016, 5, 1)), ("", dt.date(2016, 5, 10))
    ]
    assert transitions([timeline], None, None) == []
