"""A tie the KB noted on a class ("Iran-backed militias": backed_by:IRN) is dropped only
when the class describes a name the sentence reader already tied to the same backer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.extract import article

PUBLISHED = dt.date(2021, 5, 4)


@pytest.fixture
def notes_alone(monkeypatch):
    """The reader's own ties to classes withheld, so a class's tie can come only from its
    note, while the reader's ties to names stay."""

    reader = article.relations_in

    def relations_in(*args):
        return [r for r in reader(*args) if not _backs_a_class(r)]

    monkeypatch.setattr(article, "relations_in", relations_in)


def _backs_a_class(relation) -> bool:
    return relation.kind == "backs" and relation.target_actor.startswith("GEN_")


def backed_classes(text: str) -> set[tuple[str, str]]:
    from frontwatch.pipeline import process_texts

    relations = process_texts([text], dates=[PUBLISHED])[0].relations
    return {(r.source_actor, r.target_actor) for r in relations if _backs_a_class(r)}


@pytest.mark.parametrize(
    "text",
    [
        "Iran, which backs Hezbollah, said Iran-backed militias had advanced on the town.",
        "Iran supports Hamas while Iran-backed militias attacked US troops in Syria.",
        "Iran, a patron of Hezbollah, also funds Iranian-backed militias along the border.",
    ],
)
def test_a_class_describing_no_tied_name_keeps_its_noted_tie(
    engine, notes_alone, text: str
) -> None:
    assert {source for source, _ in backed_classes(text)} == {"IRN"}


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah, an Iranian-backed militia, denied any role in the attack.",
        "The Houthi movement is an Iran-backed militia that holds the capital.",
    ],
)
def test_a_class_describing_a_tied_name_adds_no_tie(engine, notes_alone, text: str) -> None:
    assert backed_classes(text) == set()
