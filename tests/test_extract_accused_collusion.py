"""A charge of collusion: "Z accused X of colluding with Y" -> X allied with Y, attributed to
the accuser Z (extract/accusedcollusion.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 1)


def _allied(text: str) -> set[tuple[str, str, str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {
        (r.source_actor, r.target_actor, r.claim.certainty, r.claim.attributed_to)
        for r in result.relations
        if r.kind == "allied"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Damascus on Friday accused Ankara of colluding with the Islamic State along the border.",
            ("TUR", "ISIS", "attributed", "SYR"),
        ),
        (
            "The YPG has been accused by Turkey of coordinating with the Syrian army around Aleppo.",
            ("YPG", "SYR_MIL", "attributed", "TUR"),
        ),
        (
            "Rebel commanders in Aleppo accuse the YPG of open collusion with the regime.",
            ("YPG", "SYR_GOV", "attributed", ""),  # the accusers are no actor: kept by text
        ),
        (
            "Baghdad accused the Kurdistan Regional Government of cooperating with Israel.",
            ("KRG", "ISR", "attributed", "IRQ"),
        ),
    ],
)
def test_the_accused_is_allied_with_its_partner_as_the_accusers_claim(text, expected):
    found = {(s, t, c): by for s, t, c, by in _allied(text)}
    assert expected[:3] in found
    assert found[expected[:3]] and found[expected[:3]].startswith(expected[3])


@pytest.mark.parametrize(
    "text",
    [
        # a charge of another deed is no alliance
        "Ankara accused the YPG of shelling border towns near Kilis.",
        # collusion told with no charge at all is not read here as an accusation
        "Turkish officials met Russian envoys to discuss cooperation in Syria.",
    ],
)
def test_no_alliance_without_a_charge_of_collusion(text):
    assert not _allied(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran accused Riyadh of conspiring with Israel against the Houthis.", ("SAU", "ISR", "attributed")),
        (
            "The Houthis were accused by Saudi Arabia of collaborating with Iran in the Red Sea.",
            ("HOUTHIS", "IRN", "attributed"),
        ),
        ("Damascus accused Jordan of complicity with the rebels in Daraa.", ("JOR", "GEN_REBELS", "attributed")),
    ],
)
def test_a_deed_on_the_charges_own_of_is_the_collusion(text, expected):
    assert expected in {(s, t, c) for s, t, c, _by in _allied(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the deed under another noun of the charge: what the accused lacked or ended
        "Kurdish officials accused Baghdad of an absence of coordination with the Peshmerga before the offensive on Kirkuk.",
        "Rebel leaders accused Ankara of the end of its cooperation with Russia around Idlib.",
        "The YPG was accused by Turkey of a lack of coordination with the Syrian army near Manbij.",
    ],
)
def test_a_deed_under_another_noun_of_the_charge_is_no_collusion(text):
    assert not _allied(text)
