"""Review fixes to how sure a claim is (fifteenth session): a deed asked about under a
comment stays a question; a fight that is over no longer makes what it was for an aim; a
former member speaks for his old side no more; "reports from inside the town" come from no
one. Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracted import extract


def claims(text: str, trigger: str) -> list[tuple[str, str]]:
    found = [e for e in extract(text).events if e.trigger == trigger]
    assert found, (text, [e.trigger for e in extract(text).events])
    return [(e.claim.certainty, e.claim.attributed_to) for e in found]


def changes(text: str) -> list[tuple[str, str]]:
    return [(c.place_text, c.claim.certainty) for c in extract(text).control_changes]


def ties(text: str) -> list[Any]:
    return [(r.kind, r.claim.certainty) for r in extract(text).relations]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moscow refused to comment on whether Russian jets would bomb rebel positions in Idlib.", "bomb"),
        ("The army declined to comment on if its troops would attack the rebels in Daraa.", "attack"),
        ("Ankara would not comment on whether Turkish troops could shell Kurdish positions near Afrin.", "shell"),
    ],
)  # fmt: skip
def test_a_deed_asked_about_under_a_comment_stays_a_question(text: str, trigger: str) -> None:
    assert [c for c, _ in claims(text, trigger)] == ["hypothetical"]
    assert ties(text) == [("fights", "hypothetical")], ties(text)


def test_a_deed_that_is_the_topic_of_a_comment_is_still_done() -> None:
    text = "The ministry refused to comment on the airstrikes that killed twelve fighters near Idlib."
    assert [c for c, _ in claims(text, "airstrikes")] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi troops won the battle for the liberation of Tikrit in April.", "Tikrit"),
        ("Kurdish fighters celebrated victory in the battle for the liberation of Manbij.", "Manbij"),
    ],
)  # fmt: skip
def test_what_a_fight_won_was_for_is_no_mere_aim(text: str, place: str) -> None:
    assert changes(text) and set(changes(text)) == {(place, "asserted")}, changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the battle for the recapture of Ramadi ended in December, the army turned to Fallujah.",
        "When the offensive for the liberation of Mosul was over, Iraqi forces turned to Tal Afar.",
    ],
)
def test_a_fight_that_ended_leaves_no_hypothetical_capture(text: str) -> None:
    assert all(certainty != "hypothetical" for _, certainty in changes(text)), changes(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi troops began the battle for the liberation of Mosul in October.", "Mosul"),
        ("The army vowed to win the battle for the recapture of Raqqa.", "Raqqa"),
        ("The army is preparing for the battle for the recapture of Raqqa.", "Raqqa"),
    ],
)  # fmt: skip
def test_a_fight_begun_or_to_be_won_still_only_aims_at_the_capture(text: str, place: str) -> None:
    assert changes(text) and set(changes(text)) == {(place, "hypothetical")}, changes(text)


@pytest.mark.parametrize(
    ("text", "trigger", "claimant"),
    [
        ("A former commander of the Free Syrian Army told reporters in Gaziantep about the war. He said Turkish troops had shelled Kurdish positions near Afrin.", "shelled", ""),
        ("A former spokesman for the SDF said Islamic State snipers killed three fighters near Tabqa.", "killed", "former spokesman for the SDF"),
        ("A onetime spokesman for the SDF said Islamic State snipers killed three fighters near Tabqa.", "killed", "onetime spokesman for the SDF"),
    ],
)  # fmt: skip
def test_a_former_member_speaks_for_his_old_side_no_more(text: str, trigger: str, claimant: str) -> None:
    assert claims(text, trigger) == [("attributed", claimant)]


def test_a_serving_commander_still_speaks_for_his_side() -> None:
    text = (
        "A commander of the Free Syrian Army told reporters in Gaziantep about the war. "
        "He said Turkish troops had shelled Kurdish positions near Afrin."
    )
    assert claims(text, "shelled") == [("attributed", "FSA")]


@pytest.mark.parametrize(
    "text",
    [
        "Reports from inside the besieged town said government forces had shelled the hospital in Douma.",
        "Reports from inside the city said rebels shelled an army post near Morek.",
    ],
)
def test_reports_from_inside_a_place_are_no_ones_word(text: str) -> None:
    # what reports say is theirs (attributed: test_extract_reports_say.py), but the place
    # they come from is no actor who claims it
    found = claims(text, "shelled")
    assert [c for c, _ in found] == ["attributed"]
    assert all(who.startswith("Reports from") for _, who in found), found


def test_reports_from_people_inside_a_place_are_theirs() -> None:
    text = "Reports from activists inside the town said government jets bombed the Bustan al-Qasr district."
    assert claims(text, "bombed") == [("attributed", "GEN_PROTESTERS")]
