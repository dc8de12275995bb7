"""Partners that are not partners: the guards on the co-doer "with", help to a deed, the
joint operation's partner and "backed by" after a passive (extract/codoers.py,
helpcues.py, jointpartners.py, relcues.py). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 2, 1)
_FRIENDLY = ("allied", "backs")


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str, str]]:
    return set(relations_found(text, PUBLISHED))


def _friends(ties: set[tuple[str, str, str, str]], a: str, b: str) -> bool:
    return any(kind in _FRIENDLY and {src, dst} == {a, b} for kind, src, dst, _c in ties)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("With militants shelling them from the hills, the soldiers abandoned the checkpoint near Hama.", "GEN_MILITANTS", "SYR_MIL"),
        ("Rebel fighters, with Russian jets bombing their trenches, retreated from the village.", "RUS_AIRFORCE", "GEN_REBELS"),
        ("With government aircraft pounding the town, Islamic State fighters fled toward Raqqa.", "SYR_MIL", "ISIS"),
        ("Syrian soldiers, with Islamic State gunmen firing at their posts, pulled back from the base.", "ISIS", "SYR_MIL"),
    ],
)  # fmt: skip
def test_a_co_doer_aimed_at_the_host_or_a_host_in_flight_is_no_partner(
    relations_found: Any, text: str, a: str, b: str
) -> None:
    assert not _friends(_ties(relations_found, text), a, b)


def test_a_co_doer_beside_an_advance_stays_a_partner(relations_found: Any) -> None:
    text = "With Iranian drones striking Kurdish positions, Turkish troops pushed into the village."
    ties = _ties(relations_found, text)
    assert ("allied", "IRN_MIL", "TUR_MIL", "asserted") in ties or _friends(ties, "TUR_MIL", "IRGC_AEROSPACE")


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Norway helped the rebels and the government hold negotiations in Oslo.", "NOR", "GEN_REBELS"),
        ("Oman helped the Houthis and Saudi Arabia break the stalemate in the talks.", "OMN", "HOUTHIS"),
        ("Qatar helped the Taliban hold a press conference in Doha.", "QAT", "TALIBAN"),
        ("Turkey helped the rebels clear the backlog of aid requests.", "TUR", "GEN_REBELS"),
    ],
)  # fmt: skip
def test_help_with_an_everyday_deed_or_to_two_sides_backs_no_one(
    relations_found: Any, text: str, helper: str, helped: str
) -> None:
    assert ("backs", helper, helped, "asserted") not in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Iran sent advisers to help the Houthis hold the port of Hodeidah.", "IRN", "HOUTHIS"),
        ("Russian jets helped the Syrian army break the siege of Deir ez-Zor.", "RUS_AIRFORCE", "SYR_MIL"),
        ("American advisers helped Iraqi troops clear the district of Islamic State fighters.", "USA_MIL", "IRQ_MIL"),
    ],
)  # fmt: skip
def test_help_with_an_everyday_verb_of_war_still_backs(
    relations_found: Any, text: str, helper: str, helped: str
) -> None:
    ties = _ties(relations_found, text)
    assert any(k == "backs" and d == helped and c == "asserted" for k, _s, d, c in ties), ties
    assert any(k == "backs" and s.startswith(helper[:3]) for k, s, _d, _c in ties)


@pytest.mark.parametrize(
    ("text", "doer", "partner", "enemy"),
    [
        ("Syrian troops launched a joint assault with Hezbollah fighters against Nusra Front positions near Zabadani.", "SYR_MIL", "HEZBOLLAH", "JABHAT_AL_NUSRA"),
        ("Iraqi soldiers launched a combined attack with the Peshmerga against Islamic State near Sinjar.", "IRQ_MIL", "PESHMERGA", "ISIS"),
        ("Kenyan troops mounted a joint raid with Somali commandos on an al-Shabaab camp.", "KEN_MIL", "SOM_MIL", "AL_SHABAAB"),
    ],
)  # fmt: skip
def test_a_joint_operations_partner_is_not_the_events_target(
    events_found: Any, text: str, doer: str, partner: str, enemy: str
) -> None:
    events = [e for e in events_found(text, PUBLISHED) if e.source_actor == doer]
    assert events, text
    assert all(e.target_actor != partner for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi army said it had begun a joint operation with the Popular Mobilization Forces against Islamic State in Tikrit.",
        "The Iraqi army announced that it launched a joint offensive with the Popular Mobilization Forces against Islamic State near Baiji.",
    ],
)  # fmt: skip
def test_a_pronoun_doer_of_a_joint_operation_is_the_speaker(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert _friends(ties, "IRQ_MIL", "PMF")
    assert not any(k == "fights" and {s, d} == {"IRQ_MIL", "PMF"} for k, s, d, _c in ties)


@pytest.mark.parametrize(
    ("text", "backer", "sufferer"),
    [
        ("Rebels were besieged by the army for months, backed by Russian jets.", "RUS_AIRFORCE", "GEN_REBELS"),
        ("Kurdish fighters were attacked for days, backed by Turkish jets.", "TUR_AIRFORCE", "GEN_KURDISH_FORCES"),
        ("The Houthis were bombarded by government troops for weeks, backed by Saudi warplanes.", "SAU_AIRFORCE", "HOUTHIS"),
    ],
)  # fmt: skip
def test_backing_after_a_passive_never_backs_the_side_that_suffered(
    relations_found: Any, text: str, backer: str, sufferer: str
) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "backs" and s == backer and d == sufferer for k, s, d, _c in ties)
