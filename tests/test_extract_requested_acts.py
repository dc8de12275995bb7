"""A deed of war done at a side's request backs that side (extract/requestedacts.py); the
units an attack hits are their army's ("Turkish patrols", kb phrases.yaml heads); a gerund
hung on time spent is the spender's deed (extract/verbsubjects.py). Sentences written for
these tests, with near misses where no tie may be drawn."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import tied

_DAY = dt.date(2016, 10, 4)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


def _tops(ties: set[tuple[str, str, str]], kb: Any) -> set[tuple[str, str, str]]:
    return {(k, kb.top_of(s), kb.top_of(t)) for k, s, t in ties}


@pytest.mark.parametrize(
    ("text", "doer", "asker"),
    [
        ("Moscow intervened in the war at the request of the Syrian government.", "RUS", "SYR"),
        ("At Baghdad's request, American jets struck Islamic State positions near Mosul.", "USA", "IRQ"),
        ("Hezbollah fighters deployed to Qusayr on the request of the Syrian army.", "HEZBOLLAH", "SYR"),
        ("Turkey sent troops to Bashiqa at the invitation of the Kurdistan Regional Government.", "TUR", "KRG"),
        ("The US-led coalition conducted a dozen strikes near Raqqa at the request of the SDF.", "US_COALITION", "SDF"),
    ],
)  # fmt: skip
def test_a_deed_of_war_at_a_sides_request_backs_it(
    relations_found: Any, actor_kb: Any, text: str, doer: str, asker: str
) -> None:
    assert ("backs", doer, asker) in _tops(_ties(relations_found, text), actor_kb)


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not intervene at the request of the Syrian government.",
        "Russian and Syrian officials met in Geneva at the request of the United Nations.",
        "Iranian advisers arrived in Baghdad at the invitation of the Iraqi government.",
        "Prime Minister Haider al-Abadi kept the militias out of Anbar at Washington's urging.",
    ],
)
def test_no_backing_from_talks_a_denied_deed_or_urging(relations_found: Any, text: str) -> None:
    assert not {t for t in _ties(relations_found, text) if t[0] == "backs"}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The PKK ambushed Turkish patrols near the border.", "PKK", "TUR"),
        ("The Houthis have spent months ambushing Saudi patrols along the border.", "HOUTHIS", "SAU"),
        ("Al-Shabaab fighters overran a Kenyan garrison at dawn.", "AL_SHABAAB", "KEN"),
        ("A roadside bomb struck an army patrol outside Baidoa, and Al-Shabaab said it planted it.", "AL_SHABAAB", "SOM"),
    ],
)  # fmt: skip
def test_attacks_told_through_the_units_hit_tie_the_sides(
    relations_found: Any, actor_kb: Any, text: str, a: str, b: str
) -> None:
    assert tied(_tops(_ties(relations_found, text), actor_kb), "fights", a, b)
