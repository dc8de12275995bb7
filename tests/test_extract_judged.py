"""An act named inside a judgement of it: the judge is not its doer, the accused is."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 3, 12)


def events_of(text: str) -> list:
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0].events


def sides(text: str, event_type: str) -> list[tuple[str, str]]:
    return [(e.source_actor, e.target_actor) for e in events_of(text) if e.type == event_type]


def top_sides(text: str, event_type: str, kb) -> list[tuple[str, str]]:
    """Each event's sides as the parties they belong to ('' stays '')."""
    return [(a and kb.top_of(a), b and kb.top_of(b)) for a, b in sides(text, event_type)]


@pytest.mark.parametrize(
    ("text", "judge", "doer"),
    [
        (
            "The State Department condemned the shelling of Idlib by Syrian government forces.",
            "USA_STATE_DEPT",
            "SYR_MIL",
        ),
        (
            "Britain condemned the attack by Russian forces on a market in Kharkiv.",
            "GBR",
            "RUS_MIL",
        ),
        (
            "Turkey denounced the bombardment of Afrin by Syrian government forces on Sunday.",
            "TUR",
            "SYR_MIL",
        ),
    ],
)
def test_the_agent_of_a_condemned_act_is_its_doer_and_the_accused(
    engine, actor_kb, text: str, judge: str, doer: str
) -> None:
    doer = actor_kb.top_of(doer)
    assert [a for a, _ in top_sides(text, "ASSAULT", actor_kb)] == [doer]
    assert top_sides(text, "ACCUSE", actor_kb) == [(actor_kb.top_of(judge), doer)]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The minister blamed the Houthis for the missile attack on Marib.", "HOUTHIS"),
        ("Officials in Baghdad blamed the Islamic State for the car bombing in Karbala.", "ISIS"),
        ("Kyiv condemned Russia for the shelling of Kharkiv overnight.", "RUS"),
    ],
)
def test_an_act_blamed_on_a_party_is_done_by_it(engine, actor_kb, text: str, accused: str) -> None:
    top = actor_kb.top_of
    assert [top(a) for a, _ in sides(text, "ASSAULT")] == [top(accused)]


@pytest.mark.parametrize(
    "text",
    [
        "Washington condemned the attack on a hospital in Aleppo.",
        "The European Union denounced the shelling of a school near Donetsk.",
        # verbs of judgement whose first sense is another (events.yaml: judged.judge_words)
        "A State Department spokesman slammed the air strikes on the town of Daraya.",
        "The Turkish foreign ministry decried the shelling of Afrin on Sunday.",
        "The UN envoy lambasted the bombardment of hospitals in eastern Aleppo.",
        # verbs that also strike (judged.judge_words_of_acts) judge when their object is an act
        "Officials in Ankara blasted the air raids on Afrin.",
        "The Iranian foreign minister assailed the bombing of Sanaa.",
        "A government spokeswoman slammed the shelling of the port on Friday.",
    ],
)
def test_the_judge_of_an_act_is_not_its_doer(engine, text: str) -> None:
    assert [a for a, _ in sides(text, "ASSAULT")] == [""]


def test_an_act_the_speaker_launched_keeps_its_doer(engine) -> None:
    text = "Iraqi forces launched an attack on Ramadi on Monday."
    assert [a for a, _ in sides(text, "ASSAULT")] == ["IRQ_MIL"]


@pytest.mark.parametrize(
    ("text", "defender", "doer"),
    [
        ("Kurdish fighters fended off an Islamic State attack on Kobani.", "YPG", "ISIS"),
        ("Afghan troops thwarted a Taliban assault on Kunduz overnight.", "ANDSF", "TALIBAN"),
        (
            "Saudi air defences intercepted a Houthi drone attack on Jizan.",
            "SAU_AIRFORCE",
            "HOUTHIS",
        ),
        ("Iraqi forces repelled several coordinated attacks near Baiji.", "IRQ_MIL", ""),
    ],
)
def test_an_attack_met_by_a_defender_is_aimed_at_it(
    engine, actor_kb, text: str, defender: str, doer: str
) -> None:
    wanted = (doer and actor_kb.top_of(doer), actor_kb.top_of(defender))
    assert top_sides(text, "ASSAULT", actor_kb) == [wanted]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "slam", "blast", "assail" also strike: of a place, base or position they attack
        (
            (
                "Al-Shabab militants overran the village on Monday. "
                "They slammed the army base with mortar fire overnight."
            ),
            "AL_SHABAAB",
        ),
        (
            (
                "Houthi fighters advanced on the port. "
                "They blasted the coalition positions with artillery fire on Tuesday."
            ),
            "HOUTHIS",
        ),
        (
            (
                "Taliban fighters surrounded the district centre. "
                "They slammed the police headquarters with heavy gunfire before dawn."
            ),
            "TALIBAN",
        ),
    ],
)
def test_slamming_a_place_is_an_attack_not_a_judgement(
    engine, actor_kb, text: str, doer: str
) -> None:
    assert {a for a, _ in top_sides(text, "ASSAULT", actor_kb)} == {actor_kb.top_of(doer)}


