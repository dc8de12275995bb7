"""A charge denied where it is told ("X did Y, a charge Z denies"), a deed one is kept
from or unable to do, and a deed told only as what something is named: none is a fact.
Sentences written for these tests; each class through the full pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2022, 5, 3)
PLAIN = ("asserted", "attributed")


def events_by(text: str, trigger: str) -> list[Any]:
    found = [e for e in extract(text, PUBLISHED).events if e.trigger == trigger]
    assert found, (text, [(e.type, e.trigger) for e in extract(text, PUBLISHED).events])
    return found


@pytest.mark.parametrize(
    ("text", "trigger", "denier"),
    [
        ("Syrian jets bombed a bakery in Maarat al-Numan, a charge Damascus has rejected.", "bombed", "SYR"),
        ("Turkish drones struck a clinic in Qamishli, an allegation Ankara denies.", "struck", "TUR"),
        ("Iran has supplied rockets to the Houthis, a charge Tehran denies.", "supplied", "IRN"),
        ("Russian artillery shelled a school in Kharkiv, an accusation Moscow rejects.", "shelled", "RUS"),
        ("Iran armed the Houthis, which Tehran denies.", "armed", "IRN"),
        ("Saudi Arabia says Iran armed the Houthis, something Tehran has always denied.", "armed", "IRN"),
    ],
)
def test_a_charge_denied_after_the_deed_negates_it(text: str, trigger: str, denier: str) -> None:
    """The one who denies is who says so, not the one the deed is charged to."""
    for event in events_by(text, trigger):
        assert event.claim.certainty == "negated", event.claim
        assert event.claim.attributed_to == denier, event.claim


def test_a_denied_charge_negates_the_tie_it_tells() -> None:
    ties = extract("Iran has supplied rockets to the Houthis, a charge Tehran denies.", PUBLISHED)
    backs = [r for r in ties.relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty == "negated" for r in backs), backs


def test_the_denial_stays_in_the_clause_it_closes() -> None:
    """ "..., a charge Moscow denies, and the separatists led by P shelled T": the clause
    after the denial, and the participle in it, are told as fact."""
    text = (
        "Russia sent tanks to the separatists, a charge Moscow denies, and the separatists "
        "led by Pushilin shelled Avdiivka."
    )
    assert all(e.claim.certainty == "negated" for e in events_by(text, "sent"))
    assert all(e.claim.certainty in PLAIN for e in events_by(text, "shelled"))
    leads = [r for r in extract(text, PUBLISHED).relations if r.kind == "leads"]
    assert leads and all(r.claim.certainty in PLAIN for r in leads), leads


def test_a_charge_not_denied_is_only_unconfirmed() -> None:
    text = "Iran has supplied rockets to the Houthis, a charge Tehran does not deny."
    assert all(e.claim.certainty == "hedged" for e in events_by(text, "supplied"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Barred from using chemical weapons, the army shelled Douma with rockets.", "using"),
        ("The Houthis were kept from firing missiles at Riyadh.", "firing"),
        ("Banned from using cluster munitions, the air force bombed Raqqa with guided bombs.", "using"),
        ("The Iraqi army was unable to deploy its tanks in the narrow streets of Mosul.", "deploy"),
        ("Ukraine has been unable to mobilise enough soldiers for the southern front.", "mobilise"),
        ("The Taliban were unable to attack the airport in Kabul.", "attack"),
    ],
)
def test_a_deed_one_is_kept_from_or_unable_to_do_is_negated(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "negated", event.claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Barred from using chemical weapons, the army shelled Douma with rockets.", "shelled"),
        ("Banned from using cluster munitions, the air force bombed Raqqa with guided bombs.", "bombed"),
    ],
)
def test_what_was_done_instead_stands(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "asserted", event.claim


@pytest.mark.parametrize(
    "text",
    [
        "It was described as the heaviest attack on the Kurdish militia this year.",
        'The siege has been described as "the Iraqi army\'s biggest victory against ISIS".',
        "It has been called the deadliest attack on Kurdish fighters since 2019.",
    ],
)
def test_a_deed_told_only_as_a_naming_is_hedged(text: str) -> None:
    """No one is said to name it so: the naming is unconfirmed, so is the deed in it."""
    result = extract(text, PUBLISHED)
    claims = [e.claim for e in result.events if e.type == "ASSAULT"]
    claims += [r.claim for r in result.relations if r.kind == "fights"]
    assert claims and all(c.certainty == "hedged" for c in claims), claims


def test_a_namer_makes_the_naming_their_word() -> None:
    text = "Iraqi officials hailed the battle as their greatest victory against ISIS."
    fights = [r for r in extract(text, PUBLISHED).relations if r.kind == "fights" and r.trigger == "victory"]
    assert fights and all(r.claim.certainty == "attributed" for r in fights), fights
    assert all(r.claim.attributed_to == "IRQ_GOV" for r in fights), fights


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The raid has been called the deadliest assault on Kabul since 2021.", "raid"),
        ("The airstrike on Mosul was described as a massacre by local doctors.", "airstrike"),
    ],
)
def test_the_named_deed_itself_stands(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty in PLAIN, event.claim


def test_a_relative_clause_of_what_the_deed_did_is_no_denial() -> None:
    text = "Rebels shelled the market in Idlib, which killed ten people."
    assert all(e.claim.certainty == "asserted" for e in events_by(text, "shelled"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militants have not been able to take Kobani.", "take"),
        ("Government troops have not been able to retake Palmyra from the jihadists.", "retake"),
        ("The Houthis were not able to capture the city of Marib.", "capture"),
    ],
)
def test_a_deed_one_was_not_able_to_do_is_negated(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "negated", event.claim


def test_a_deed_one_was_able_to_do_is_done() -> None:
    text = "The rebels were able to take the airport in Aleppo."
    assert all(e.claim.certainty == "asserted" for e in events_by(text, "take"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkey is gearing up for an assault on Manbij.", "assault"),
        ("The army is girding for an attack on the rebel enclave.", "attack"),
    ],
)
def test_a_deed_made_ready_for_is_not_done(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "hypothetical", event.claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There is no evidence that Iran supplied the missiles to the Houthis.", "supplied"),
        ("Investigators found no sign that Russian jets had bombed the convoy.", "bombed"),
        ("Monitors saw no indication that Turkish troops shelled Kobani.", "shelled"),
    ],
)
def test_a_deed_no_proof_shows_is_unconfirmed(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "hedged", event.claim


def test_a_deed_proof_shows_stands() -> None:
    text = "There is evidence that Iran supplied the missiles to the Houthis."
    assert all(e.claim.certainty == "asserted" for e in events_by(text, "supplied"))


def fights_with(text: str, enemy: str) -> list[Any]:
    ties = [r for r in extract(text, PUBLISHED).relations if r.kind == "fights" and enemy in (r.source_actor, r.target_actor)]
    assert ties, (text, extract(text, PUBLISHED).relations)
    return ties


@pytest.mark.parametrize(
    ("text", "enemy"),
    [
        ("Nobody knows whether the Russian air raids near Hama were aimed at the Islamic State.", "ISIS"),
        ("It is unclear whether the Turkish raids near Afrin were aimed at the YPG.", "YPG"),
        ("It remains unclear whether the Russian bombing near Hama was directed at the Islamic State.", "ISIS"),
    ],
)
def test_whom_strikes_were_aimed_at_when_asked_is_no_fight(text: str, enemy: str) -> None:
    """The strikes took place; the fight with the enemy the clause asks about did not
    become a fact."""
    assert all(r.claim.certainty not in PLAIN for r in fights_with(text, enemy))
    strikes = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert strikes and all(e.claim.certainty in PLAIN for e in strikes), strikes


@pytest.mark.parametrize(
    "text",
    [
        "The Russian strikes near Hama were not aimed at the Islamic State, US officials said.",
        "The Turkish raids near Tal Rifaat were not directed at the YPG, Ankara said.",
    ],
)
def test_strikes_not_aimed_at_a_side_took_place(text: str) -> None:
    strikes = [e for e in extract(text, PUBLISHED).events if e.trigger in ("strikes", "raids")]
    assert strikes and all(e.claim.certainty in PLAIN for e in strikes), strikes
    ties = [r for r in extract(text, PUBLISHED).relations if r.kind == "fights"]
    assert all(r.claim.certainty not in PLAIN for r in ties), ties


def test_strikes_aimed_at_a_side_fight_it() -> None:
    text = "The Russian airstrikes were aimed at the Islamic State, Moscow said."
    assert all(r.claim.certainty in PLAIN for r in fights_with(text, "ISIS"))


def plain_fights(text: str, a: str, b: str) -> list[Any]:
    ties = extract(text, PUBLISHED).relations
    return [
        r
        for r in ties
        if r.kind == "fights" and {r.source_actor, r.target_actor} == {a, b} and r.claim.certainty in PLAIN
    ]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            ("Israeli jets were said to have struck Hezbollah positions near Qusair.\n\n"
            "Hezbollah fighters later seized the village of Jusiyah."),
            "HEZBOLLAH",
            "ISR_AIRFORCE",
        ),
        (
            ("Turkish drones allegedly hit Kurdish YPG positions near Kobani.\n\n"
            "YPG fighters later seized the village of Tal Shair."),
            "YPG",
            "TUR_AIRFORCE",
        ),
    ],
)
def test_a_fight_the_article_only_hedges_is_not_made_fact_by_a_filled_in_loser(
    text: str, a: str, b: str
) -> None:
    """The capture's loser is the article's guess, and the only fight between the two is
    reported with a hedge: no tie between them is told as fact."""
    assert not plain_fights(text, a, b)


def test_a_planned_fight_still_lets_a_capture_tie_the_sides() -> None:
    """A plan to drive a side out shows the two at war: the capture ties them."""
    text = (
        "The Saudi-led coalition vowed to drive the Houthis out of Marib.\n\n"
        "Houthi fighters later captured the town of Sirwah, west of the city."
    )
    assert plain_fights(text, "HOUTHIS", "SAUDI_COALITION")


@pytest.mark.parametrize(
    ("text", "trigger", "denier"),
    [
        ("The UAE, accused of arming the RSF, denies the charge.", "arming", "ARE"),
        ("Iran, which has been accused of arming the Houthis, rejects the allegations.", "arming", "IRN"),
        ("The UAE has been accused of arming the RSF, a charge it denies.", "arming", "ARE"),
        ("Iran, which denies arming the Houthis, condemned the strikes.", "arming", "IRN"),
    ],
)
def test_the_accused_who_denies_is_the_claimant(text: str, trigger: str, denier: str) -> None:
    """The deed charged in the denier's own phrase, "which" or "it" standing for them."""
    for event in events_by(text, trigger):
        assert event.claim.certainty == "negated", event.claim
        assert event.claim.attributed_to == denier, event.claim


