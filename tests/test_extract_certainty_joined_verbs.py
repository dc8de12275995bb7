"""A verb joined to an earlier one without a subject of its own shares that verb's subject
and so its hedges and modals: "IS reportedly stormed T and shelled U" hedges the shelling as
well; "rebels reportedly shelled T, and jets bombed U" does not (the second verb has its own
subject), nor "could retake T and has already shelled U" (its own auxiliary, its own time).
Each class through the full pipeline, with near-misses where the claim stays plain."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 5, 1)


def told_at(text: str, place: str) -> list[Any]:
    found = extract(text, PUBLISHED)
    facts = [e for e in found.events if e.type == "ASSAULT" and place in e.place_text]
    assert facts, f"no ASSAULT at {place} in {text!r}"
    return facts


@pytest.mark.parametrize(
    ("text", "place", "certainty"),
    [
        (
            "Islamic State fighters reportedly stormed the village of Tal Shair and shelled the nearby town of Tal Tamr.",
            "Tal Tamr",
            "hedged",
        ),
        (
            "Government jets allegedly bombed a clinic in Idlib and struck a school in Maarat al-Numan.",
            "Maarat al-Numan",
            "hedged",
        ),
        (
            "Rebels may have shelled the airport in Hama and attacked an army post near Suran.",
            "Suran",
            "hedged",
        ),
        (
            "The militia would storm the base at Tabqa and shell the dam if the talks failed.",
            "Tabqa",
            "hypothetical",
        ),
    ],
)
def test_a_joined_verb_without_a_subject_shares_the_first_verbs_doubt(
    text: str, place: str, certainty: str
) -> None:
    assert all(e.claim.certainty == certainty for e in told_at(text, place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels reportedly shelled the airport in Hama, and government jets bombed the town of Kafr Zita.",
            "Kafr Zita",
        ),
        (
            "The army could soon retake Palmyra, and has already shelled the town of Qaryatain.",
            "Qaryatain",
        ),
        (
            "Turkish troops crossed into Syria near Jarabulus and shelled IS positions around al-Rai.",
            "al-Rai",
        ),
    ],
)
def test_a_joined_clause_of_its_own_or_a_plain_pair_stays_plain(text: str, place: str) -> None:
    assert all(e.claim.certainty == "asserted" for e in told_at(text, place))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Activists said Russian jets bombed a market in Idlib, but Moscow denied the report.",
            "REJECT",
        ),
        (
            "Rebels claimed that Syrian jets bombed a bakery in Aleppo, but Damascus rejected the claim.",
            "REJECT",
        ),
    ],
)
def test_a_denial_joined_to_a_report_is_the_deniers_own_word(text: str, kind: str) -> None:
    """The denial is the article's telling of what the denier did, not the first speakers'."""
    facts = [e for e in extract(text, PUBLISHED).events if e.type == kind]
    assert facts and all(e.claim.certainty == "asserted" for e in facts), [e.claim for e in facts]


def test_a_second_deed_joined_under_the_same_saying_stays_the_speakers() -> None:
    facts = told_at("The monitor said jets bombed Douma and troops shelled Harasta.", "Harasta")
    assert all(e.claim.certainty == "attributed" for e in facts)
