"""A government statement's own acts and stance in the wordings the twelfth batch showed
missed (#12/#13, statements):

- an official who signs the statement speaks for its issuer as its "we" does: "I
  congratulate X on ...", "I urge X to ..." (events.yaml ``voice.pronouns``,
  ``voice.own_voice_words``; extract/voice.py);
- a demand the statement makes in its own words with no speaker ("Iran must cease its
  attacks") is its issuer's (extract/voice.py ``_our_demand``), not a quoted or reported one's;
- a stance taken "side by side" or "shoulder to shoulder" with a side backs it (the
  manner phrase is no scene), and the cause it is taken in names the side's enemy by its
  aim as well as by "against" ("in their mission to defeat Z"; relations.yaml
  ``stance_cause_nouns``, ``stance_aim_verbs``; extract/sidetaking.py);
- help promised ("We are committed / ready to help Y retake T") is the promiser's:
  extract/helpcues.py finds the helper through the adjective the help hangs on.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 7, 4)
STATE_DEPARTMENT = "U.S. Department of State press statement"


@lru_cache(maxsize=64)
def _result(text: str, source: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED], sources=[source])[0]
    assert not result.error, result.error
    return result


def acts(text: str, kind: str, source: str = "") -> set[tuple[str, str]]:
    return {
        (e.source_actor, e.target_actor) for e in _result(text, source).events if e.type == kind
    }


def ties(text: str, source: str = "") -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in _result(text, source).relations}


# --- an official's "I" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "act"),
    [
        (
            "I congratulate the Iraqi government on the liberation of Mosul. We honor the sacrifices of Iraqi forces.",
            "SUPPORT",
            ("USA", "IRQ_GOV"),
        ),
        (
            "Britain condemns the bombing in Kabul. I urge the Taliban to halt their offensive.",
            "REQUEST",
            ("GBR", "TALIBAN"),
        ),
        (
            "France condemns the attack in Gao. I call upon the jihadists to lay down their arms.",
            "REQUEST",
            ("FRA", "GEN_JIHADISTS"),
        ),
    ],
)
def test_an_officials_i_speaks_for_the_issuer(text: str, kind: str, act: tuple[str, str]) -> None:
    assert act in acts(text, kind, STATE_DEPARTMENT if act[0] == "USA" else ""), acts(text, kind)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"I congratulate the Iraqi army on the liberation of Mosul," a resident said.',
            STATE_DEPARTMENT,
        ),
        ("I congratulate the Iraqi army on the liberation of Mosul.", "Reuters"),  # no issuer
    ],
)
def test_a_quoted_or_unowned_i_is_not_the_issuer(text: str, source: str) -> None:
    assert all(a != "USA" for a, _ in acts(text, "SUPPORT", source)), acts(text, "SUPPORT", source)


# --- the statement's own demand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The United States condemns the missile strikes on Erbil. Iran must immediately cease its attacks on Iraqi territory.",
            ("USA", "IRN"),
        ),
        (
            "Britain condemns the shelling of Aleppo. The regime must allow aid convoys into the city.",
            ("GBR", "SYR_GOV"),
        ),
        (
            "France strongly condemns the attack in Gao. The jihadists must release the hostages at once.",
            ("FRA", "GEN_JIHADISTS"),
        ),
    ],
)
def test_a_statements_own_demand_is_its_issuers(text: str, act: tuple[str, str]) -> None:
    assert act in acts(text, "REQUEST"), acts(text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            'The United States condemns the strikes. "Iran must cease its attacks," a Kurdish official said.',
            "GEN_KURDS",
        ),
        ("The United States condemns the attack. Russia said the rebels must leave Aleppo.", "RUS"),
        (
            "Britain condemns the shelling. The regime must allow aid into the city, the UN said.",
            "UN",
        ),
    ],
)
def test_a_quoted_or_reported_demand_keeps_its_speaker(text: str, asker: str) -> None:
    askers = {a for a, _ in acts(text, "REQUEST")}
    assert askers == {asker}, acts(text, "REQUEST")


# --- a stance side by side, and its cause's aim ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The coalition will continue to stand side by side with the Iraqi forces in their mission to defeat ISIS.",
            ("backs", "US_COALITION", "IRQ_MIL"),
        ),
        (
            "The coalition will continue to stand side by side with the Iraqi forces in their mission to defeat ISIS.",
            ("fights", "IRQ_MIL", "ISIS"),
        ),
        (
            "France will stand side by side with the Malian army in its fight against the jihadists.",
            ("backs", "FRA", "MLI_MIL"),
        ),
        (
            "Britain condemns the bombing in Kabul. We stand shoulder to shoulder with the Afghan army in its campaign to defeat the Taliban.",
            ("fights", "ANDSF", "TALIBAN"),
        ),
    ],
)
def test_a_stance_side_by_side_backs_and_its_aim_names_the_enemy(
    text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in ties(text), ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Malian soldiers stood side by side at the checkpoint in Gao.",
        "Britain stands side by side with the Afghan army in its campaign to win the trust of villagers.",
    ],
)
def test_a_scene_or_a_peaceful_aim_names_no_enemy(text: str) -> None:
    assert not {t for t in ties(text) if t[0] == "fights"}, ties(text)


# --- help promised ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "France condemns the attack in Gao. We are committed to help Malian forces drive the jihadists out of the towns they still hold.",
            ("backs", "FRA", "MLI_MIL"),
        ),
        (
            "Britain condemns the bombing. We remain ready to help the Afghan army retake the districts it lost to the Taliban.",
            ("backs", "GBR", "ANDSF"),
        ),
        (
            "Turkey is determined to help the rebels push the Kurdish militia back across the river.",
            ("backs", "TUR", "GEN_REBELS"),
        ),
    ],
)
def test_help_promised_to_a_side_backs_it(text: str, tie: tuple[str, str, str]) -> None:
    assert tie in ties(text), ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government is committed to helping farmers rebuild their farms.",
        "Qatar is ready to help the two sides hold talks in Doha.",
    ],
)
def test_help_to_people_or_to_talks_backs_no_one(text: str) -> None:
    assert not {t for t in ties(text) if t[0] == "backs"}, ties(text)


# --- support given in a side's cause --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The United States supports the Syrian Democratic Forces in their mission to defeat ISIS.",
            ("fights", "SDF", "ISIS"),
        ),
        (
            "Coalition aircraft support Iraqi security forces in their campaign to defeat ISIL.",
            ("fights", "IRQ_MIL", "ISIS"),
        ),
        (
            "Russia backs the Syrian army in its offensive to crush the rebels in Idlib.",
            ("fights", "SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_the_side_supported_in_a_cause_fights_its_enemy(
    text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in ties(text), ties(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The United States supports the Iraqi government in its campaign to rebuild Mosul.",
            "IRQ_GOV",
        ),
        ("Britain supports the Afghan army in its effort to recruit more women.", "ANDSF"),
    ],
)
def test_a_cause_of_peace_names_no_enemy(text: str, side: str) -> None:
    assert not {t for t in ties(text) if t[0] == "fights" and side in t}, ties(text)


# --- an attack's claim hung on its place or on the verb judging it ----------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Britain condemns the terrorist attack in Kabul, which was claimed by the Taliban.",
            "TALIBAN",
        ),
        (
            "The United States strongly condemns the barbaric terrorist attacks yesterday in Damascus and Homs, Syria, now claimed by ISIL.",
            "ISIS",
        ),
        (
            "France condemns the jihadist bombings in Gao and Timbuktu on Sunday, later claimed by al-Qaeda.",
            "AL_QAEDA",
        ),
    ],
)
def test_a_claim_names_the_attacker_and_the_one_accused(text: str, doer: str) -> None:
    assert {a for a, _ in acts(text, "ASSAULT")} == {doer}, acts(text, "ASSAULT")
    assert {b for _, b in acts(text, "ACCUSE")} == {doer}, acts(text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        (
            "Britain condemns the terrorist attack in Kabul, which was visited by a Taliban envoy.",
            "TALIBAN",
        ),
        (
            "The United States condemns the attacks in Idlib, a province held by the rebels.",
            "GEN_REBELS",
        ),
    ],
)
def test_a_place_described_names_no_attacker(text: str, stranger: str) -> None:
    assert all(a != stranger for a, _ in acts(text, "ASSAULT")), acts(text, "ASSAULT")
