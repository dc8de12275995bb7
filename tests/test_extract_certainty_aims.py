"""Aims, suspicions and denials are not done deeds, and a done deed is not doubted by a
word of another clause: each class through the full pipeline, on events and control."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2021, 9, 14)
PLAIN = ("asserted", "attributed")


def assaults(text: str) -> list[Any]:
    events = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert events, f"no ASSAULT in {text!r}"
    return events


def captures_at(text: str, place: str) -> list[Any]:
    return [
        c for c in extract(text, PUBLISHED).control_changes if place.lower() in c.place_text.lower()
    ]


def deeds(text: str) -> list[Any]:
    return [e for e in assaults(text) if e.trigger.lower() not in ("rejected", "dismissed", "denied")]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt denied accusations it carried out an air raid on a militia camp near Omdurman.",
        "The army rejected accusations it carried out a drone strike on a market in Kutum.",
        "Riyadh rejected accusations it carried out an air strike on a prison in Saada.",
    ],
)
def test_a_denied_claim_without_that_is_negated(text: str) -> None:
    """ "denied accusations it bombed T": the clause after the hearsay noun is what is said,
    not a relative clause telling a done deed."""
    found = deeds(text)
    assert found
    assert all(e.claim.certainty == "negated" for e in found), [e.claim for e in found]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Turkey rejected claims its drones struck a hospital in Qamishli.", "TUR"),
        ("Moscow rejected claims its bombers hit a bakery in Maarrat Misrin.", "RUS"),
        ("Kyiv rejected claims its drones hit a hotel in Donetsk.", "UKR"),
    ],
)
def test_the_denier_is_the_claimant_not_the_accused(text: str, denier: str) -> None:
    """The denial is met after the claim it denies: the one who denies says so."""
    found = deeds(text)
    assert found
    assert all(e.claim.attributed_to == denier for e in found), [e.claim for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish police suspect that Islamic State cells bombed the bus station in Hasakah.",
        "Local officials believe Houthi drones struck the oil terminal at Dhabba.",
        "Investigators think that al-Shabaab fighters attacked the army base in Baidoa.",
    ],
)
def test_a_deed_someone_suspects_is_hedged(text: str) -> None:
    """ "police suspect that X bombed T": a guess, not a fact, and the guesser says so."""
    for event in assaults(text):
        assert event.claim.certainty == "hedged", event.claim
        assert event.claim.attributed_to, event.claim


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Army units are progressing toward liberating Palmyra from the jihadists.", "Palmyra"),
        ("The rebels made slow progress towards recapturing Khan Shaykhun.", "Khan Shaykhun"),
        ("Syrian troops are advancing toward retaking Kafr Nabudah.", "Kafr Nabudah"),
    ],
)
def test_a_capture_an_effort_heads_toward_is_not_done(text: str, place: str) -> None:
    """ "progress toward liberating T": where the effort heads, kept as an aim."""
    deeds = [e for e in assaults(text) if place in e.place_text]
    deeds += captures_at(text, place)
    assert deeds
    assert all(d.claim.certainty == "hypothetical" for d in deeds), [d.claim for d in deeds]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Al-Shabaab claimed responsibility for yesterday's raid on an army base in Afgoye, which killed nine soldiers.", "AL_SHABAAB"),
        ("ISIS claimed responsibility for Sunday's attacks in Kirkuk that killed 14 policemen.", "ISIS"),
        ("The Houthis claimed responsibility for last week's strikes on Jizan that wounded six people.", "HOUTHIS"),
    ],
)
def test_claimed_responsibility_is_the_claimants_word(text: str, claimant: str) -> None:
    """A deed told in a relative clause of what a group claims is still its claim."""
    for event in assaults(text):
        assert event.claim.certainty == "attributed", event.claim
        assert event.claim.attributed_to == claimant, event.claim


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The election will come a year after the rebels seized Idlib.", "Idlib"),
        ("Talks will resume two months after jihadists overran Menaka.", "Menaka"),
        ("The anniversary will fall weeks after government troops recaptured Tikrit.", "Tikrit"),
    ],
)
def test_a_past_capture_after_a_future_verb_is_done(text: str, place: str) -> None:
    """Under "will", a time clause takes the present ("after the rebels seize T"): a past
    there tells what was done."""
    changes = captures_at(text, place)
    assert changes
    assert all(c.claim.certainty in PLAIN for c in changes), [c.claim for c in changes]


def test_a_capture_after_a_past_future_stays_an_aim() -> None:
    """ "would ... after they took T": the past's future, not done when told."""
    text = "The commander said the offensive would end after his men took Raqqa."
    assert all(c.claim.certainty not in PLAIN for c in captures_at(text, "Raqqa"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian troops have entered the outskirts of Kupiansk, Ukrainian officials said.", "Kupiansk"),
        ("Wagner fighters stormed the eastern edge of Soledar on Monday.", "Soledar"),
        ("Government forces seized the outskirts of Marib after days of fighting.", "Marib"),
    ],
)
def test_the_edge_of_a_town_is_not_the_town(text: str, place: str) -> None:
    assert not captures_at(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian troops have entered Kupiansk, Ukrainian officials said.", "Kupiansk"),
        ("Government forces seized Marib after days of fighting.", "Marib"),
    ],
)
def test_the_town_itself_is_still_taken(text: str, place: str) -> None:
    assert captures_at(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Had the militia stormed the barracks in Tarhuna, dozens would have died.", "Tarhuna"),
        ("Were the rebels to capture Hama, the regime would lose the centre.", "Hama"),
        ("Had the army shelled Douma that night, the talks would have collapsed.", "Douma"),
        ("Had the Houthis struck the tanker off Mokha, oil would have spilled.", "Mokha"),
    ],
)
def test_a_condition_put_by_word_order_is_hypothetical(text: str, place: str) -> None:
    """ "Had X stormed T, ...", "Were X to take T, ...": a condition without "if"."""
    told = [e for e in assaults(text) if place in e.place_text] + captures_at(text, place)
    assert told
    assert all(t.claim.certainty == "hypothetical" for t in told), [t.claim for t in told]


