"""Fights ties a deed implies once the whole article is read (extract/ties.py).

A deed that names one side ("Iraqi troops recaptured the town") ties its doer to the
enemy the article gives it elsewhere, or, when the article gives it none, to the one
armed group the article names that is not its friend. Two candidate groups, a friend of
the doer, or a denied deed give no tie. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


@pytest.fixture
def fights_of(relations_found: Any) -> Any:
    def fights(text: str) -> set[tuple[str, str, str]]:
        return {(a, b, c) for kind, a, b, c in relations_found(text, PUBLISHED) if kind == "fights"}

    return fights


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (  # the enemy is the place's earlier taker
            (
                "Islamic State fighters overran the town of Hit last year. On Monday, Iraqi "
                "troops recaptured the town after a week of street fighting."
            ),
            "IRQ_MIL fights ISIS, asserted",
        ),
        (  # the one armed group named, in a sentence of its own
            (
                "The Islamic State has ruled the area since 2014. Iraqi forces retook the "
                "district of Hamdaniya on Thursday, commanders said."
            ),
            "IRQ_MIL fights ISIS, attributed",
        ),
        (  # named as a holder only, then left out
            (
                "Government troops shelled the al-Nusra Front-held district for a week. Syrian "
                "soldiers stormed the town of Kafr Nabudah on Saturday."
            ),
            "SYR_MIL fights JABHAT_AL_NUSRA, asserted",
        ),
        (  # a deed naming only its target is the one other armed group's
            (
                "The Syrian Democratic Forces began the third phase of the operation on Monday. "
                "The first phase cleared ISIS from the villages near Hajin in May."
            ),
            "SDF fights ISIS, asserted",
        ),
        (  # the same, in Iraq: the only state force named
            (
                "Iraqi troops arrived in the province last month. On Friday the town of Rutba "
                "was recaptured from the Islamic State."
            ),
            "IRQ_MIL fights ISIS, asserted",
        ),
        (  # done, after a plan to do it: the plain deed is stated as a fact
            (
                "The SDF will clear the valley of ISIS fighters. Last month the SDF cleared ISIS "
                "from the town of Hajin."
            ),
            "SDF fights ISIS, asserted",
        ),
        (  # a capture begun is not done, but the sides are fighting
            "The Islamic State still holds Kobane. The YPG began to retake the city on Monday.",
            "YPG fights ISIS, asserted",
        ),
        (  # a backer whose support is a strike fights the enemy of the one it backs
            (
                "The Syrian Democratic Forces began a new offensive against the Islamic State on "
                "Monday. The offensive, supported by coalition air and artillery strikes, aims at "
                "the town of Hajin."
            ),
            "US_COALITION fights ISIS, asserted",
        ),
        (  # the rebels are the only side left once the army's backers are set aside
            (
                "The Syrian army recaptured the town of Khanaser, activists said. Russia supports "
                "the Syrian army, and rebels of the Free Syrian Army are backed by Turkey."
            ),
            "SYR_MIL fights FSA, attributed",
        ),
    ],
)
def test_a_one_sided_deed_ties_its_doer_to_the_article_enemy(
    text: str, tie: str, fights_of: Any
) -> None:
    sides, certainty = tie.split(", ")
    source, _, target = sides.split()
    assert (source, target, certainty) in fights_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # two armed groups: the article does not say which one the army fought
        (
            "Rebels of the Free Syrian Army and fighters of the Islamic State both operate in "
            "the province. Syrian government forces recaptured two villages on Tuesday."
        ),
        # the only group named is the army's ally
        (
            "Hezbollah fighters arrived in the area last week. Syrian troops recaptured the "
            "village of Tal Kurdi on Tuesday."
        ),
        # a capture planned ties no one as a fact
        "The Islamic State still holds Kobane. The YPG plans to retake the city next month.",
        # a denied capture ties no one
        (
            "The Islamic State has ruled the area since 2014. Iraqi officials denied that "
            "their forces had retaken the district of Hamdaniya."
        ),
    ],
)
def test_no_tie_when_the_article_leaves_the_enemy_open(text: str, fights_of: Any) -> None:
    plain = {t for t in fights_of(text) if t[2] in ("asserted", "attributed")}
    assert not plain


def test_a_backer_does_not_fight_because_the_side_it_backs_does(fights_of: Any) -> None:
    text = "The U.S.-backed Iraqi forces declared victory over the Islamic State in Mosul."
    assert ("USA", "ISIS", "asserted") not in fights_of(text)
    assert ("IRQ_MIL", "ISIS", "asserted") in fights_of(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "The SDF's campaign against the Islamic State near Raqqa relies on coalition air "
                "support. Turkey regards the YPG as a terrorist organisation. It has shelled YPG "
                "positions near Afrin. The YPG and the Free Syrian Army are rivals as well."
            ),
            "TUR YPG",
        ),
        (
            (
                "The Syrian army has besieged the town for a month. Iran sent military advisers "
                "to Syria last year. It has also bombed Islamic State positions in Deir ez-Zor. "
                "Hezbollah and the Free Syrian Army also clashed in Qalamoun."
            ),
            "IRN ISIS",
        ),
    ],
)
def test_a_pronoun_subject_names_the_doer_before_the_context_does(
    text: str, tie: str, fights_of: Any
) -> None:
    source, target = tie.split()
    assert any((a, b) == (source, target) for a, b, _c in fights_of(text)), fights_of(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # a state's strike that names only the people it killed
            (
                "Ahrar al-Sham has a strong presence in the north. Russian warplanes pounded a "
                "bakery and two schools in Ariha overnight, killing 14 people, a rescue worker "
                "said."
            ),
            ("RUS_AIRFORCE", "AHRAR_AL_SHAM"),
        ),
        (  # only the sites it hit and the wounded
            (
                "The Islamic State claimed several bombings this year. Iraqi artillery shelled "
                "residential streets of the old town of Tal Afar, wounding 20 people, residents "
                "said."
            ),
            ("IRQ_MIL", "ISIS"),
        ),
        (  # a hospital hit in a town the article gives to no one
            (
                "Jaish al-Fatah fighters paraded in Idlib last spring. Syrian jets bombed a "
                "clinic in the town of Kafr Nabl on Monday, killing seven people."
            ),
            ("SYR_AIRFORCE", "JAISH_AL_FATAH"),
        ),
    ],
)
def test_a_strike_naming_only_people_or_sites_hit_gets_no_guessed_enemy(
    text: str, pair: tuple[str, str], fights_of: Any
) -> None:
    assert not any({a, b} == set(pair) for a, b, _c in fights_of(text)), fights_of(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # the article says the enemy holds the town hit
            (
                "Nusra Front fighters have held Jisr al-Shughur since April. Syrian jets bombed a "
                "hospital in Jisr al-Shughur on Monday, killing 11 people."
            ),
            ("SYR_AIRFORCE", "JABHAT_AL_NUSRA"),
        ),
        (  # the people who tell of it are no victims
            (
                "The Islamic State has ruled the area since 2014. Iraqi helicopters strafed farms "
                "outside Hawija on Sunday, residents said."
            ),
            ("IRQ_AIRFORCE", "ISIS"),
        ),
        (  # the strike's own sentence says who holds the area
            (
                "The rebels have held Eastern Ghouta since 2013. At least six people were "
                "killed early on Sunday in government shelling of Douma in the rebel-held Eastern "
                "Ghouta area, the Observatory said."
            ),
            ("SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_a_strike_on_people_where_the_enemy_holds_the_place_keeps_the_tie(
    text: str, pair: tuple[str, str], fights_of: Any
) -> None:
    assert any((a, b) == pair for a, b, _c in fights_of(text)), fights_of(text)


_DESCRIBED_SPONSORS = {
    "IRN ISIS": (
        "Iran-backed militias have been the main force fighting the Islamic State in Diyala and "
        "have retaken wide areas from the jihadists."
    ),
    "TUR YPG": (
        "Turkish-backed rebels have been the main force fighting the Kurdish YPG around Afrin and "
        "have seized dozens of villages from the militia."
    ),
}


@pytest.mark.parametrize("pair", sorted(_DESCRIBED_SPONSORS))
def test_a_sponsor_that_only_describes_the_side_does_not_share_its_fight(
    pair: str, fights_of: Any
) -> None:
    """ "X-backed Y ... have retaken": a deed with no doer named is Y's, not X's."""
    found = {f"{a} {b}" for a, b, _c in fights_of(_DESCRIBED_SPONSORS[pair])}
    assert pair not in found, found


_HIT_2014 = dt.date(2014, 11, 10)
_VICTIMS = "The militants reportedly executed dozens of members of the Albu Nimr tribe near the town."


@pytest.mark.parametrize(
    "text",
    [
        (  # the sentence names the side that lost the place: it retakes it
            "Iraqi army units in Anbar province are fighting to retake the town of Hit, which fell "
            "to Islamic State militants in October.\n\n" + _VICTIMS
        ),
        (
            "Officials in Baghdad said that Iraqi soldiers in Anbar province are trying to recapture "
            "the town of Hit, which fell to Islamic State fighters last month.\n\nHundreds of members "
            "of the Albu Nimr tribe were killed around Hit by the jihadists."
        ),
        (  # no holder named: a tribe named only as victims held nothing
            "The town of Hit in Anbar province fell to Islamic State militants in October, officials "
            "in Baghdad said.\n\n" + _VICTIMS
        ),
    ],
)
def test_a_tribe_named_only_as_victims_is_not_the_guessed_loser_of_a_town(
    relations_found: Any, text: str
) -> None:
    """Review of the eighteenth session: "retake Hit, which fell to IS" lost Hit to IS from
    the retakers; a tribe whose members IS killed is not guessed to have held it."""
    plain = {
        (a, b)
        for kind, a, b, c in relations_found(text, _HIT_2014)
        if kind == "fights" and c in ("asserted", "attributed")
    }
    assert not {pair for pair in plain if "TRIBE_ALBU_NIMR" in pair}, plain


def test_a_tribe_that_defended_the_town_is_still_the_guessed_loser(relations_found: Any) -> None:
    text = (
        "The town of Hit in Anbar province fell to Islamic State militants in October, officials "
        "in Baghdad said.\n\nFighters of the Albu Nimr tribe had defended the town for weeks."
    )
    fights = {(a, b) for kind, a, b, _c in relations_found(text, _HIT_2014) if kind == "fights"}
    assert ("ISIS", "TRIBE_ALBU_NIMR") in fights


def test_the_side_retaking_a_town_is_its_loser_before_a_side_named_elsewhere(
    relations_found: Any,
) -> None:
    text = (
        "Kurdish officials say Peshmerga units in Nineveh have recaptured two villages near Sinjar "
        "and are trying to retake the town of Zumar, which fell to ISIS militants in August.\n\n"
        "Fighters of the Albu Nimr tribe had held out in the area for weeks."
    )
    fights = {(a, b) for kind, a, b, _c in relations_found(text, None) if kind == "fights"}
    assert ("ISIS", "PESHMERGA") in fights
    assert ("ISIS", "TRIBE_ALBU_NIMR") not in fights
