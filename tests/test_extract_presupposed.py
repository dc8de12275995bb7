"""How sure a claim is when the doubt, the aim or the speaker sits away from the deed's own
clause: a hedge on the words naming the deed, a deed taken as done inside an aim, a claim
of responsibility that no one made, and the speaker behind "saying", "showed" or a
closing "said" that copy without commas hangs elsewhere."""

from __future__ import annotations

from typing import Any

import pytest
from extracted import extract, of_type


def assault(text: str) -> Any:
    events = of_type(text, "ASSAULT")
    assert events, f"no ASSAULT in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens died in Saraqeb in airstrikes allegedly carried out by Russian jets.",
        "Shelling reportedly carried out by rebel gunners hit a school in Hama.",
        "Three civilians were killed in a suspected drone strike on Marib.",
        "A raid believed to have been conducted by coalition jets hit a market in Raqqa.",
    ],
)
def test_a_hedge_on_the_words_naming_the_deed_hedges_it(text: str) -> None:
    assert assault(text).claim.certainty == "hedged"


def test_a_participle_without_a_hedge_leaves_the_deed_plain() -> None:
    text = "Dozens died in Saraqeb in airstrikes carried out by Russian jets."
    assert assault(text).claim.certainty == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Government helicopters were suspected of dropping barrel bombs on Daraya.",
        "Rebel gunners are suspected of shelling a school in Hama.",
        "Coalition jets were suspected of bombing a bakery in Raqqa, activists said.",
    ],
)
def test_suspected_of_doing_a_deed_hedges_it(text: str) -> None:
    assert assault(text).claim.certainty == "hedged"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Russian jets could have bombed the market in Saraqeb.", "hedged"),
        ("Rebel gunners must have shelled the school in Hama.", "hedged"),
        ("The blast in Azaz could have been caused by a rebel car bombing.", "hedged"),
        ("Russian jets would have bombed Saraqeb if the truce had failed.", "hypothetical"),
        ("Russian jets could bomb Saraqeb within days.", "hypothetical"),
    ],
)
def test_a_modal_perfect_weighs_a_done_deed(text: str, certainty: str) -> None:
    assert assault(text).claim.certainty == certainty


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent tanks across the border to support the rebels' assault on Manbij.",
        "Hezbollah sent fighters to Syria to back the army in its offensive on Qusayr.",
        "The army vowed to avenge the ambush on its convoy near Palmyra.",
        # the bombing owned by the coalition goes on; "will continue to bomb" tells a future deed
        "The coalition will continue its bombing of Islamic State positions near Raqqa.",
        "Analysts question whether the Russian strikes near Hama are aimed at rebels.",
    ],
)
def test_a_deed_taken_as_done_inside_an_aim_is_plain(text: str) -> None:
    assert assault(text).claim.certainty == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is preparing to launch its assault on Manbij.",
        "The rebels plan to storm Manbij next week.",
        "It is unclear whether the attack on Hama will happen.",
        "Moscow promised to keep bombing rebel positions near Hama.",
        "The rebels warned they would respond to any new airstrikes on Idlib.",
    ],
)
def test_a_deed_the_aim_brings_about_stays_hypothetical(text: str) -> None:
    assert assault(text).claim.certainty == "hypothetical"


def test_a_war_told_inside_an_aim_is_a_tie() -> None:
    text = "Iranian militias crossed into Iraq to help the government in its war against ISIS."
    fights = [r for r in extract(text).relations if r.kind == "fights"]
    assert fights and all(r.claim.certainty == "asserted" for r in fights)


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed the car bombing in Azaz.",
        "No armed group claimed the ambush on the convoy near Palmyra.",
        "Nobody has taken responsibility for the suicide attack in Jableh.",
        "The Islamic State did not claim the bombing in Jableh.",
    ],
)
def test_a_claim_no_one_made_leaves_the_deed_done(text: str) -> None:
    claim = assault(text).claim
    assert claim.certainty == "asserted"
    assert claim.attributed_to == ""


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed the bombing in Jableh.",
        "Islamic State militants accepted responsibility for the suicide bombing in Jableh.",
    ],
)
def test_a_claim_of_responsibility_is_the_claimants_word(text: str) -> None:
    claim = assault(text).claim
    assert claim.certainty == "attributed"
    assert claim.attributed_to == "ISIS"