def test_a_plain_deed_after_had_is_still_done() -> None:
    """The past perfect in its usual order states a done deed."""
    text = "The militia had stormed the barracks in Tarhuna before dawn."
    assert all(e.claim.certainty in PLAIN for e in assaults(text))


@pytest.mark.parametrize(
    ("text", "place", "certainty"),
    [
        ("Iranian advisers reportedly took part in storming Tikrit.", "Tikrit", "hedged"),
        ("Russian special forces allegedly had a role in retaking Palmyra.", "Palmyra", "hedged"),
        ("Hezbollah fighters apparently joined in shelling Zabadani.", "Zabadani", "hedged"),
        ("Iranian advisers did not take part in storming Tikrit.", "Tikrit", "negated"),
        ("Russian forces are reportedly relying on shelling Avdiivka.", "Avdiivka", "hedged"),
        ("Government troops allegedly went on shelling Daraya after the truce.", "Daraya", "hedged"),
        ("The militia has apparently focused on attacking Sirte.", "Sirte", "hedged"),
    ],
)
def test_taking_part_in_a_deed_shares_its_doubt(text: str, place: str, certainty: str) -> None:
    """The hedge or negation is on the verb of taking part, the deed is its gerund."""
    told = [e for e in assaults(text) if place in e.place_text] + captures_at(text, place)
    assert told
    assert all(t.claim.certainty == certainty for t in told), [t.claim for t in told]


def test_taking_part_plainly_is_a_fact() -> None:
    told = assaults("Iranian advisers took part in storming Tikrit.")
    assert all(e.claim.certainty in PLAIN for e in told)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"Nine policemen were killed by gunmen near Bama,\" one of the local officials, who requested anonymity, told Reuters.", "local officials"),
        ("\"Five guards were killed by militants near Djibo,\" one of the mayors, who requested anonymity, told AFP.", "mayors"),
        ("\"Eleven villagers were killed by bandits near Zurmi,\" one of the elders, who asked that his name be withheld, told Reuters.", "elders"),
    ],
)
def test_who_was_told_is_not_the_claimant(text: str, speaker: str) -> None:
    """ "..., one of the officials, who requested anonymity, told AFP": the agency heard
    the words, the officials said them (and their relative clause is no part of the name)."""
    for event in assaults(text):
        assert event.claim.certainty == "attributed", event.claim
        assert event.claim.attributed_to == speaker, event.claim


def _labelled_as(told: list[Any], done: bool) -> None:
    """Every record found is a plain fact when ``done``, else hypothetical."""
    assert told
    expected = PLAIN if done else ("hypothetical",)
    assert all(t.claim.certainty in expected for t in told), [t.claim for t in told]


