"""How far a doubt reaches: a tie that describes a side ("militias allied to X") is not
hedged with the deed around it; an assault an effort under way is fighting for ("trying to
retake T") is fought, though the capture is only aimed at; a doubt on the words or footage
that tell a deed ("a video purportedly showing X shelling T") reaches the deed told, and
no further (a clause beside it keeps its own certainty)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

from frontwatch.records import PLAIN_FACT_CERTAINTIES

PUBLISHED = dt.date(2016, 6, 14)


@lru_cache(maxsize=64)
def extract(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


def ties(text: str, kind: str) -> list[Any]:
    found = [r for r in extract(text).relations if r.kind == kind]
    assert found, f"no {kind} tie in {text!r}"
    return found


def assaults(text: str) -> list[Any]:
    found = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert found, f"no ASSAULT in {text!r}"
    return found


# ---- a tie that describes a side is not hedged with the clause around it -------------


@pytest.mark.parametrize(
    "text",
    [
        "The conflict seems to be pulling in Hezbollah fighters allied to the Syrian government.",
        "Moscow is believed to be arming Kurdish fighters allied to the United States.",
        "The fighting appears to have drawn in Iraqi Shiite militias allied to Damascus.",
    ],
)
def test_alliance_describing_a_side_is_not_hedged(text: str) -> None:
    allied = ties(text, "allied")
    assert all(t.claim.certainty in PLAIN_FACT_CERTAINTIES for t in allied), [
        (t.source_actor, t.target_actor, t.claim.certainty) for t in allied
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah appears to be allied to the Syrian government now.",
        "Hezbollah is believed to be allied with the Syrian government.",
    ],
)
def test_alliance_stated_as_the_clause_itself_stays_hedged(text: str) -> None:
    allied = ties(text, "allied")
    assert all(t.claim.certainty == "hedged" for t in allied)


# ---- an assault under way is fought; the capture it aims at is not made -------------


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Syrian army units are still trying to recapture Morek from the rebels.", "asserted"),
        ("Iraqi troops have been working to clear Islamic State militants out of Bashiqa.", "asserted"),
        ("Government troops began on Sunday to recapture rebel-held districts of Homs.", "asserted"),
        (
            "Kurdish fighters are battling to drive Islamic State out of Manbij, a YPG spokesman said.",
            "attributed",
        ),
    ],
)
def test_assault_of_an_effort_under_way_is_plain_but_not_the_capture(
    text: str, certainty: str
) -> None:
    result = extract(text)
    assert any(e.claim.certainty == certainty for e in assaults(text))
    captures = [c for c in result.control_changes if c.kind == "capture"]
    assert captures and all(c.claim.certainty == "hypothetical" for c in captures)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army will try to recapture Morek from the rebels next month.",
        "Damascus plans an offensive to win back Deir ez-Zor from the jihadists.",
        "Kurdish commanders vowed to drive Islamic State out of Manbij before the winter.",
        "Turkey may attempt to seize Tal Rifaat from Kurdish fighters.",
    ],
)
def test_assault_of_an_effort_not_yet_begun_stays_hypothetical(text: str) -> None:
    assert all(e.claim.certainty == "hypothetical" for e in assaults(text))


def test_offensive_launched_in_a_bid_to_take_a_town_is_fought() -> None:
    text = (
        "The operation was launched by Islamic State fighters last May in a bid to seize "
        "the government-held town of Tadmur."
    )
    assert all(e.claim.certainty == "asserted" for e in assaults(text))
    assert all(c.claim.certainty == "hypothetical" for c in extract(text).control_changes)


# ---- a doubt on what tells the deed reaches the deed, and no further ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Activists shared a video purportedly showing rebels shelling an army checkpoint near Daraa.",
        "Unverified footage showed gunmen storming a police station in Ramadi.",
        "The rebels allegedly announced that they had overrun the airbase at Abu Duhur.",
        "The Observatory reportedly said that government jets had bombed a bakery in Ariha.",
    ],
)
def test_doubt_on_the_telling_hedges_the_deed(text: str) -> None:
    assert all(e.claim.certainty == "hedged" for e in assaults(text))


def test_doubt_on_one_clause_does_not_reach_the_next() -> None:
    text = "Russian jets reportedly bombed Saraqeb on Friday and rebels shelled the airbase at Hama."
    by_trigger = {e.trigger: e.claim.certainty for e in assaults(text)}
    assert by_trigger.get("bombed") == "hedged"
    assert by_trigger.get("shelled") == "asserted"


def test_footage_released_without_doubt_tells_the_deed_plainly() -> None:
    text = "A video released by the army shows soldiers raising the flag over the citadel of Palmyra."
    assert all(e.claim.certainty in PLAIN_FACT_CERTAINTIES for e in assaults(text))


# ---- what frames a statement is the article's word, not the speaker's ---------------


@pytest.mark.parametrize(
    "text",
    [
        "After storming Manbij, the Syrian Democratic Forces said they would advance on al-Bab.",
        "Having seized the dam, the Kurdish-led alliance announced that it would push on to Tabqa.",
        "As rebels shelled the western districts of Aleppo, the army said it was readying a reply.",
    ],
)
def test_deed_told_before_the_speaker_is_asserted(text: str) -> None:
    assert all(e.claim.certainty == "asserted" for e in assaults(text))
    assert all(not e.claim.attributed_to for e in assaults(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We stormed Tal Hamis after a long battle," an Islamic State commander said.', ""),
        ("The rebels said on Sunday that they had shot down a jet over Idlib.", ""),
        ("Islamic State fighters stormed Tal Hamis, the group said in a statement.", "ISIS"),
    ],
)
def test_statement_itself_stays_attributed(text: str, speaker: str) -> None:
    told = assaults(text)
    assert all(e.claim.certainty == "attributed" for e in told)
    assert not speaker or all(e.claim.attributed_to == speaker for e in told)


# ---- a deed no one could verify is unsure, not denied -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The air strike on the bakery in Ariha could not be independently confirmed.",
        "The shelling of the Jobar district could not be verified by reporters.",
        "Journalists were unable to verify the capture of Tal Abyad by Kurdish fighters.",
        "AFP could not independently confirm the raid on the market in Douma.",
    ],
)
def test_deed_that_could_not_be_verified_is_hedged(text: str) -> None:
    told = assaults(text)
    assert all(e.claim.certainty == "hedged" for e in told)
    assert all(not e.claim.attributed_to for e in told)  # the one who could not verify says nothing


@pytest.mark.parametrize(
    "text",
    [
        "The army denied the raid on the market in Douma.",
        "Russian jets did not strike the hospital in Idlib, the ministry said.",
    ],
)
def test_deed_denied_stays_negated(text: str) -> None:
    assert all(e.claim.certainty == "negated" for e in assaults(text))


# ---- a quotation runs on past the sentence that names its speaker -------------------


def _by_trigger(text: str) -> dict[str, Any]:
    return {e.trigger: e.claim for e in extract(text).events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            ('A YPG spokesman said: "Our units have reached Tal Abyad. Islamic State fighters '
            'fled toward Raqqa after heavy clashes."'),
            "fled",
        ),
        (
            ('"Kurdish fighters entered Tal Abyad at dawn," the spokesman said. "Islamic State '
            'fighters then fled toward Raqqa."'),
            "fled",
        ),
        (
            ('The governor told reporters: "The army has retaken the hospital in Tikrit. '
            'Militants shelled the old market overnight."'),
            "shelled",
        ),
    ],
)
def test_sentence_inside_the_quotation_is_the_speakers_word(text: str, trigger: str) -> None:
    claim = _by_trigger(text)[trigger]
    assert claim.certainty == "attributed"
    assert claim.attributed_to


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            ('"We entered Tal Abyad at dawn," the spokesman said. Islamic State fighters fled '
            "toward Raqqa on Friday."),
            "fled",
        ),
        ('Rebels shelled the town of Mhardeh on Monday. "It was a terrible night," a resident said.', "shelled"),
    ],
)
def test_sentence_outside_the_quotation_keeps_the_articles_voice(text: str, trigger: str) -> None:
    assert _by_trigger(text)[trigger].certainty == "asserted"


# ---- a claim denied in the next sentence; no word either way ------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Rebels said they had stormed the village of Tal Hamis. The Syrian army denied the claim.", "SYR_MIL"),
        (
            ("Activists said Russian jets had bombed a market in Ariha. Moscow rejected the "
            "reports as fabricated."),
            "RUS",
        ),
        (
            ("Islamic State said its fighters had seized Qaryatain. Syrian state media denied "
            "the report, saying troops still held the town."),
            "SYRIAN_STATE_TV",
        ),
    ],
)
def test_claim_denied_in_the_next_sentence_is_negated(text: str, denier: str) -> None:
    claimed = [e for e in assaults(text) if e.trigger != "denied"]
    assert claimed and all(e.claim.certainty == "negated" for e in claimed)
    assert all(e.claim.attributed_to == denier for e in claimed)  # the one who denies says so


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they had shelled the airbase at Hama. The army did not deny the claim.",
        "Rebels said they had stormed Tal Hamis. The army denied the claim that its soldiers had fled.",
        "Jets bombed a market in Ariha on Monday. Moscow denied the reports.",
    ],
)
def test_next_sentence_that_denies_nothing_told_before_leaves_it_plain(text: str) -> None:
    assert all(e.claim.certainty in PLAIN_FACT_CERTAINTIES for e in assaults(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel neither confirmed nor denied the strike on the airbase near Homs.",
        "The Pentagon would neither confirm nor deny the raid on the village near Idlib.",
    ],
)
def test_neither_confirmed_nor_denied_is_hedged(text: str) -> None:
    assert all(e.claim.certainty == "hedged" for e in assaults(text))


# ---- a side seen doing a deed is no standing description of it ----------------------


def test_fight_seen_in_doubted_footage_is_hedged() -> None:
    text = "Unverified footage showed Kurdish fighters shelling Islamic State positions near Raqqa."
    assert all(t.claim.certainty == "hedged" for t in ties(text, "fights"))


def test_fight_seen_by_witnesses_stays_plain() -> None:
    text = "Residents watched Turkish troops shelling Kurdish positions near Afrin."
    assert all(t.claim.certainty == "asserted" for t in ties(text, "fights"))


def test_side_described_by_its_fight_keeps_it_under_a_hedge() -> None:
    text = "Jets of the coalition fighting Islamic State may have struck the convoy near Deir ez-Zor."
    described = [t for t in ties(text, "fights") if t.trigger == "fighting"]
    assert described and all(t.claim.certainty == "asserted" for t in described)