def test_a_tie_told_of_the_denier_by_the_way_stands() -> None:
    """ "Russia, which backs Assad, denied that ...": the backing is no part of the denial."""
    text = "Russia, which backs Assad, denied that its jets had bombed the hospital in Ariha."
    backs = [r for r in extract(text, PUBLISHED).relations if r.kind == "backs"]
    assert backs and all(r.claim.certainty in PLAIN for r in backs), backs


def test_a_charge_closing_a_claimed_deed_negates_it() -> None:
    """ "X claim to have done Y, a claim Z dismissed": the charge closes the whole claim."""
    text = "The rebels claim to have shot down a Russian helicopter, a claim Moscow has dismissed as false."
    for event in events_by(text, "shot"):
        assert event.claim.certainty == "negated", event.claim
        assert event.claim.attributed_to == "RUS", event.claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ukraine said its forces had hit a Russian ammunition depot, which could not be independently verified.", "hit"),
        ("The Houthis said their drones struck a Saudi oil terminal, which could not be confirmed.", "struck"),
    ],
)
def test_a_claim_a_relative_clause_leaves_unverified_is_hedged(text: str, trigger: str) -> None:
    for event in events_by(text, trigger):
        assert event.claim.certainty == "hedged", event.claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkey reportedly sent troops to Idlib, though officials declined to confirm it.", "sent"),
        ("Russian jets bombed a market in Ariha, though Moscow refused to confirm it.", "bombed"),
    ],
)
def test_declining_to_confirm_names_no_claimant(text: str, trigger: str) -> None:
    """A closing "declined to confirm it" is no one's saying so: no claimant, least of all
    a function word."""
    for event in events_by(text, trigger):
        assert event.claim.attributed_to == "", event.claim


