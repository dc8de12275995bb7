"""Two misreadings of US military copy that made the sample report say the SDF and Iraq back
the Islamic State: "deliver" with a blow or a defeat as its object is no aid, and the name
after "counter-" (as after "anti-") is the side an act or a force is against, never its doer or
its backer. Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import extract


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in extract(text).relations}


def _acts(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Washington will help the Iraqi government deliver a final defeat to the Islamic State.",
        "Coalition bombers delivered heavy blows to Islamic State positions near Hit on Monday.",
        "Turkish artillery delivered a sharp setback to the Kurdish militia around Afrin.",
    ],
)
def test_delivering_a_blow_or_a_defeat_is_no_aid_and_backs_no_one(text: str) -> None:
    assert not [t for t in _ties(text) if t[0] == "backs"], _ties(text)
    assert "AID" not in [kind for kind, _, _ in _acts(text)], _acts(text)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Russia delivered S-300 missile systems to the Syrian government last year.", "RUS", "SYR_GOV"),
        ("Iran delivered rockets and ammunition to the Houthis, officials said.", "IRN", "HOUTHIS"),
    ],
)
def test_delivering_arms_still_backs_the_one_armed(text: str, backer: str, backed: str) -> None:
    assert ("backs", backer, backed) in _ties(text), _ties(text)
    assert ("AID", backer, backed) in _acts(text), _acts(text)


def test_delivering_food_is_still_aid() -> None:
    acts = _acts("The United Nations delivered flour and medicine to families in Madaya.")
    assert [kind for kind, _, _ in acts] == ["AID"] and acts[0][1] == "UN", acts


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets carried out counter-ISIL strikes west of Raqqa on Sunday.",
        "Allied aircraft made counter-ISIS air raids over Mosul throughout the night.",
        "Coalition warplanes are conducting counter-Daesh air strikes near Hajin.",
    ],
)
def test_the_name_after_counter_is_the_acts_target_not_its_doer(text: str) -> None:
    acts = [a for a in _acts(text) if a[0] == "ASSAULT"]
    assert acts and all(source != "ISIS" for _, source, _ in acts), acts
    assert not [t for t in _ties(text) if t[0] == "fights" and t[1] == "ISIS"], _ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops, with the support of the counter-ISIL coalition, pushed into western Mosul.",
        "Backed by the counter-ISIS coalition, Kurdish fighters advanced on Manbij.",
        "The counter-Daesh coalition supports the Syrian Democratic Forces with air strikes.",
    ],
)
def test_a_counter_x_force_backing_someone_is_not_x(text: str) -> None:
    assert not [t for t in _ties(text) if t[1] == "ISIS" and t[0] in ("backs", "allied")], _ties(text)


def test_a_name_without_the_prefix_still_does_the_act() -> None:
    acts = _acts("Islamic State strikes on Kurdish positions near Kobani killed four fighters.")
    assert any(kind == "ASSAULT" and source == "ISIS" for kind, source, _ in acts), acts
