"""Being backed or supported by a state is a standing tie, not an act of support: a passive
("are supported by Moscow") or a participle hung on a noun ("an alliance commanded by X and
supported by Turkey") stores no SUPPORT; supporting as a deed ("backed the resolution",
"and supports their efforts") still does. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracted import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Most of the brigades are supported by Moscow.",
        "Several of the militias are supported by Tehran.",
        (
            "On Friday an alliance of factions commanded by Jaysh al-Islam and supported by "
            "Turkey stormed two villages."
        ),
        (
            "A rebel alliance led by the Islamist faction and supported by Ankara launched an "
            "assault on the city."
        ),
    ],
)
def test_being_supported_is_no_act_of_support(text: str) -> None:
    assert of_type(text, "SUPPORT") == []


def test_the_act_told_beside_the_participle_stays() -> None:
    text = (
        "On Friday an alliance of factions commanded by Jaysh al-Islam and supported by "
        "Turkey stormed two villages."
    )
    assert [e.source_actor for e in of_type(text, "ASSAULT")] == ["JAYSH_AL_ISLAM"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("France backed the resolution on Monday.", "FRA"),
        ("Qatar drafted and backed the resolution on Monday.", "QAT"),
        (
            (
                "The United States stands by its partners and supports their efforts to defeat "
                "the militants."
            ),
            "USA",
        ),
    ],
)
def test_support_given_as_a_deed_stays(text: str, doer: str) -> None:
    assert [e.source_actor for e in of_type(text, "SUPPORT")] == [doer]


def test_a_pledge_to_support_still_ties_the_sides() -> None:
    text = "Russia says it will fight the jihadists and support the government in Damascus."
    ties = {(r.kind, r.source_actor, r.target_actor) for r in extract(text).relations}
    assert ("backs", "RUS", "SYR_GOV") in ties


def test_allied_read_as_an_adjective_is_still_no_act() -> None:
    assert of_type("The town was shelled by the army and allied Syrian militias.", "COOPERATE") == []
