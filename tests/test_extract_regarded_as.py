"""What a side is regarded as (sentences written for these tests): the one seen "as" a
role holds it ("Moscow sees the rebels as proxies of Washington": the rebels are the
proxies, extract/enmity.py), and a side named only inside that role is not whom "their"
stands for afterwards ("regards the YPG as a branch of the PKK and has shelled their
positions": the YPG's, extract/possessors.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "attacker", "owner"),
    [
        ("Ankara regards the YPG as a branch of the PKK and has shelled their positions near Azaz.", "TUR_MIL", "YPG"),
        ("Moscow sees the rebels as proxies of Washington and bombs their bases near Idlib.", "RUS_AIRFORCE", "GEN_REBELS"),
        ("Riyadh views the Houthis as an arm of Iran and strikes their positions near Saada.", "SAU_MIL", "HOUTHIS"),
        ("Ankara calls the YPG, the core of the SDF, a PKK affiliate and has shelled their posts near Afrin.", "TUR_MIL", "YPG"),
    ],
)
def test_their_positions_are_the_regarded_sides_not_the_role_s(
    text: str, attacker: str, owner: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("fights", attacker, owner) in found, found
    assert not {t for t in found if t[0] == "fights" and t[2] in ("PKK", "USA", "IRN", "SDF")}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Moscow sees the rebels as proxies of Washington.", ("backs", "USA", "GEN_REBELS")),
        ("Israel regards Hezbollah as the proxy of Iran.", ("backs", "IRN", "HEZBOLLAH")),
        ("Riyadh considers the Houthis as surrogates of Tehran.", ("backs", "IRN", "HOUTHIS")),
    ],
)
def test_the_side_regarded_as_a_role_holds_it(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert tie in found, found
    assert not {t for t in found if {"ISR", "RUS", "SAU"} & set(t[1:])}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow regards Hezbollah as an ally in Syria.", {"RUS", "HEZBOLLAH"}),
        ("Ankara treats the Syrian National Army as an ally.", {"TUR", "SNA"}),
        ("Tehran regards the Houthis as allies against Riyadh.", {"IRN", "HOUTHIS"}),
    ],
)
def test_a_role_with_no_other_side_is_held_toward_the_one_who_regards(
    text: str, pair: set[str], relations_found: Any
) -> None:
    assert pair in [{s, t} for k, s, t in _ties(text, relations_found) if k == "allied"]
