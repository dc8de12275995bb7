"""A designation told in a relative clause on a describing noun ("Y, a PKK offshoot that X
regards as a terrorist group") is of the side the noun describes, not of the name inside
the noun (extract/enmity.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2016, 3, 1)


@pytest.mark.parametrize(
    ("text", "designator", "designated", "not_designated"),
    [
        ("The town is held by the YPG, a PKK offshoot that Ankara regards as a terrorist group.", "TUR", "YPG", "PKK"),
        ("Hezbollah, an Iranian proxy which Washington considers a terrorist organisation, sent fighters to Qusair.", "USA", "HEZBOLLAH", "IRN"),
    ],
)
def test_the_described_side_is_designated(relations_found, text, designator, designated, not_designated) -> None:
    found = relations_found(text, DATE)
    assert any(k == "criticizes" and (a, b) == (designator, designated) for k, a, b, _ in found), found
    assert not any(k == "criticizes" and b == not_designated for k, _, b, _ in found), found


def test_a_named_antecedent_is_designated_as_before(relations_found) -> None:
    found = relations_found("The PKK, which Ankara considers a terrorist group, has fought the state since 1984.", DATE)
    assert any(k == "criticizes" and (a, b) == ("TUR", "PKK") for k, a, b, _ in found), found