def claimant(text: str) -> str:
    return str(assault(text).claim.attributed_to)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The army issued a statement saying its jets struck rebel positions in Hama.",
            "The army said its jets struck rebel positions in Hama.",
        ),
        (
            "The ministry confirmed the toll, saying rebels shelled a school in Aleppo.",
            "The ministry said rebels shelled a school in Aleppo.",
        ),
        (
            "The Observatory published a report saying coalition jets bombed Tabqa.",
            "The Observatory said coalition jets bombed Tabqa.",
        ),
    ],
)
def test_the_speaker_of_a_subjectless_saying_is_the_one_who_issued_it(
    text: str, plain: str
) -> None:
    assert claimant(plain)
    assert claimant(text) == claimant(plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The governor said an investigation showed that rebels shelled the hospital in Hama.",
            "The governor said that rebels shelled the hospital in Hama.",
        ),
        (
            "Activists said footage showed that regime jets bombed the market in Douma.",
            "Activists said that regime jets bombed the market in Douma.",
        ),
        (
            "The Observatory said an analysis found that Russian jets struck Ariha.",
            "The Observatory said that Russian jets struck Ariha.",
        ),
    ],
)
def test_evidence_that_shows_a_deed_is_not_its_claimant(text: str, plain: str) -> None:
    assert claimant(plain)
    assert claimant(text) == claimant(plain)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Jets struck a bakery in Douma" UNICEF said in a statement.', "UNICEF"),
        ('"Rebels shelled the clinic in Aleppo" Amnesty International said on Monday.', "AMNESTY"),
        (
            "Jets bombed the Syrian town of Ariha the Observatory said on Friday in a statement.",
            "SOHR",
        ),
    ],
)
def test_a_closing_speaker_is_found_when_the_commas_are_lost(text: str, speaker: str) -> None:
    assert claimant(text) == speaker


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            (
                "The Observatory said the helicopter crashed near Idlib adding that rebels had"
                " shelled the airbase at Abu Duhur."
            ),
            "The Observatory said rebels had shelled the airbase at Abu Duhur.",
        ),
        (
            (
                "The ministry said the convoy reached Homs adding that rebels shelled the road"
                " near Talbiseh."
            ),
            "The ministry said rebels shelled the road near Talbiseh.",
        ),
        (
            (
                "Activists said the bridge in Deir Ezzor collapsed adding that jets bombed the"
                " market in Mayadin."
            ),
            "Activists said jets bombed the market in Mayadin.",
        ),
    ],
)
def test_adding_that_speaks_for_the_one_who_said_not_for_what_was_said(
    text: str, plain: str
) -> None:
    assert claimant(plain)
    assert claimant(text) == claimant(plain)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, IS said it shelled the airport in Deir Ezzor.",
        "On Sunday IS said it bombed an army base near Tikrit.",
        "Late on Friday IS said its gunmen ambushed a convoy near Kirkuk.",
    ],
)
def test_a_name_the_tagger_took_for_is_still_speaks(text: str) -> None:
    assert claimant(text) == "ISIS"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("If the militias shell the town, the army will respond with rocket strikes.", "strikes"),
        ("If insurgents attack the convoy, the air force will respond with bombing raids.", "raids"),
        ("The navy would retaliate with missile strikes if the port were attacked.", "strikes"),
    ],
)  # fmt: skip
def test_the_means_of_a_future_reply_is_no_deed_done(text: str, trigger: str) -> None:
    events = [e for e in extract(text).events if e.trigger == trigger]
    assert all(e.claim.certainty != "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia will continue to bomb Idlib until the rebels surrender.", "bomb"),
        ("Iran will keep shelling Kurdish villages until the rebels disarm.", "shelling"),
        ("The militia said it would continue to attack convoys on the highway.", "attack"),
        ("Turkey warned it would retaliate against a Kurdish offensive on Afrin.", "offensive"),
        ("The army said it would repel a rebel assault on the airport.", "assault"),
        ("Ankara threatened it would avenge an Islamic State attack on Kilis.", "attack"),
    ],
)  # fmt: skip
def test_a_deed_that_will_go_on_or_is_not_singled_out_is_future(text: str, trigger: str) -> None:
    """ "will continue to bomb" names the future deed; under a modal, "a rebel assault" is
    no deed singled out (so none taken as done)."""
    events = [e for e in extract(text).events if e.trigger == trigger]
    assert events, text
    assert all(e.claim.certainty == "hypothetical" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The coalition would continue to lead airstrikes against the Islamic State in Raqqa.", "airstrikes"),
        ("Turkey vowed to retaliate for the Kurdish attack on its border post.", "attack"),
        ("The army continued to shell rebel positions in Daraa.", "shell"),
    ],
)  # fmt: skip
def test_a_deed_taken_as_done_stays_done(text: str, trigger: str) -> None:
    events = [e for e in extract(text).events if e.trigger == trigger]
    assert events, text
    assert events[0].claim.certainty == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The UN said it would investigate reports of a chemical attack by government forces on Douma.", "attack"),
        ("Amnesty said it would probe allegations of an airstrike by coalition jets on a market in Saada.", "airstrike"),
        ("The commission said it would investigate claims of a massacre by militiamen near Bentiu.", "massacre"),
    ],
)  # fmt: skip
def test_a_reported_deed_under_a_modal_is_not_made_future(text: str, trigger: str) -> None:
    events = [e for e in extract(text).events if e.trigger == trigger]
    assert events, text
    assert all(e.claim.certainty != "hypothetical" for e in events)
