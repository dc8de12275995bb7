"""A class whose phrase names who leads it ("the Turkish-led forces", "Iraqi-led troops")
is the leader's side: never the enemy named before it, and with no antecedent the
leader's own forces (kb/actors/ledclasses.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import control_changes, extract

_AUTUMN_2016 = dt.date(2016, 9, 20)


def _actor_of(text: str, words: str) -> str:
    found = [m.actor_id for m in extract(text, _AUTUMN_2016).mentions if m.text == words]
    assert found, f"no mention {words!r}"
    return found[0]


def _captors(text: str) -> set[str]:
    return {new for kind, _p, new, _old in control_changes(text, _AUTUMN_2016) if kind == "capture"}


@pytest.mark.parametrize(
    ("text", "words", "leader_side"),
    [
        ("Islamic State militants had held Jarablus since 2013. On Wednesday the Turkish-led forces seized Jarablus after a day of shelling, officials in Ankara said.", "the Turkish-led forces", "TUR_MIL"),
        ("The jihadists dug in around the refinery town for months. Iraqi-led troops recaptured Baiji on Tuesday, the defence ministry said.", "Iraqi-led troops", "IRQ_MIL"),
        ("Jihadist units shelled the outskirts all week. The Russian-led units then overran Palmyra, according to state media.", "The Russian-led units", "RUS_MIL"),
    ],
)  # fmt: skip
def test_a_led_class_is_the_leaders_side(text: str, words: str, leader_side: str) -> None:
    assert _actor_of(text, words) == leader_side


@pytest.mark.parametrize(
    ("text", "taker"),
    [
        ("Islamic State militants had held Jarablus since 2013. On Wednesday the Turkish-led forces seized Jarablus after a day of shelling, officials in Ankara said.", "TUR_MIL"),
        ("Jihadist units shelled the outskirts all week. The Russian-led units then overran Palmyra, according to state media.", "RUS_MIL"),
    ],
)  # fmt: skip
def test_the_enemy_named_before_does_not_take_the_place(text: str, taker: str) -> None:
    assert _captors(text) == {taker}


def test_a_class_led_by_a_class_stays_that_class() -> None:
    """ "Islamist-led insurgents": no state or named group leads them, so no one's army."""
    text = "Islamist-led insurgents ambushed an army convoy near Idlib, killing nine soldiers."
    assert _actor_of(text, "Islamist-led insurgents") == "GEN_INSURGENTS"


def test_a_refined_leader_phrase_keeps_its_coalition() -> None:
    """ "US-led strikes" are the coalition's (phrases.yaml refinements), not the US army's."""
    text = "US-led strikes hit Islamic State positions near Raqqa on Monday."
    assert _actor_of(text, "US-led strikes") == "US_COALITION"


def test_a_class_with_no_leader_still_takes_its_antecedent() -> None:
    text = "Islamic State militants attacked the town at dawn. The fighters were driven back by Kurdish units."
    assert _actor_of(text, "The fighters") == "ISIS"


@pytest.mark.parametrize(
    "text",
    [
        "Coalition aircraft kept up raids on the jihadists. The U.S.-led global coalition said it had carried out 40 strikes near Mosul.",
        "The US-led alliance says its jets struck Islamic State oil sites near Deir ez-Zor overnight.",
    ],
)
def test_a_leader_of_a_known_coalition_gives_that_coalition_undated(text: str) -> None:
    """Undated copy: the coalition the data says the leader leads, not the leader's army."""
    led = [m.actor_id for m in extract(text, None).mentions if "-led" in m.text]
    assert led == ["US_COALITION"]


def test_a_class_led_by_a_group_is_not_the_group_itself() -> None:
    """ "Hezbollah-led fighters" may be more than Hezbollah (its allies with it): no guess."""
    text = "Rebels pulled back from the hills overnight. Hezbollah-led fighters overran Qusair on Saturday, a monitoring group said."
    assert _actor_of(text, "Hezbollah-led fighters") != "HEZBOLLAH"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kataib Hezbollah fighters massed on the edge of the farmland. The Iranian-led militias then took Jurf al-Sakhar from Islamic State.", "The Iranian-led militias"),
        ("Iran-led militias pushed Islamic State out of the village of Albu Ajil on Friday, a commander said.", "Iran-led militias"),
        ("Russian-led militias overran the village of Kinsabba from the rebels, a war monitor reported.", "Russian-led militias"),
    ],
)  # fmt: skip
def test_militias_led_by_a_state_are_not_its_army(text: str, words: str) -> None:
    """A class of its own sector ("militias") led by a state is not the state's army, and
    what it takes is not the state's."""
    assert _actor_of(text, words) not in {"IRN_MIL", "RUS_MIL", "IRN", "RUS"}
    assert not _captors(text) & {"IRN_MIL", "RUS_MIL", "IRN", "RUS"}
