"""A backing participle the parser hung on a stretch of time (extract/backedsides.py).

"X fought Y for months, backed by Z": the participle backs the doer of the deed that lasted,
not the months; the tie is as certain as that deed ("X may fight Y for months, backed by
Z" is no fact). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 6, 12)


def _all(relations_found: Any, text: str) -> set[tuple[str, str, str, str]]:
    return set(relations_found(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Yemeni government troops have battled the Houthis for weeks backed by Saudi warplanes.", "SAU_AIRFORCE", "YEM_MIL"),
        ("The Syrian army has besieged the rebels for years backed by Russian jets.", "RUS_AIRFORCE", "SYR_MIL"),
        ("The SDF fought Islamic State fighters in Raqqa for four months backed by coalition jets.", "US_COALITION", "SDF"),
        (
            "After battling the Islamic State for weeks backed by American airstrikes, Kurdish fighters entered the town.",
            "USA_AIRFORCE", "GEN_KURDISH_FORCES",
        ),
    ],
)  # fmt: skip
def test_backing_hung_on_a_stretch_of_time_backs_the_doer(
    relations_found: Any, text: str, backer: str, backed: str
) -> None:
    assert ("backs", backer, backed, "asserted") in _all(relations_found, text)


def test_backing_over_time_keeps_the_deed_certainty(relations_found: Any) -> None:
    ties = _all(
        relations_found, "The SDF may fight the Islamic State for months backed by coalition jets."
    )
    assert ("backs", "US_COALITION", "SDF", "asserted") not in ties
    assert ("backs", "US_COALITION", "SDF", "hedged") in ties
