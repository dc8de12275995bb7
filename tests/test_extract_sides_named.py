"""Event sides the sentence names win over sides filled in from the article.

- "were killed in clashes with X", "wounded in a firefight against X", "killed amid clashes
  with X": the dead fell to the side they fought; "T came under attack by X": T undergoes
  X's act (extract/arguments.py).
- "X were able / ready to launch attacks", "said that X positioned in T fired", "a bombing
  blamed on X": X is the doer (extract/verbsubjects.py, events.yaml).
- "X repelled the attacks", where the act told before gives X as the doer: the named
  defender stays the target and the doer carried over is dropped (extract/sides.py).
- "gunmen", "warplanes": who acted, not for whom, so never the article's one enemy of a
  side (extract/sides.py).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def _assaults(events_found: Any, text: str) -> list[Any]:
    return [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


def _event(events_found: Any, text: str, trigger: str) -> Any:
    found = [e for e in _assaults(events_found, text) if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0]


# (sentence, trigger, doer, target): both sides named, in ways the parse hides
_FOUGHT = [
    # "came under attack by X": the subject undergoes it, the doer hangs on the verb
    (
        "Syrian army positions came under attack by Nusra Front fighters near Hama.",
        "attack",
        "JABHAT_AL_NUSRA",
        "SYR_MIL",
    ),
    (
        "A Turkish convoy came under heavy shelling from Kurdish militants.",
        "shelling",
        "GEN_KURDISH_FORCES",
        "TUR",
    ),
    (
        "Kurdish positions came under Turkish air strikes on Sunday.",
        "strikes",
        "TUR_AIRFORCE",
        "GEN_KURDISH_FORCES",
    ),
    # "killed in clashes with X": the dead fell to the side they fought
    (
        "Seven soldiers were killed in clashes with Islamic State militants near Palmyra.",
        "killed",
        "ISIS",
        "SYR_MIL",
    ),
    (
        (
            "Three Kurdish fighters were wounded in a firefight against Islamic State jihadists "
            "outside Raqqa."
        ),
        "wounded",
        "ISIS",
        "YPG",
    ),
    (
        "At least 20 militants were killed amid clashes with the Iraqi army in Anbar province.",
        "killed",
        "IRQ_MIL",
        "GEN_MILITANTS",
    ),
    (
        "Five policemen were killed during a gun battle with Taliban insurgents in Helmand.",
        "killed",
        "TALIBAN",
        "ANP",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "doer", "target"), _FOUGHT)
def test_both_sides_named(
    text: str, trigger: str, doer: str, target: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert (event.source_actor, event.target_actor) == (doer, target)
    assert event.source_text, "the sentence names the doer"


def test_fighting_with_x_may_be_at_x_side(events_found: Any) -> None:
    """ "fighting with X" as often means beside X: no doer from it."""
    text = "Two rebels were killed in the fighting with the Free Syrian Army near Azaz."
    event = _event(events_found, text, "killed")
    assert event.source_actor != "FSA"


# (sentence, trigger, doer): doers the sentence names in ways the parse hides
_NAMED_DOERS = [
    # "X were able / ready to launch attacks": X launches
    (
        "Islamic State militants have been able to launch attacks on Kobani from the hills.",
        "launch",
        "ISIS",
    ),
    (
        "Rebel fighters were ready to carry out raids on army posts near Daraa on Sunday.",
        "raids",
        "GEN_REBELS",
    ),
    # "blamed on X": the preposition read as the word "on", not as YAML's true
    (
        "A car bombing blamed on the Islamic State killed 12 people in Azaz on Monday.",
        "killed",
        "ISIS",
    ),
    (
        "Rocket fire blamed on rebels wounded five people in Latakia on Sunday.",
        "wounded",
        "GEN_REBELS",
    ),
    (
        "A roadside bomb blamed on the Kurdistan Workers' Party killed two policemen in Diyarbakir.",
        "killed",
        "PKK",
    ),
    # "killed in rebel shelling": the parser may read "rebel" as the object, "shelling" a verb
    ("Three civilians were killed in rebel shelling of western Aleppo.", "killed", "GEN_REBELS"),
    (
        "Two children and a teacher were killed in Syrian regime airstrikes on a clinic near Hama.",
        "killed",
        "SYR_AIRFORCE",
    ),
    ("Two medics were wounded in regime shelling of a clinic in Kafr Zita.", "wounded", "SYR_MIL"),
    # "X struck T, the army said, killing 20": the participle goes on X's act, not the speaker's
    (
        "Turkish jets pounded Kurdish positions, the Turkish army said, killing 20 YPG fighters.",
        "killing",
        "TUR_AIRFORCE",
    ),
    (
        "Government forces pushed into the town, the army said, killing dozens of militants.",
        "killing",
        "GEN_GOV_FORCES",
    ),
    # "X claimed responsibility / took credit for the attack": X did it
    ("The Islamic State claimed responsibility for the bombing in Qamishli.", "bombing", "ISIS"),
    ("The Pakistani Taliban took responsibility for the attack on the school.", "attack", "TTP"),
    ("The Islamic State claimed credit for the attack in a statement.", "attack", "ISIS"),
    # "said that X positioned in T fired": the parser makes "X positioned in T" a clause
    (
        (
            "A police source told SANA that terrorists positioned in the Jobar district fired "
            "a number of mortar shells on the Abbasiyin area, injuring four civilians."
        ),
        "fired",
        "GEN_TERRORISTS",
    ),
    (
        (
            "The governor said that militants entrenched in the nearby orchards targeted the "
            "hospital on Sunday."
        ),
        "targeted",
        "GEN_MILITANTS",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "doer"), _NAMED_DOERS)
def test_the_sentence_names_the_doer(text: str, trigger: str, doer: str, events_found: Any) -> None:
    assert _event(events_found, text, trigger).source_actor == doer


@pytest.mark.parametrize(
    ("text", "defender"),
    [
        (
            (
                "Kurdish fighters shelled Islamic State positions near Tal Abyad on Saturday. "
                "On Sunday the YPG managed to repel the attacks on its lines."
            ),
            "YPG",
        ),
        (
            (
                "Government troops bombarded rebel districts of Daraa on Monday. "
                "The army repelled the attacks after a night of heavy fighting."
            ),
            "SYR_MIL",
        ),
    ],
)
def test_a_named_defender_stays_the_target(text: str, defender: str, events_found: Any) -> None:
    event = _event(events_found, text, "attacks")
    assert event.target_actor == defender
    assert event.source_actor != defender


@pytest.mark.parametrize(
    ("text", "trigger", "sideless"),
    [
        (
            (
                "Unknown warplanes struck a Free Syrian Army base on Friday. "
                "The rebels later overran a checkpoint near Jisr al-Shughur."
            ),
            "overran",
            "GEN_UNIDENTIFIED_AIRCRAFT",
        ),
        (
            (
                "Unidentified gunmen attacked a rebel checkpoint near Idlib on Monday, killing two. "
                "On Tuesday, rebels stormed the village of Kafr Nabl."
            ),
            "stormed",
            "GEN_GUNMEN",
        ),
    ],
)
def test_a_class_of_no_side_is_no_one_s_known_enemy(
    text: str, trigger: str, sideless: str, events_found: Any
) -> None:
    event = _event(events_found, text, trigger)
    assert event.source_actor and event.target_actor != sideless


@pytest.mark.parametrize(
    ("text", "published", "doer"),
    [
        (
            "US-led strikes on Raqqa killed more than 20 Islamic State jihadists.",
            PUBLISHED,
            "US_COALITION",
        ),
        ("US-led forces pounded Islamic State positions west of Mosul.", PUBLISHED, "US_COALITION"),
        ("Saudi-led strikes hit a market in Saada on Tuesday.", PUBLISHED, "SAUDI_COALITION"),
        ("Saudi-led warplanes bombed Houthi positions near Sanaa.", PUBLISHED, "SAUDI_COALITION"),
        # before the coalition against the Islamic State there was none to lead
        ("US-led forces pounded positions near Baghdad.", dt.date(2003, 4, 2), ""),
    ],
)
def test_strikes_led_by_a_state_are_its_coalition_s(
    text: str, published: dt.date, doer: str, events_found: Any
) -> None:
    """ "US-led strikes", "Saudi-led warplanes": the coalition the state leads (phrases.yaml)."""
    doers = {e.source_actor for e in events_found(text, published) if e.type == "ASSAULT"}
    assert (doer in doers) if doer else not doers & {"US_COALITION", "SAUDI_COALITION"}, doers


# (sentence, trigger, actor, whether the actor is the target)
_TARGETS = [
    # "hit the Syrian capital": the city, not the state, was hit
    ("Three blasts hit the Syrian capital near a shrine.", "hit", "SYR", False),
    ("Two bombers struck the Iraqi city of Tikrit, killing nine.", "struck", "IRQ", False),
    ("Rebel rockets pounded the Syrian coastal city of Latakia.", "pounded", "SYR", False),
    # the state itself, or what it owns
    ("Turkish artillery shelled Syria on Monday.", "shelled", "SYR", True),
    ("Israeli jets struck Syrian targets near Damascus.", "struck", "SYR", True),
    # "ambushed a convoy of X", "bombed a group of X": X is hit (object_classes.body)
    ("Militants ambushed a convoy of Turkish troops near al-Bab.", "ambushed", "TUR_MIL", True),
    ("Rebels attacked a column of Syrian soldiers outside Hama.", "attacked", "SYR_MIL", True),
    ("Jets bombed a group of Nusra Front fighters in Idlib.", "bombed", "JABHAT_AL_NUSRA", True),
    (
        "Jets killed twelve members of the Nusra Front near Idlib.",
        "killed",
        "JABHAT_AL_NUSRA",
        True,
    ),
    # a capital stormed or taken is taken from the state
    ("Houthi fighters stormed the Yemeni capital on Sunday.", "stormed", "YEM", True),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "hit"), _TARGETS)
def test_the_target_is_who_was_hit_not_whose_place(
    text: str, trigger: str, actor: str, hit: bool, events_found: Any
) -> None:
    assert (_event(events_found, text, trigger).target_actor == actor) is hit
