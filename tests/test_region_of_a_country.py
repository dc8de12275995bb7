"""A country named as a part of it ("northern Syria", "western Iraq") is the ground an act
hit, not the state as its target: "Russian jets bombed northern Syria" did not attack
Damascus's state, whose war Russia fights on (extract/placetargets.py)."""

from __future__ import annotations

import pytest

from tests.extracted import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes kept bombing northern Syria on Thursday, activists said.",
        "Russian jets have pounded north-western Syria for a week.",
        "For a third night, Russian bombers hit eastern Syria.",
    ],
)
def test_a_region_of_the_allys_country_is_no_target(text: str) -> None:
    found = of_type(text, "ASSAULT")
    assert found and all(e.target_actor != "SYR" for e in found), [(e.trigger, e.target_actor) for e in found]


def test_the_country_itself_may_still_be_the_target() -> None:
    # near miss: no direction word, the state is named as what was struck
    found = of_type("Israel struck Syria on Tuesday, Syrian state media said.", "ASSAULT")
    assert [e.target_actor for e in found] == ["SYR"]
