"""Allies and backers named together (extract/coalitions.py, relcues.py, allyties.py).

Every two of the doers named together for one deed are allies, and so is every two
members of a coalition described by its composition. A backer that strikes in support
of a side joins that side's one enemy in the article, even when the fight is told
paragraphs away; a backer named only as supporting someone else's strikes, a side with
two enemies, or support by money give no such tie. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 7, 1)


@pytest.fixture
def ties_of(relations_found: Any) -> Any:
    def ties(text: str) -> set[tuple[str, str, str]]:
        found = relations_found(text, PUBLISHED)
        return {(kind, a, b) for kind, a, b, certainty in found if certainty == "asserted"}

    return ties


def _allied(ties: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for kind, a, b in ties if kind == "allied"}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            (
                "Kurdish Peshmerga fighters, Iraqi troops and the US Air Force mounted a "
                "counter-offensive on Sunday to recapture the bridge."
            ),
            ("PESHMERGA", "IRQ_MIL", "USA_AIRFORCE"),
        ),
        (
            "The Syrian army, Hezbollah and Iranian advisers stormed the town at dawn.",
            ("SYR_MIL", "HEZBOLLAH", "IRN_MIL"),
        ),
        (
            ("Jaish al-Fatah is a coalition of Ahrar al-Sham, the Nusra Front and Faylaq al-Sham."),
            ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA", "FAYLAQ_AL_SHAM"),
        ),
    ],
)
def test_every_two_of_the_sides_named_together_are_allies(
    text: str, members: tuple[str, str, str], ties_of: Any
) -> None:
    first, second, third = members
    expected = {frozenset((first, second)), frozenset((first, third)), frozenset((second, third))}
    assert expected <= _allied(ties_of(text))


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Syrian Democratic Forces launched an offensive against the Islamic State "
            "near Manbij in June. The town lies on the main road to the Turkish border. "
            "Thousands of residents fled south. Civilians said food was running short. For "
            "the first five days, the US-led coalition carried out dozens of airstrikes in "
            "support of the SDF."
        ),
        (
            "The SDF has been battling the Islamic State on the edges of Raqqa since June. "
            "Aid agencies say tens of thousands of people remain inside the city. Water and "
            "electricity were cut weeks ago. On Tuesday the US-led coalition conducted "
            "fourteen strikes to support the SDF advance."
        ),
        (
            "On Sunday the US-led coalition pounded positions near Tabqa with airstrikes in "
            "support of the Syrian Democratic Forces. Local officials said the dam was "
            "undamaged. Residents described days of heavy bombardment. The SDF has been "
            "fighting the Islamic State for control of the town since May."
        ),
    ],
)
def test_a_striking_backer_joins_the_one_enemy_of_the_side_it_backs(
    text: str, ties_of: Any
) -> None:
    ties = ties_of(text)
    assert ("backs", "US_COALITION", "SDF") in ties
    assert ("fights", "US_COALITION", "ISIS") in ties


@pytest.mark.parametrize(
    ("text", "not_a_fight"),
    [
        (  # the supporters are not the strikers: the strikes are the backed sides' own
            (
                "Since March, France and Britain, with support from Belgium and Denmark, have "
                "launched a series of airstrikes against the Houthi movement. The Houthis said "
                "the strikes killed five fighters. Officials in Paris said the campaign would "
                "continue."
            ),
            ("BEL", "HOUTHIS"),
        ),
        (  # the backed side has two enemies in the article: which one is not said
            (
                "The SDF has fought the Islamic State near Manbij since June. Turkish troops "
                "shelled SDF positions near Jarablus on Monday. Residents fled north. Later "
                "that week, the US-led coalition carried out airstrikes in support of the SDF."
            ),
            ("US_COALITION", "TUR"),
        ),
        (  # a standing patron does not join every war of the side it backs
            (
                "Moscow backs the Syrian government with warplanes, and Russian jets have "
                "bombed rebel districts of Aleppo since autumn. Bread prices have tripled. "
                "Schools have closed. Jaysh al-Islam is at war with the government."
            ),
            ("RUS", "JAYSH_AL_ISLAM"),
        ),
        (  # backing with money is no strike
            (
                "The Free Syrian Army has fought the Islamic State near Azaz for months. Aid "
                "workers said the town's bakeries had closed. Residents queued for bread. "
                "Qatar has funded the Free Syrian Army since 2013."
            ),
            ("QAT", "ISIS"),
        ),
    ],
)
def test_no_shared_enemy_without_the_backer_striking_one_enemy(
    text: str, not_a_fight: tuple[str, str], ties_of: Any
) -> None:
    backer, enemy = not_a_fight
    assert ("fights", backer, enemy) not in ties_of(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Al-Shabaab and the Islamic State have taken advantage of the drought to recruit "
            "fighters."
        ),
        "Hezbollah and the Syrian army took steps to secure the road to the coast.",
        "The Houthis and the Saudi-led coalition took note of the envoy's proposal.",
        "The Islamic State and the Nusra Front took cover in the orchards north of Hama.",
        "The Houthis and the Saudi-led coalition took responsibility for different blasts.",
    ],
)
def test_an_idiom_of_a_deed_verb_makes_no_allies(text: str, ties_of: Any) -> None:
    assert not _allied(ties_of(text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Britain has armed and trained both sides in the fight against al-Shabaab.",
            "GBR AL_SHABAAB",
        ),
        ("France supports their campaign against the Islamic State.", "FRA ISIS"),
        (
            "The United States backed the Iraqi army in its fight against the Islamic State.",
            "USA ISIS",
        ),
    ],
)
def test_a_backer_of_a_fight_is_not_its_fighter(text: str, tie: str, relations_found: Any) -> None:
    backer, enemy = tie.split()
    found = relations_found(text, PUBLISHED)
    assert not {t for t in found if t[:3] == ("fights", backer, enemy)}, found


@pytest.mark.parametrize(
    ("text", "pair", "enemy"),
    [
        (
            (
                "The Syrian army, along with Hezbollah fighters, captured the town of Qusair "
                "from rebels."
            ),
            "SYR_MIL HEZBOLLAH",
            "GEN_REBELS",
        ),
        (
            (
                "Iraqi troops together with Peshmerga fighters retook Bashiqa from the Islamic "
                "State."
            ),
            "IRQ_MIL PESHMERGA",
            "ISIS",
        ),
        (
            (
                "Turkish soldiers, along with the Free Syrian Army, pushed the Islamic State out "
                "of Jarablus."
            ),
            "TUR_MIL FSA",
            "ISIS",
        ),
    ],
)
def test_a_side_named_along_with_the_doer_is_its_ally_in_the_deed(
    text: str, pair: str, enemy: str, ties_of: Any
) -> None:
    doer, ally = pair.split()
    ties = ties_of(text)
    assert frozenset((doer, ally)) in _allied(ties)
    assert ("fights", ally, enemy) in ties


def test_a_backer_whose_strikes_support_a_fight_joins_it(ties_of: Any) -> None:
    text = (
        "Iraqi troops started an operation against the Islamic State west of Mosul last "
        "week. Families fled toward the camps. The ground offensive, backed by coalition air "
        "strikes, will retake the remaining districts from the militants."
    )
    ties = ties_of(text)
    assert ("backs", "US_COALITION", "IRQ_MIL") in ties
    assert ("fights", "US_COALITION", "ISIS") in ties  # plain, though the retaking is planned


@pytest.mark.parametrize(
    ("trigger", "for_a_fight"),
    [
        ("supported", True),
        ("backed", True),
        ("bolstered", True),
        ("support", True),
        ("armed", False),
        ("funded", False),
        ("trained", False),
    ],
)
def test_support_given_to_a_fight(trigger: str, for_a_fight: bool) -> None:
    from frontwatch.extract.allyties import _support_of_strikes
    from frontwatch.records import Claim, Relation, TimeRef

    backing = Relation(
        id="r",
        kind="backs",
        source_actor="US_COALITION",
        target_actor="SDF",
        source_text="",
        target_text="",
        time=TimeRef(None),
        claim=Claim(),
        trigger=trigger,
    )
    assert _support_of_strikes(backing) is for_a_fight


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "Coalition troops are using combined fires, including rocket artillery and helicopter "
                "gunships in support of Syrian Democratic Forces partners."
            ),
            ("backs", "US_COALITION", "SDF"),
        ),
        (
            (
                "Russian jets are carrying out strikes, including bombing runs in support of Syrian "
                "government troops near Aleppo."
            ),
            ("backs", "RUS_AIRFORCE", "SYR_MIL"),
        ),
    ],
)
def test_support_after_including_is_the_clause_subjects(
    text: str, tie: tuple[str, str, str], ties_of: Any
) -> None:
    assert tie in ties_of(text)
