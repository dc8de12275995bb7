"""A side that fights under "its" banner, flag or command fights under another side's: the
one named as a subject before it in the sentence, or the sentence before's subject
(extract/joinedforces.py, extract/otherowners.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 6, 1)


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        ("The Syrian Democratic Forces took the dam on Sunday. The Sanadid Forces fight under its banner.", "AL_SANADID", "SDF"),
        ("The Syrian Democratic Forces are a Kurdish-led alliance, and the Sanadid Forces fight under its flag.", "AL_SANADID", "SDF"),
        ("The Popular Mobilization Forces were set up in 2014. Kataib Hezbollah now fights under its command.", "KATAIB_HEZBOLLAH", "PMF"),
    ],
)
def test_fighting_under_its_banner_allies_with_the_side_before(relations_found, text, member, whole) -> None:
    found = relations_found(text, DATE)
    assert ("allied", member, whole, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Democratic Forces took the dam on Sunday. The Sanadid Forces fight under their own banner.",
        "The Syrian Democratic Forces took the dam on Sunday. The Sanadid Forces fight under its own flag near Tal Hamis.",
    ],
)
def test_under_its_own_banner_is_no_tie(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "allied" and a == "AL_SANADID" for kind, a, _, _ in found), found