def test_sides_unable_to_dislodge_one_another_still_fight() -> None:
    text = "In the north of the city, Hezbollah fighters have been unable to dislodge the rebels."
    ties = [r for r in extract(text, PUBLISHED).relations if r.kind == "fights"]
    assert ties and all(r.claim.certainty in PLAIN for r in ties), ties


def test_a_clause_joined_after_a_kept_from_gerund_is_not_kept_from() -> None:
    """ "to deter X from fighting and to reassure that IS has been driven from T": the
    driving out is told as done."""
    text = (
        "Officials want to deter all factions from fighting each other and to reassure "
        "residents that the jihadists have been driven from Manbij."
    )
    assert all(e.claim.certainty in PLAIN for e in events_by(text, "driven"))


def test_a_clause_about_the_denier_is_not_the_charge() -> None:
    """ "Hamas, which Washington lists as a terrorist group, denied the claim": the listing
    is told by the way, not what is denied."""
    text = "Hamas, which Washington has long listed as a terrorist group, denied the claim."
    ties = [r for r in extract(text, PUBLISHED).relations if r.kind == "criticizes"]
    assert ties and all(r.claim.certainty in PLAIN for r in ties), ties


@pytest.mark.parametrize(
    ("text", "trigger", "denier"),
    [
        ("Witnesses blamed the bombing of a market in Idlib on Russian jets, a charge Moscow denies.", "bombing", "RUS"),
        ("The opposition reported the bombardment of Douma by government aircraft, an accusation Damascus denies.", "bombardment", "SYR"),
        ("The monitor reported a chemical attack by government forces on Saraqeb, an allegation Damascus denies.", "attack", "SYR"),
    ],
)
def test_a_charge_denied_after_a_deed_told_by_a_noun_negates_it(text: str, trigger: str, denier: str) -> None:
    """The deed is the object of the clause the charge closes ("reported the bombardment of
    T, an accusation X denies"): denied as a deed told by its verb is."""
    for event in events_by(text, trigger):
        assert event.claim.certainty == "negated", event.claim
        assert event.claim.attributed_to == denier, event.claim


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("After the bombing of a market in Idlib, Russia sent more jets to Syria, a charge Moscow denies.", "bombing"),
        ("Following the shelling of Ariha by the army, Iran flew militiamen to Aleppo, a claim Tehran rejects.", "shelling"),
        ("The monitor reported a chemical attack by government forces on Saraqeb.", "attack"),
    ],
)
def test_a_deed_told_by_a_noun_outside_the_charged_clause_stands(text: str, trigger: str) -> None:
    """A deed in the scene-setting "after ..." phrase is not what the charge names; with no
    charge a reported deed is the reporter's."""
    assert all(e.claim.certainty in PLAIN for e in events_by(text, trigger))
