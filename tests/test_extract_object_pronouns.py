"""A plural object pronoun in a tie stands for the armed side the sentence before is about
("The peshmerga hold the line. Germany delivered missiles to them"; extract/anaphora.py
``object_antecedent``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The Kurdish peshmerga hold a long front north of Mosul. Germany has delivered anti-tank missiles to them.", "DEU", "PESHMERGA"),
        ("The Syrian Democratic Forces hold most of Raqqa province. Washington arms them and advises their commanders.", "USA", "SDF"),
        ("Hezbollah fighters man the hills above Zabadani. Tehran funds them through its Quds Force.", "IRN", "HEZBOLLAH"),
    ],
)
def test_an_object_pronoun_stands_for_the_side_before(relations_found, text, backer, backed) -> None:
    found = {(k, a, b) for k, a, b, _ in relations_found(text, DATE)}
    assert any(k == "backs" and a.startswith(backer) and b == backed for k, a, b in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia sold fighter jets to Egypt last year. Cairo later transferred them to Haftar's forces.",
        "Aid workers reached the camp on Monday. Government soldiers turned them back at a checkpoint.",
    ],
)
def test_what_was_given_or_who_is_unarmed_is_no_side(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(a in ("RUS", "GEN_AID_WORKERS") or b in ("RUS", "GEN_AID_WORKERS") for _, a, b, _ in found), found


def test_a_new_paragraph_names_its_sides_afresh(relations_found) -> None:
    text = "The peshmerga hold a long front north of Mosul.\n\nGermany has delivered anti-tank missiles to them."
    found = relations_found(text, DATE)
    assert not any(b == "PESHMERGA" for _, _, b, _ in found), found