def _withdrawals(text: str, place: str) -> list[Any]:
    found = extract(text, PUBLISHED)
    told = [e for e in found.events if e.type == "RETREAT" and place in e.place_text]
    return told + [c for c in found.control_changes if place in c.place_text]


@pytest.mark.parametrize(
    ("text", "place", "done"),
    [
        ("Ukrainian forces chose to leave Lysychansk after weeks of fighting.", "Lysychansk", True),
        ("The rebels opted to withdraw from Daraa al-Balad on Sunday.", "Daraa", True),
        ("The rebel commanders chose to pull out of Khan Shaykhun overnight.", "Khan Shaykhun", True),
        ("The rebels may choose to withdraw from Daraa al-Balad.", "Daraa", False),
        ("The militia will opt to abandon Sirte if the talks fail.", "Sirte", False),
    ],
)
def test_a_choice_made_in_the_past_is_a_deed_done(text: str, place: str, done: bool) -> None:
    """ "chose to leave T" in the simple past: they left; "may choose to" is still open."""
    told = _withdrawals(text, place)
    _labelled_as(told, done)


@pytest.mark.parametrize(
    ("text", "place", "done"),
    [
        ("Coalition forces employed fighter aircraft to conduct three airstrikes near Raqqa on Monday.", "Raqqa", True),
        ("Rebels used drones to strike the airbase at Hmeimim.", "Hmeimim", True),
        ("The militia used mortars to shell the old city of Taiz.", "Taiz", True),
        ("The rebels plan to use drones to strike the airbase at Hmeimim.", "Hmeimim", False),
        ("Iran will use its proxies to attack US bases in Syria.", "Syria", False),
        ("The rebels launched a campaign to use drones to strike the airbase at Hmeimim.", "Hmeimim", False),
    ],
)
def test_a_deed_done_with_a_weapon_used_is_done(text: str, place: str, done: bool) -> None:
    """ "used drones to strike T": the strike is what the drones did; a plan or a modal over
    the using still leaves it undone ("launched a campaign" is done, the campaign's aim not)."""
    told = [e for e in assaults(text) if place in e.place_text and e.trigger != "launched"]
    _labelled_as(told, done)


@pytest.mark.parametrize(
    ("text", "place", "done"),
    [
        ("Government troops fought for weeks before retaking Palmyra.", "Palmyra", True),
        ("Kurdish fighters battled IS for months before capturing Kobani.", "Kobani", True),
        ("The militants set the oil wells ablaze before fleeing Qayyarah.", "Qayyarah", True),
        ("The army will shell the district before storming Tal Afar.", "Tal Afar", False),
        ("Turkey will secure the border before attacking Manbij.", "Manbij", False),
        ("The militia would regroup before attacking Sirte again.", "Sirte", False),
    ],
)
def test_a_deed_before_which_something_was_done_is_done(text: str, place: str, done: bool) -> None:
    """ "fought for weeks before retaking T": in the past the deed after "before" happened;
    under "will" or "would" it is still to come."""
    found = extract(text, PUBLISHED)
    told = [e for e in found.events if e.type in ("ASSAULT", "RETREAT") and place in e.place_text]
    told = [e for e in told if e.trigger.lower() not in ("shell", "regroup", "secure")]
    told += [c for c in found.control_changes if place in c.place_text]
    _labelled_as(told, done)



def takings(text: str, trigger: str) -> list[Any]:
    return [e for e in assaults(text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia is intent on seizing the refinery at Baiji before the winter.", "seizing"),
        ("Al-Shabaab remains bent on retaking the port of Kismayo from the government.", "retaking"),
        ("Houthi fighters, hell-bent on storming Marib, massed south of the city.", "storming"),
        ("A movement intent on overrunning Kabul has gathered thousands of fighters.", "overrunning"),
    ],
)
def test_an_adjective_of_aim_leaves_its_deed_an_aim(text: str, trigger: str) -> None:
    found = takings(text, trigger)
    assert found and all(e.claim.certainty == "hypothetical" for e in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia, intent on holding the town, seized the refinery at Baiji on Sunday.", "seized"),
        ("Bent on revenge, Houthi fighters stormed Marib before dawn.", "stormed"),
    ],
)
def test_a_deed_done_beside_an_adjective_of_aim_is_done(text: str, trigger: str) -> None:
    found = takings(text, trigger)
    assert found and all(e.claim.certainty in PLAIN for e in found)
