"""A person's name in a "pits A against B" list is no class to look up word by word
(extract/pitting.py): "the army of General Abdel Fattah al-Burhan" made Fatah (the
Palestinian faction) fight the RSF, "the troops of President Bashar al-Assad" made Sudan's
former ruling party fight Syria's rebels. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "published", "wrong"),
    [
        ("Sudan's war pits the army of General Abdel Fattah al-Burhan against the Rapid Support Forces.", dt.date(2024, 4, 20), "FATAH"),
        ("The war pits the troops of President Bashar al-Assad against rebels and jihadists.", dt.date(2014, 4, 20), "NCP_SDN"),
        ("The fighting pits the forces of General Abdel Fattah al-Burhan against Hemedti's paramilitaries.", dt.date(2024, 4, 20), "FATAH"),
    ],
)
def test_a_persons_name_in_a_pitting_list_names_no_other_group(
    text: str, published: dt.date, wrong: str, relations_found: Any
) -> None:
    found = relations_found(text, published)
    assert found, "the pitted sides fight"
    assert not any(wrong in (s, t) for _, s, t, _ in found), found
