"""The escort's work ahead of a doer ("with Russian jets clearing the way", "paving the way",
"softening up the defences") ties the escort to the doer as its partner (extract/codoers.py;
``accompanying_deed_verbs``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 3, 1)
_PARTNER_KINDS = frozenset({"backs", "allied"})


@pytest.mark.parametrize(
    ("text", "escort", "doer"),
    [
        ("Iraqi troops pushed into the western districts of Mosul, with American helicopters clearing the way.", "USA_AIRFORCE", "IRQ_MIL"),
        ("The Syrian army advanced on Palmyra with Russian jets paving the way.", "RUS_AIRFORCE", "SYR_MIL"),
        ("With Russian bombers softening up the defences, Syrian troops stormed the hill.", "RUS_AIRFORCE", "SYR_MIL"),
    ],
)
def test_the_escort_clearing_the_way_is_a_partner(relations_found, text, escort, doer) -> None:
    found = relations_found(text, DATE)
    assert any(kind in _PARTNER_KINDS and (a, b) == (escort, doer) for kind, a, b, _ in found), found


def test_clearing_the_way_for_a_retreat_is_no_partnership(relations_found) -> None:
    found = relations_found("The rebels withdrew from the hill, with Russian jets clearing the way.", DATE)
    assert not any(kind in _PARTNER_KINDS and a == "RUS_AIRFORCE" for kind, a, _, _ in found), found
