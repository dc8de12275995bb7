"""Classes that name no side are never ends of a fights or allied tie (extract/armed.py).

"Unidentified warplanes", "troops" of no one, "gunmen", "the group" and communities
("Kurdish districts", "the Yazidi minority") say who acted or suffered, not which side of
the war: a tie to them says nothing of the network. Classes that carry a side ("rebels",
"militants") keep their ties, and a named side in the same sentence keeps its own.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 6, 1)


@pytest.fixture
def ties_of(relations_found: Any) -> Any:
    def ties(text: str) -> set[tuple[str, str, str]]:
        return {(kind, a, b) for kind, a, b, _c in relations_found(text, PUBLISHED)}

    return ties


@pytest.mark.parametrize(
    ("text", "sideless"),
    [
        (
            (
                "Unidentified warplanes attacked a Syrian army base near the Iraqi border on "
                "Sunday, killing several soldiers."
            ),
            "GEN_UNIDENTIFIED_AIRCRAFT",
        ),
        ("Gunmen attacked a checkpoint of the Iraqi army in Tarmiyah overnight.", "GEN_GUNMEN"),
        ("Rebels shelled Kurdish districts of Aleppo on Tuesday.", "GEN_KURDS"),
        (
            (
                "Masked gunmen and unidentified aircraft struck a convoy of the Free Syrian Army "
                "near Idlib."
            ),
            "GEN_GUNMEN",
        ),
    ],
)
def test_a_class_of_no_side_is_no_end_of_a_tie(text: str, sideless: str, ties_of: Any) -> None:
    ties = ties_of(text)
    assert not any(sideless in (a, b) for kind, a, b in ties if kind in ("fights", "allied")), ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Rebels shelled Syrian army positions near Hama on Friday.", ("fights", "GEN_REBELS")),
        (
            "Syrian troops clashed with Islamic State fighters near Deir ez-Zor.",
            ("fights", "SYR_MIL", "ISIS"),
        ),
        (
            "Militants attacked an Iraqi army checkpoint north of Baghdad, officials said.",
            ("fights", "GEN_MILITANTS"),
        ),
    ],
)
def test_classes_and_names_with_a_side_keep_their_ties(
    text: str, tie: tuple[str, ...], ties_of: Any
) -> None:
    ties = ties_of(text)
    assert any((kind, a, b)[: len(tie)] == tie for kind, a, b in ties), ties
