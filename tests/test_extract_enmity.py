"""Enmity and sponsorship stated by nouns and by reference (extract/enmity.py,
extract/anaphora.py): rivals, enemies, "at war with", designations as terrorists, sides
named by a pronoun or as "the two groups", classes named with an example, a relative
clause naming the sponsor, proxies (backed by their owner) and allies named by their owner, fighting "between" two
sides also when the parser hung "between" on a place of the clause (not on a border), support an operation relies on, an attack on held ground.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)
CASES = [
    # enmity nouns
    (
        "Jaish al-Islam and Faylaq al-Rahman are bitter rivals in Eastern Ghouta.",
        "fights JAYSH_AL_ISLAM FAYLAQ_AL_RAHMAN",
    ),
    (
        "The Nusra Front, a sworn enemy of the Islamic State, holds much of Idlib.",
        "fights JABHAT_AL_NUSRA ISIS",
    ),
    (
        "Since 2015 the Houthis have been at war with the Saudi-led coalition.",
        "fights HOUTHIS SAUDI_COALITION",
    ),
    # alliance nouns
    ("Russia and Iran are allies of the Syrian government.", "allied IRN SYR_GOV"),
    ("Hezbollah and the Syrian army are allies.", "allied HEZBOLLAH SYR_MIL"),
    # allies in one deed share its enemy
    (
        (
            "The offensive on the town was launched by Syrian government forces against "
            "opposition fighters. The National Defense Forces, the Syrian army and Lebanon's "
            "Hezbollah played leading roles in the assault."
        ),
        "fights NDF GEN_REBELS",
    ),
    (
        (
            "Iraqi troops and Peshmerga fighters jointly retook the village of Bashiqa. Iraqi "
            "troops had clashed with the Islamic State there for weeks."
        ),
        "fights PESHMERGA ISIS",
    ),
    # the doers listed after a colon or a dash are allies, and share the fight
    (
        (
            "Iraqi forces have battled the Islamic State across the province since spring. The units "
            "achieved the victory as one: the federal police, the Iraqi army, tribal fighters and "
            "Peshmerga forces."
        ),
        "allied IRQ_MIL PESHMERGA",
    ),
    (
        (
            "Iraqi forces have battled the Islamic State across the province since spring. The units "
            "achieved the victory as one: the federal police, the Iraqi army, tribal fighters and "
            "Peshmerga forces."
        ),
        "fights PESHMERGA ISIS",
    ),
    (
        (
            "Several forces took part in freeing the district -- the Iraqi Army, the "
            "Counter Terrorism Service and the Kurdistan Regional Government's peshmerga, "
            "commanders said."
        ),
        "allied IRQ_MIL PESHMERGA",
    ),
    # a sponsor at the end of a chain of prepositions
    (
        (
            "Rebels near the border have been fighting Syrian troops backed by a big contingent of "
            "veteran fighters from Hezbollah."
        ),
        "backs HEZBOLLAH SYR_MIL",
    ),
    # designation as terrorists: a hostile stance, not combat
    (
        (
            "The Kurdistan Workers' Party, which Ankara has long listed as a terrorist "
            "organisation, denied the claim."
        ),
        "criticizes TUR PKK",
    ),
    ("Washington has designated Hezbollah a terrorist organisation.", "criticizes USA HEZBOLLAH"),
    ("Turkey regards the YPG as a terrorist organisation.", "criticizes TUR YPG"),
    # sides named by reference
    (
        "Iraqi forces and Kurdish Peshmerga units have fought each other near Kirkuk.",
        "fights IRQ_MIL PESHMERGA",
    ),
    (
        (
            "Hezbollah fighters and Free Syrian Army rebels met near Qusair. Both sides clashed "
            "again on Sunday."
        ),
        "fights HEZBOLLAH FSA",
    ),
    (
        (
            "Government troops entered the valley where Jaish al-Islam had been based. Faylaq "
            "al-Rahman sent fighters too, and the two groups clashed near the market."
        ),
        "fights JAYSH_AL_ISLAM FAYLAQ_AL_RAHMAN",
    ),
    (
        ("Kataib Hezbollah has fired rockets at the embassy. It is financed by Iran's Quds Force."),
        "backs QUDS_FORCE KATAIB_HEZBOLLAH",
    ),
    (
        "Turkey sent tanks across the border. It has shelled YPG positions north of Aleppo.",
        "fights TUR YPG",
    ),
    # sponsors in a relative clause, several at once, of a class named by example
    (
        "Kataib Hezbollah, which Iran trains and finances, fired rockets at the base.",
        "backs IRN KATAIB_HEZBOLLAH",
    ),
    (
        "Saudi Arabia and Qatar have financed Islamist brigades such as Ahrar al-Sham.",
        "backs QAT AHRAR_AL_SHAM",
    ),
    (
        "Saudi Arabia and Qatar have financed Islamist brigades such as Ahrar al-Sham.",
        "backs SAU AHRAR_AL_SHAM",
    ),
    # a fighter named by its aim; a fight that is the purpose of a deed done
    (
        "The global coalition to defeat the Islamic State met in Washington on Thursday.",
        "fights US_COALITION ISIS",
    ),
    (
        "Coalition forces are employing artillery in order to contain ISIS in the valley near Hajin.",
        "fights US_COALITION ISIS",
    ),
    ("Turkey sent more tanks into the village to fight the Islamic State.", "fights TUR ISIS"),
    # support an operation relies on; an attack on ground a side holds
    (
        "The Iraqi army's advance depends on air support from the coalition.",
        "backs US_COALITION IRQ_MIL",
    ),
    (
        "Syrian government warplanes bombed ISIS-held villages east of Homs on Friday.",
        "fights SYR_AIRFORCE ISIS",
    ),
    # proxies are backed by their owner; an ally or rival named by its owner
    ("Hezbollah, Iran's main proxy in the region, sent more fighters.", "backs IRN HEZBOLLAH"),
    ("Kataib Hezbollah is an Iranian proxy, U.S. officials say.", "backs IRN KATAIB_HEZBOLLAH"),
    ("The Houthis, a proxy of Iran, fired missiles at Riyadh.", "backs IRN HOUTHIS"),
    ("The rockets were fired by Iran's proxy Kataib Hezbollah.", "backs IRN KATAIB_HEZBOLLAH"),
    (
        "Iran and its proxies Hezbollah and Kataib Hezbollah condemned the strike.",
        "backs IRN KATAIB_HEZBOLLAH",
    ),
    ("Russia, Syria's closest ally, vetoed the resolution.", "allied RUS SYR"),
    ("The YPG, a U.S. ally, lost ground near Manbij.", "allied YPG USA"),
    ("Israel, Iran's arch-enemy, struck targets near Damascus.", "fights ISR IRN"),
    # doers of a deed another verb governs ("began to retake") are allies and share its enemy
    (
        "The YPG, the Free Syrian Army and the Peshmerga began to retake Kobane from the Islamic State.",
        "fights PESHMERGA ISIS",
    ),
    (
        "The YPG, the Free Syrian Army and the Peshmerga began to retake Kobane from the Islamic State.",
        "allied FSA PESHMERGA",
    ),
    (
        "Iraqi soldiers and the Popular Mobilization Forces managed to push the Islamic State out of Baiji.",
        "fights PMF ISIS",
    ),
    (
        "The Iraqi army, the federal police and the Popular Mobilization Forces took part in the battle against the Islamic State.",
        "fights PMF ISIS",
    ),
    # a state's partner with no state of its own is backed by it; an apposition is no claim
    ("The Syrian Democratic Forces, a key U.S. partner, took the town.", "backs USA SDF"),
    ("The SDF, Washington's main partner in Syria, denied the report.", "backs USA SDF"),
    ("France and its partner Germany condemned the attack.", "allied FRA DEU"),
    # a group "linked to" a state is backed by it; one linked to a group is its ally
    ("Rockets were fired at the base by Iran-linked militias.", "backs IRN GEN_PRO_GOV_MILITIAS"),
    ("Al-Qaida-linked militants attacked the base.", "allied GEN_MILITANTS AL_QAEDA"),
    # a people named as someone's allies or partners are its armed forces
    ("The United States has armed its Kurdish partners in Syria since 2015.", "backs USA YPG"),
    ("Washington keeps supporting its Kurdish allies in northern Syria.", "backs USA YPG"),
    # "between" hung on a place or time of the clause still names the two sides
    (
        "The siege saw weeks of fighting in and around Kobani between the YPG and the Islamic State.",
        "fights YPG ISIS",
    ),
    (
        "There has been fierce fighting near Aleppo between government forces and rebels.",
        "fights SYR_MIL GEN_REBELS",
    ),
    (
        "Clashes erupted on Monday in the old city between Hezbollah and the Nusra Front.",
        "fights HEZBOLLAH JABHAT_AL_NUSRA",
    ),
]


@pytest.mark.parametrize(("text", "tie"), CASES)
def test_tie_stated_by_a_noun_or_by_reference(text: str, tie: str, relations_found: Any) -> None:
    kind, source, target = tie.split()
    plain = {
        (k, a, b)
        for k, a, b, c in relations_found(text, PUBLISHED)
        if c in ("asserted", "attributed")
    }
    assert (kind, source, target) in plain


def test_a_list_of_doers_is_never_their_enemy(relations_found: Any) -> None:
    found = relations_found(
        "The units achieved the victory as one: the federal police, the Iraqi army, tribal "
        "fighters and Peshmerga forces.",
        PUBLISHED,
    )
    assert not {t for t in found if t[0] == "fights"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia considers the Syrian government a partner.",
        "Bolstered by U.S.-led airstrikes overnight, anti-IS militias raised their flags.",
        "The two sides met in Geneva on Monday.",
        "Turkey plans to attack the YPG next month.",  # a plan, kept apart from facts
        "The Kurdish leader called the deal a proxy war fought by others.",
        "Fighting continued along the border between Turkey and Syria.",
        "Clashes were reported on the road between Aleppo and Damascus.",
        "Turkey and Russia are partners in the Astana talks.",
    ],
)
def test_no_enmity_where_none_is_stated(text: str, relations_found: Any) -> None:
    found = relations_found(text, PUBLISHED)
    assert not {t for t in found if t[0] == "fights" and t[3] in ("asserted", "attributed")}


@pytest.mark.parametrize(
    "text",
    [
        "The PKK, which Ankara and Washington label a terrorist organisation, denied the report.",
        "Britain has designated the Houthi movement a terrorist group.",
        (
            "The Houthi movement, which Britain has listed as a terrorist organisation, rejected "
            "the plan."
        ),
    ],
)
def test_a_designation_is_a_stance_not_a_fight(text: str, relations_found: Any) -> None:
    found = relations_found(text, PUBLISHED)
    assert not {t for t in found if t[0] == "fights"}, found
    assert {t for t in found if t[0] == "criticizes"}, found


def test_a_faction_named_in_a_list_of_doers_is_no_membership(relations_found: Any) -> None:
    found = relations_found(
        "The YPG, some Free Syrian Army factions and Peshmerga of the Kurdistan Regional "
        "Government began to retake Kobane.",
        PUBLISHED,
    )
    assert not {t for t in found if t[0] == "member_of"}
    assert ("allied", "YPG", "FSA", "asserted") in found


def test_a_new_role_noun_ends_a_list_of_allies(relations_found: Any) -> None:
    found = relations_found(
        "The deal was agreed between Syria's allies Russia and Iran and rebel backer Turkey.",
        PUBLISHED,
    )
    allied = {(a, b) for k, a, b, _c in found if k == "allied"}
    assert ("RUS", "SYR") in allied and ("IRN", "SYR") in allied
    assert not {pair for pair in allied if "TUR" in pair}


def test_a_role_in_a_list_of_roles_still_names_the_group(relations_found: Any) -> None:
    found = relations_found(
        'Rebels "open the battle," said Abu Omar al-Halabi a field commander and '
        "media official for Ahrar al-Sham.",
        PUBLISHED,
    )
    assert {t for t in found if t[0] == "leads" and t[2] == "AHRAR_AL_SHAM"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # a role noun as a title before the name, hyphenated or not, whatever the parser
        # hung it on; its owner may be the class the backer supports or a leader's side
        (
            "The Syrian truce was signed by regime ally Russia and opposition-backer Turkey.",
            ("backs", "TUR", "GEN_OPPOSITION"),
        ),
        (
            "Officials from regime ally Russia and rebel-backer Turkey met in Astana.",
            ("backs", "TUR", "GEN_REBELS"),
        ),
        (
            "Regime ally Iran and opposition-backer Saudi Arabia traded accusations on Monday.",
            ("backs", "SAU", "GEN_OPPOSITION"),
        ),
        (
            "The meeting brought together Assad-ally Iran and rebel-backer Qatar.",
            ("allied", "IRN", "SYR"),
        ),
        (
            "The plan was drafted by Assad-ally Iran and rebel backer Saudi Arabia.",
            ("allied", "IRN", "SYR"),
        ),
        ("Opposition backers Turkey and Qatar rejected the proposal.", ("backs", "TUR", "GEN_OPPOSITION")),
    ],
)
def test_a_role_noun_titling_a_name_ties_it_to_the_owner(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    found = relations_found(text, PUBLISHED)
    assert (*tie, "asserted") in found


def test_a_community_owns_no_backer(relations_found: Any) -> None:
    # only a class that is a side, or the opposition, is backed by a title's holder
    found = relations_found("Kurdish-backer Washington warned Ankara against an offensive.", PUBLISHED)
    assert not {t for t in found if t[0] == "backs"}


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Yoav Gallant said the operation would go on.",
        "Interior Minister Ahmad al-Sharaa told reporters the road had reopened.",
        "Foreign Minister Hakan Fidan met his counterpart in Ankara.",
    ],
)
def test_a_portfolio_before_a_minister_is_no_organisation(text: str, relations_found: Any) -> None:
    found = relations_found(text, dt.date(2025, 6, 1))
    assert not {t for t in found if t[0] == "member_of" and t[2] == ""}


def test_a_spokesman_of_a_group_is_still_its_member(relations_found: Any) -> None:
    found = relations_found("Hamas spokesman Abu Obeida said the fighters had ambushed a patrol.", PUBLISHED)
    assert {t for t in found if t[0] == "member_of" and t[2] == "HAMAS"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("As a close ally of Assad, Moscow has flown sorties over Idlib.", "allied RUS SYR"),
        ("As the main sponsor of the Houthis, Tehran has trained their crews.", "backs IRN HOUTHIS"),
        ("Ankara, as a sponsor of the rebels, kept the crossings open.", "backs TUR GEN_REBELS"),
        ("As a bitter foe of the Islamic State, the Taliban raided its hideouts.", "fights TALIBAN ISIS"),
    ],
)
def test_a_role_the_clause_subject_acts_in_as_ties_it(text: str, tie: str, relations_found: Any) -> None:
    kind, source, target = tie.split()
    assert (kind, source, target, "asserted") in relations_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "As expected, Russian jets bombed the town on Monday.",
        "The envoy spoke as a friend of both sides at the talks.",
    ],
)
def test_as_without_a_role_noun_ties_no_one(text: str, relations_found: Any) -> None:
    assert not {t for t in relations_found(text, PUBLISHED) if t[0] in ("allied", "backs")}
