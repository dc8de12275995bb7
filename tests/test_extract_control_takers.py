"""A class of fighters named as the taker ("rebels") is the one armed group of its kind the
same sentence names ("..., a spokesman for the M23 movement said"); several groups, a
state's forces or a class of no sector leave the class as it is."""

from __future__ import annotations

import pytest
from test_extract_control_coming_under import changes


@pytest.mark.parametrize(
    ("text", "place", "group"),
    [
        ("Rebels overran Bunagana on Monday, a spokesman for the M23 movement told reporters.",
         "Bunagana", "M23"),
        ("Rebel forces entered Masisi and took control of it on Friday, the M23 rebel group said.",
         "Masisi", "M23"),
        ("Opposition fighters captured Tal Rifaat overnight, Jaish al-Islam said in a statement.",
         "Tal Rifaat", "JAYSH_AL_ISLAM"),
    ],
)
def test_a_class_taker_is_the_group_the_sentence_names(text: str, place: str, group: str) -> None:
    assert any(c[0] == "capture" and c[1] == place and c[2] == group for c in changes(text)), changes(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (("Rebels captured the town of Kafranbel on Sunday, while the Nusra Front and Ahrar "
         "al-Sham shelled army posts nearby."), "Kafranbel"),
        ("Rebel fighters took Saraqeb, backed by Turkish artillery, the monitor said.", "Saraqeb"),
    ],
)
def test_several_groups_or_a_state_leave_the_class(text: str, place: str) -> None:
    assert any(c[0] == "capture" and c[1] == place and c[2] == "GEN_REBELS" for c in changes(text)), changes(text)
