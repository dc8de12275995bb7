""" "Between A backed by B and C": the parser hangs the second party C on the backer B;
nlp/betweenpairs.py gives it back to A, and extract/arguments.py ``between`` takes each
party's own actor, so the backer is neither A's enemy nor C A's backer. A list of
backers made of names ("backed by Turkey and Qatar") is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    """(fights pairs, backs pairs, ASSAULT doer/target pairs) of the text."""
    (result,) = process_texts([text], dates=[PUBLISHED])
    fights = {(r.source_actor, r.target_actor) for r in result.relations if r.kind == "fights"}
    backs = {(r.source_actor, r.target_actor) for r in result.relations if r.kind == "backs"}
    acts = {(e.source_actor, e.target_actor) for e in result.events if e.type == "ASSAULT"}
    return fights, backs, acts


@pytest.mark.parametrize(
    ("text", "sides", "backer"),
    [
        (
            "Heavy fighting raged in Yabroud between Syrian troops backed by Hezbollah fighters and rebels, activists said.",
            ("SYR_MIL", "GEN_REBELS"),
            "HEZBOLLAH",
        ),
        (
            "Clashes broke out near Daraa between army units supported by Iranian advisers and opposition fighters.",
            ("SYR_MIL", "GEN_REBELS"),
            "IRN_MIL",
        ),
        (
            "Fierce fighting between Kurdish units backed by US jets and jihadist militants was reported near Hasakah.",
            ("YPG", "GEN_JIHADISTS"),
            "USA_AIRFORCE",
        ),
    ],
)
def test_the_second_party_is_fought_and_the_backer_backs(text: str, sides: tuple[str, str], backer: str) -> None:
    fights, backs, acts = _ties(text)
    first, second = sides
    assert sides in fights
    assert sides in acts
    assert (first, backer) not in fights
    assert (backer, first) in backs
    assert (second, first) not in backs


def test_the_parties_of_a_clash_that_kills() -> None:
    text = "Clashes between Kurdish fighters backed by US airstrikes and rival Turkish-backed factions killed dozens near Manbij."
    _, backs, acts = _ties(text)
    assert ("YPG", "GEN_MILITIAS") in acts
    assert ("YPG", "USA_AIRFORCE") not in acts
    assert ("GEN_MILITIAS", "YPG") not in backs


def test_a_list_of_named_backers_is_left_alone() -> None:
    fights, backs, _ = _ties("Talks between rebel groups backed by Turkey and Qatar ended without a deal in Doha.")
    assert ("TUR", "GEN_REBELS") in backs
    assert not fights


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between government troops backed by Russian jets and helicopters near Idlib.",
        "Fighting flared between rebels backed by Turkish drones and artillery outside Afrin.",
        "Battles raged near Hama between soldiers supported by Russian warplanes and gunships.",
        # a bare conjunct shares the backer's adjective: a second backer, not a party
        "Battles raged near Palmyra between army units supported by Russian advisers and militiamen.",
    ],
)
def test_a_weapon_or_a_conjunct_sharing_the_backers_modifier_is_no_second_party(text: str) -> None:
    fights, _, acts = _ties(text)
    assert not fights, fights
    assert not any(a and b for a, b in acts), acts
