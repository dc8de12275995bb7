"""Hedges on events read on unseen text: what reports say with no owner, purported and
rumoured acts, and a condition on a gerund ("if fighting continues") are never plain facts;
an owned report stays attributed (extract/hearsay.py, extract/certainty.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 20)


@pytest.fixture
def assault_certainty(events_found: Any) -> Any:
    def certainty(text: str) -> str:
        assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
        assert assaults, f"no ASSAULT in {text!r}"
        return str(assaults[0].claim.certainty)

    return certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Reports emerged that the army had shelled the village of Kafr Nabl.", "hedged"),
        ("Rumours circulated that rebels had executed prisoners in Idlib.", "hedged"),
        ("Claims surfaced on Sunday that Russian jets struck a school in Idlib.", "hedged"),
        # reports that say something are its source, as a speaker is (test_extract_reports_say.py)
        ("Reports said government jets had bombed the hospital in Idlib.", "attributed"),
        ("Unconfirmed reports said rebels had stormed the village of Tal Rifaat.", "hedged"),
        (
            "After reports of clashes near the airport of Deir ez-Zor, the convoy turned back.",
            "hedged",
        ),
        ("Amid claims of airstrikes on Saraqeb, the talks were put off.", "hedged"),
        (
            "State media reports said rebels had shelled the Christian quarter of Aleppo.",
            "attributed",
        ),
        ("The report said government jets had bombed the hospital in Idlib.", "attributed"),
        (
            "A report by the monitor said government jets had bombed the hospital in Idlib.",
            "attributed",
        ),
        ("Government jets bombed the hospital in Idlib on Monday.", "asserted"),
    ],
)
def test_what_reports_say_is_hedged_unless_someone_owns_it(
    text: str, certainty: str, assault_certainty: Any
) -> None:
    assert assault_certainty(text) == certainty


@pytest.mark.parametrize(
    "text",
    [
        "The army's purported assault on the village of Kafr Zita began at dawn.",
        "Activists blamed the supposed attack on the market in Douma on the army.",
        "Rumoured strikes by Turkish jets near Afrin killed 10 fighters, a local official said.",
        "The army supposedly shelled the camp near Idlib on Friday.",
    ],
)
def test_purported_and_rumoured_acts_are_hedged(text: str, assault_certainty: Any) -> None:
    assert assault_certainty(text) == "hedged"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that unless fighting stops around Hama, the harvest will be lost.",
        "Aid workers fear that if shelling resumes in Douma, the clinics will shut.",
        "The envoy said that if bombing continued in Aleppo, nothing would be left of the city.",
    ],
)
def test_a_condition_on_a_gerund_subject_is_hypothetical(text: str, assault_certainty: Any) -> None:
    assert assault_certainty(text) == "hypothetical"


def test_a_gerund_subject_with_no_condition_stays_a_fact(assault_certainty: Any) -> None:
    assert (
        assault_certainty("Heavy fighting raged around the airport in Deir ez-Zor.") == "asserted"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A defence ministry statement accused rebel groups of firing mortars on Aleppo.",
        "Human Rights Watch accused the army of shelling the town of Douma.",
        "Turkey blamed Kurdish militants for the bombing of a bus in Ankara.",
        "The ministry blamed rebel fighters for the attack on the power station near Hama.",
    ],
)
def test_what_an_accuser_says_is_attributed(text: str, assault_certainty: Any) -> None:
    assert assault_certainty(text) == "attributed"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        (
            (
                "A Peshmerga officer said his men had stormed the bridge near Mosul, but this "
                "could not be independently confirmed."
            ),
            "hedged",
        ),
        (
            (
                "The Observatory said jets struck a market in Idlib, killing 12 people. The report "
                "could not be independently confirmed."
            ),
            "hedged",
        ),
        (
            (
                "Rebels said they had shot down an army helicopter near Hama. Reuters was unable "
                "to verify the claim."
            ),
            "hedged",
        ),
        (
            (
                "The army said it had shelled rebel positions in Morek. It was not possible to "
                "confirm the account."
            ),
            "hedged",
        ),
        (
            (
                "The army said it had shelled rebel positions in Morek. Officials in Hama confirmed "
                "the report on Monday."
            ),
            "attributed",
        ),
        (
            (
                "Government jets bombed Douma on Monday, killing at least 20 people. The exact toll "
                "could not be confirmed."
            ),
            "asserted",
        ),
    ],
)
def test_a_claim_the_article_could_not_verify_is_hedged(
    text: str, certainty: str, assault_certainty: Any
) -> None:
    assert assault_certainty(text) == certainty


def test_an_unverified_capture_is_hedged() -> None:
    from frontwatch.pipeline import process_texts

    text = (
        "Rebels said they had captured the village of Zaara near Hama. The claim could not be "
        "independently verified."
    )
    [result] = process_texts([text], dates=[PUBLISHED])
    captures = [c for c in result.control_changes if c.kind == "capture"]
    assert captures and all(c.claim.certainty == "hedged" for c in captures)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The coalition denied a Syrian military report it had conducted an air raid that hit "
            "a depot near Mayadin."
        ),
        (
            "Moscow rejected allegations its jets bombed a convoy that was carrying aid near "
            "Aleppo."
        ),
        (
            "Ankara denied a report its drones had struck a car that carried two SDF commanders "
            "near Qamishli."
        ),
        (
            "The rebels' assertion that they had shelled the barracks in Hama is untrue, the army "
            "said."
        ),
        (
            "An official said an assertion by the militia that it had stormed the base near Sirte "
            "was false."
        ),
    ],
)
def test_a_denied_or_false_report_of_a_deed_is_not_a_fact(
    text: str, assault_certainty: Any
) -> None:
    assert assault_certainty(text) not in ("asserted", "attributed")


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("According to reports, government jets bombed a school in Maarat al-Numan.", "hedged"),
        ("According to unconfirmed reports, rebels shelled the airport in Hama.", "hedged"),
        ("Militants stormed a police post in Arish, according to local reports.", "hedged"),
        ("According to a report by SANA, rebels shelled the airport in Hama.", "attributed"),
        ("According to activists, government jets bombed a school in Idlib.", "attributed"),
    ],
)
def test_according_to_reports_no_one_owns_is_hedged(
    text: str, certainty: str, assault_certainty: Any
) -> None:
    assert assault_certainty(text) == certainty
