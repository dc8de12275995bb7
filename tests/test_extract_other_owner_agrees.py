"""The side "its" stands for in "fights under its banner" and "supplies most of its
fighters" (extract/otherowners.py) is found by the shared agreeing search
(referents.agreeing_antecedents) and agrees in number: "its" is no side named by a plural
noun ("Kataib Hezbollah fighters"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2019, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah fighters shelled the base on Monday. The Nujaba brigade fights under its command.",
        "Ahrar al-Sham gunmen seized the checkpoint on Friday. The Sham Legion supplies most of its fighters.",
        "Kataib Hezbollah units guard the crossing near Qaim. The Nujaba brigade makes up half of its ranks.",
    ],
)
def test_its_is_no_side_a_plural_noun_names(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind in ("allied", "member_of") for kind, *_ in found), found


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        ("Hayat Tahrir al-Sham stormed the village at dawn. Jaysh al-Izza now fights under its banner.",
         "JAYSH_AL_IZZA", "HTS"),
        # a group's plural name is one group
        (("The Syrian Democratic Forces retook the silos on Friday. The Sanadid Forces supply much of its "
         "manpower."), "AL_SANADID", "SDF"),
    ],
)
def test_its_stands_for_the_one_side_before(relations_found, text, member, whole) -> None:
    found = relations_found(text, DATE)
    assert ("allied", member, whole, "asserted") in found, found