@pytest.mark.parametrize(
    ("text", "verb", "judgement"),
    [
        ("Moscow slammed the decision to send more troops.", "slammed", True),
        ("A spokesman blasted the rebels in a statement on Sunday.", "blasted", True),
        ("The senator assailed the president over the withdrawal.", "assailed", True),
        ("The rebels blasted the checkpoint with rockets.", "blasted", False),
        ("Insurgents assailed the outpost from three sides.", "assailed", False),
        ("Gunmen slammed the convoy with machine-gun fire.", "slammed", False),
    ],
)
def test_harsh_verbs_judge_acts_statements_or_when_spoken(
    engine, text: str, verb: str, judgement: bool
) -> None:
    from frontwatch.extract.judged import judges

    token = next(t for t in engine.nlp(text) if t.text == verb)
    assert judges(token) is judgement


@pytest.mark.parametrize(
    ("text", "defender", "doer"),
    [
        # a phrasal verb defends with its particle ("beat back", "held off", "warded off")
        (
            "Somali troops beat back an al-Shabab assault on their base near Kismayo.",
            "SOM_MIL",
            "AL_SHABAAB",
        ),
        (
            "Government soldiers warded off a Houthi raid on the outskirts of Taiz.",
            "YEM_MIL",
            "HOUTHIS",
        ),
        (
            "Ukrainian units pushed back a Russian assault near Avdiivka on Friday.",
            "UKR_MIL",
            "RUS_MIL",
        ),
        # a counterattack is an attack: met by a defender, not done by it
        ("Iraqi troops fended off an ISIS counterattack in western Mosul.", "IRQ_MIL", "ISIS"),
    ],
)
def test_a_phrasal_defence_verb_makes_its_subject_the_target(
    engine, actor_kb, text: str, defender: str, doer: str
) -> None:
    wanted = (actor_kb.top_of(doer), actor_kb.top_of(defender))
    assert top_sides(text, "ASSAULT", actor_kb) == [wanted]


@pytest.mark.parametrize(
    ("text", "defender", "doer"),
    [
        # the parser reads "repelled" as the act noun's adjective after an aside or in quotes
        (
            (
                "The Yemeni army, supported by tribal fighters, repelled attacks by the Houthis "
                "on several fronts near Marib."
            ),
            "YEM_MIL",
            "HOUTHIS",
        ),
        (
            "The SDF, backed by coalition jets, repelled attacks by IS militants in Hajin.",
            "SDF",
            "ISIS",
        ),
        (
            'Houthi fighters "repelled" attacks on their positions near Marib, the group said.',
            "HOUTHIS",
            "",
        ),
        (
            'Al-Shabab said its fighters had "repelled" raids on their camps in Jilib.',
            "AL_SHABAAB",
            "",
        ),
    ],
)
def test_a_defence_verb_read_as_an_adjective_still_names_the_target(
    engine, actor_kb, text: str, defender: str, doer: str
) -> None:
    wanted = (doer and actor_kb.top_of(doer), actor_kb.top_of(defender))
    assert top_sides(text, "ASSAULT", actor_kb) == [wanted]


def test_beat_without_its_particle_defends_nothing(engine, actor_kb) -> None:
    found = top_sides(
        "Nigerian troops beat the militants in a fierce battle near Maiduguri.", "ASSAULT", actor_kb
    )
    assert all(target != actor_kb.top_of("NGA_MIL") for _, target in found)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Kurdish fighters launched a counterattack on IS positions near Kobani.", "YPG", "ISIS"),
        (
            "The army mounted a counter-attack against the rebels near Hama.",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "A Houthi counterattack on government troops near Marib was repelled.",
            "HOUTHIS",
            "YEM_MIL",
        ),
    ],
)
def test_a_counterattack_is_an_attack(engine, actor_kb, text: str, doer: str, target: str) -> None:
    wanted = (actor_kb.top_of(doer), actor_kb.top_of(target))
    assert wanted in top_sides(text, "ASSAULT", actor_kb)
