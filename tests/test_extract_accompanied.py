"""Backing told by company: another side's fighting means said to be beside the doer
("with Russian jets overhead", "with US special forces at their side") back it
(extract/accompanied.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2018, 3, 20)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Near Damascus, government forces are grinding through the suburbs with Russian jets overhead.", "RUS_AIRFORCE", "SYR_MIL"),
        ("The Kurdish-led Syrian Democratic Forces, with American special forces at their side, are clearing the last pockets.", "USA_MIL", "SDF"),
        ("Syrian government troops advanced on Aleppo with Iranian advisers alongside them.", "IRN_MIL", "SYR_MIL"),
        ("With Russian warplanes overhead, the Syrian army retook the hills east of Hama.", "RUS_AIRFORCE", "SYR_MIL"),
    ],
)
def test_means_beside_the_doer_back_it(relations_found, text, backer, backed) -> None:
    found = relations_found(text, DATE)
    assert ("backs", backer, backed, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels clashed with Russian troops near the airport overnight.",
        "Rebel fighters traded fire with Syrian soldiers on the other side of the river.",
    ],
)
def test_with_an_opponent_is_no_backing(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with Syrian troops alongside the M5 highway on Tuesday, activists said.",
        "Hezbollah fighters clashed with Israeli soldiers beside the border fence near Metula.",
        "Islamic State fighters exchanged fire with Iraqi soldiers beside the river near Haditha.",
    ],
)
def test_a_place_beside_a_clash_is_no_company(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "backs" for kind, *_ in found), found


def test_means_overhead_back_the_doer_not_its_object(relations_found) -> None:
    found = relations_found("Syrian troops fought the rebels near Hama with Russian warplanes overhead.", DATE)
    assert ("backs", "RUS_AIRFORCE", "SYR_MIL", "asserted") in found, found
    assert not any(kind == "backs" and b == "GEN_REBELS" for kind, _, b, _ in found), found
