"""How sure a claim is when its words tell of what goes on, what is only topic or future,
and who a speaker speaks for: a tie told as going on ("will continue to back Y") holds now;
the topic of a comment is a deed done; "be going to" tells of the future; a denied denial
of a deed leaves it unconfirmed; a spokesman's words are his side's. Texts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracted import PLAIN_LABELS, extract


def ties(text: str) -> dict[tuple[str, str, str], str]:
    """(kind, source, target) -> certainty of every tie the text gives."""
    return {(r.kind, r.source_actor, r.target_actor): r.claim.certainty for r in extract(text).relations}


def events_by(text: str, trigger: str) -> list[Any]:
    found = [e for e in extract(text).events if e.trigger == trigger]
    assert found, (text, [e.trigger for e in extract(text).events])
    return found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Turkey will keep supporting the Free Syrian Army in its push on Afrin.", ("backs", "TUR", "FSA")),
        ("Iran will continue arming the Houthis in Yemen, according to the Saudi foreign minister.", ("backs", "IRN", "HOUTHIS")),
        ("Turkey promised to continue supporting the Free Syrian Army.", ("backs", "TUR", "FSA")),
        ("The coalition would continue to strike Islamic State positions around Hajin.", ("fights", "US_COALITION", "ISIS")),
        ("Russia will keep fighting the rebels in Idlib until they lay down their arms.", ("fights", "RUS", "GEN_REBELS")),
        ("Iraqi troops backed by coalition jets will continue to take villages from the Islamic State.", ("fights", "IRQ_MIL", "ISIS")),
        ("Alongside the Iraqi army, the coalition will continue its strikes on the militants.", ("allied", "US_COALITION", "IRQ_MIL")),
        ("In partnership with the Kurdish militia, American troops will continue to clear the valley.", ("backs", "USA_MIL", "GEN_KURDISH_FORCES")),
    ],
)  # fmt: skip
def test_a_tie_told_as_going_on_holds_now(text: str, tie: tuple[str, str, str]) -> None:
    assert ties(text).get(tie) in PLAIN_LABELS, ties(text)


@pytest.mark.parametrize(
    ("text", "tie", "certainty"),
    [
        ("The United States plans to arm the Syrian Democratic Forces.", ("backs", "USA", "SDF"), "hypothetical"),
        ("Iran will not continue to arm the Houthis, the minister said.", ("backs", "IRN", "HOUTHIS"), "negated"),
    ],
)  # fmt: skip
def test_a_tie_only_planned_or_ended_is_not_made_plain(
    text: str, tie: tuple[str, str, str], certainty: str
) -> None:
    assert ties(text).get(tie) == certainty, ties(text)


def test_the_deeds_that_will_go_on_stay_future_beside_their_plain_tie() -> None:
    text = "The coalition would continue to strike Islamic State positions around Hajin."
    assert all(e.claim.certainty == "hypothetical" for e in events_by(text, "strike"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government had not commented on the fighting in Palmyra by Saturday evening.", "fighting"),
        ("The army declined to comment on the clashes with rebels near Daraa.", "clashes"),
        ("Ankara refused to comment on the shelling of Kurdish villages near Afrin.", "shelling"),
    ],
)  # fmt: skip
def test_the_topic_of_a_comment_is_a_deed_done(text: str, trigger: str) -> None:
    assert all(e.claim.certainty in PLAIN_LABELS for e in events_by(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister declined to comment on plans for an offensive against the rebels in Idlib.", "offensive"),
        ("Turkey condemned plans for an offensive against the rebels in Idlib.", "offensive"),
    ],
)  # fmt: skip
def test_a_deed_only_planned_stays_planned_under_a_comment_or_condemnation(
    text: str, trigger: str
) -> None:
    assert all(e.claim.certainty == "hypothetical" for e in events_by(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Kremlin said Russian troops were going to fight Islamic State militants near Deir ez-Zor.", "fight"),
        ("The rebels are going to attack the airport in the coming days, a commander said.", "attack"),
        ("Kurdish fighters are going to storm the village of Tal Jihan tonight.", "storm"),
    ],
)  # fmt: skip
def test_a_deed_one_is_going_to_do_is_future(text: str, trigger: str) -> None:
    assert all(e.claim.certainty == "hypothetical" for e in events_by(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The convoy was going to Aleppo when Russian jets struck it near Atarib.", "struck"),
        ("The rebels were going from village to village and shelled army posts near Hama.", "shelled"),
    ],
)  # fmt: skip
def test_going_somewhere_leaves_the_deed_beside_it_done(text: str, trigger: str) -> None:
    assert all(e.claim.certainty == "asserted" for e in events_by(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Baghdad has not ruled out security cooperation with Tehran against the militants.", "cooperation"),
        ("Ankara has not ruled out a ground offensive against the Kurdish militia in Manbij.", "offensive"),
        ("The minister did not deny military cooperation with Russia against the rebels.", "cooperation"),
    ],
)  # fmt: skip
def test_a_denied_denial_of_a_deed_leaves_it_unconfirmed(text: str, trigger: str) -> None:
    assert all(e.claim.certainty == "hedged" for e in events_by(text, trigger))


def test_a_denial_of_a_deed_still_denies_it() -> None:
    text = "The ministry denied any military cooperation with Russia against the rebels."
    assert all(e.claim.certainty == "negated" for e in events_by(text, "cooperation"))


@pytest.mark.parametrize(
    ("text", "trigger", "claimant"),
    [
        ("Rebels shelled the airport in Aleppo, a spokesman for the Free Syrian Army told reporters.", "shelled", "FSA"),
        ("Jets bombed the market in Douma, according to a statement by the Syrian Observatory.", "bombed", "SOHR"),
        ("The army retook the town of Baiji, according to Monday's briefing by a spokesman for the coalition.", "retook", "US_COALITION"),
        ("Coalition aircraft struck a bridge near Hajin, Colonel Sean Ryan, the coalition spokesman, said on Tuesday.", "struck", "US_COALITION"),
        ("The Syrian army will keep shelling the rebel-held districts of Aleppo, a commander of the Syrian army told state media.", "shelling", "SYR_MIL"),
    ],
)  # fmt: skip
def test_a_speaker_the_kb_does_not_know_speaks_for_the_side_his_words_name(
    text: str, trigger: str, claimant: str
) -> None:
    assert [e.claim.attributed_to for e in events_by(text, trigger)] == [claimant]


@pytest.mark.parametrize(
    ("text", "trigger", "claimant"),
    [
        ("VOA's Kurdish service reported that Islamic State militants bombed a church near Tal Tamr.", "bombed", "VOA 's Kurdish service"),
        ("Rebels shelled the airport in Aleppo, a spokesman said.", "shelled", "spokesman"),
    ],
)  # fmt: skip
def test_a_speaker_naming_no_side_keeps_his_own_words(text: str, trigger: str, claimant: str) -> None:
    assert [e.claim.attributed_to for e in events_by(text, trigger)] == [claimant]


def changes(text: str) -> list[tuple[str, str]]:
    """(place text, certainty) of every change of hands the text gives."""
    return [(c.place_text, c.claim.certainty) for c in extract(text).control_changes]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi forces launched the battle for the recapture of Mosul on Monday.", "Mosul"),
        ("The army began its campaign for the capture of Raqqa from the Islamic State.", "Raqqa"),
        ("The rebels announced an offensive for the liberation of Hama from government forces.", "Hama"),
        ("Kurdish fighters are waging a fight for the recapture of Kobani from the Islamic State.", "Kobani"),
    ],
)  # fmt: skip
def test_a_capture_a_fight_is_fought_for_is_no_change_of_hands_yet(text: str, place: str) -> None:
    assert (place, "hypothetical") in changes(text), changes(text)


def test_the_sides_of_a_fight_for_a_capture_are_fighting_already() -> None:
    text = "The army began its campaign for the capture of Raqqa from the Islamic State."
    assert ties(text).get(("fights", "SYR_MIL", "ISIS")) in PLAIN_LABELS, ties(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("After weeks of fighting, the army completed the capture of Raqqa from the Islamic State.", "Raqqa"),
        ("Government troops seized Qaryatain from the Islamic State after a battle for the town.", "Qaryatain"),
    ],
)  # fmt: skip
def test_a_capture_told_as_done_stays_done(text: str, place: str) -> None:
    assert (place, "asserted") in changes(text), changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reports from the scene said a car bomb struck a checkpoint in Kirkuk.",
        "Reports from Aleppo said government jets bombed the Bustan al-Qasr district.",
        "Reports from the front said rebels shelled an army post near Morek.",
    ],
)
def test_reports_from_a_place_are_no_ones_word(text: str) -> None:
    # what reports say is theirs (attributed: test_extract_reports_say.py), but a place
    # they come from owns nothing: no actor is the claimant
    events = extract(text).events
    assert [e.claim.certainty for e in events] == ["attributed"]
    assert all(e.claim.attributed_to.startswith("Reports from") for e in events), events


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Reports from activists said government jets bombed the Bustan al-Qasr district.", "GEN_PROTESTERS"),
        ("A report from the Syrian Observatory said government jets bombed the Bustan al-Qasr district.", "SOHR"),
    ],
)  # fmt: skip
def test_reports_from_someone_are_theirs(text: str, claimant: str) -> None:
    claims = [(e.claim.certainty, e.claim.attributed_to) for e in extract(text).events]
    assert claims == [("attributed", claimant)]


@pytest.mark.parametrize(
    ("text", "trigger", "claimant"),
    [
        ("A spokeswoman for the SDF said the fighting was fierce. She said Islamic State snipers killed three fighters near Tabqa.", "killed", "SDF"),
        ("The head of the Syrian Observatory, Rami Abdulrahman, told reporters that shelling continued overnight. He said government jets bombed a school in Douma.", "bombed", "SOHR"),
        ("Major Hollis said the convoy was late. Rebels had ambushed it near Kafr Nabl, he said.", "ambushed", "Hollis"),
    ],
)  # fmt: skip
def test_he_said_speaks_for_the_voice_named_before(text: str, trigger: str, claimant: str) -> None:
    assert [e.claim.attributed_to for e in events_by(text, trigger)] == [claimant]


def test_he_said_with_no_one_named_before_has_no_claimant() -> None:
    text = 'The refugees waited at the border. "They shelled our village every night," he said.'
    assert [e.claim.attributed_to for e in events_by(text, "shelled")] == [""]
