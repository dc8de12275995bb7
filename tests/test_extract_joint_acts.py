"""The counterpart of joint and mutual acts, and the topic of talks that is no party."""

from __future__ import annotations

import pytest
from extracted import extract


def sides(text: str, kind: str) -> set[frozenset[str]]:
    return {
        frozenset((e.source_actor, e.target_actor)) for e in extract(text).events if e.type == kind
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Turkish foreign minister and his Russian counterpart discussed Syria on Monday.", ("TUR", "RUS")),
        ("Iran and Iraq discussed the Kurdish referendum in Tehran.", ("IRN", "IRQ")),
        ("The Iranian foreign minister discussed Syria with his Turkish counterpart in Ankara.", ("IRN", "TUR")),
        ("Qatar negotiated the fate of Raqqa with Turkey on Sunday.", ("QAT", "TUR")),
    ],
)
def test_what_talks_are_about_is_no_party(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in sides(text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudan's army and the RSF accused each other of violating the truce in Khartoum.", ("SDN_SAF", "RSF_SDN")),
        ("Government troops and Houthi fighters accused one another of shelling the port of Hodeidah.", ("YEM_MIL", "HOUTHIS")),
        ("Ethiopia and Eritrea condemned each other over the border clashes.", ("ETH", "ERI")),
    ],
)
def test_a_mutual_act_has_each_side_as_the_others_counterpart(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in sides(text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Syrian army and the rebels resumed their talks in Astana.", ("SYR_MIL", "GEN_REBELS")),
        ("Sudan's army and the RSF began negotiations in Jeddah on Saturday.", ("SDN_SAF", "RSF_SDN")),
        ("Ethiopia and the TPLF held talks in Pretoria.", ("ETH", "TPLF")),
    ],
)
def test_talks_carried_by_a_verb_take_its_subjects_as_sides(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in sides(text, "CONSULT")


def test_a_one_sided_accusation_keeps_its_object() -> None:
    text = "Iraq condemned Turkey and Iran for the strikes."
    assert frozenset(("IRQ", "TUR")) in sides(text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        ("The Houthis seized Sanaa in September. In January they withdrew from the presidential palace.", "RETREAT", "HOUTHIS"),
        ("The army besieged Homs for two years. It lifted the siege in May.", "RETREAT", "SYR_MIL"),
        ("Turkey attacked Afrin in January. In March it agreed to a ceasefire with the YPG.", "AGREE", "TUR"),
        ("The RSF shelled El Fasher on Monday. On Tuesday it demanded that the army leave the city.", "REQUEST", "RSF_SDN"),
    ],
)
def test_a_pronoun_doer_of_an_act_other_than_an_attack_is_the_actor_before(
    text: str, kind: str, doer: str
) -> None:
    assert doer in {e.source_actor for e in extract(text).events if e.type == kind}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("President Bashar al-Assad's troops besieged Daraya for four years.", "SYR"),
        ("Haftar imposed a curfew on Derna in May.", "LNA"),
        ("Abiy Ahmed imposed a curfew on Mekelle in November.", "ETH"),
    ],
)
def test_a_leaders_siege_or_curfew_is_his_sides(text: str, side: str) -> None:
    doers = {e.source_actor for e in extract(text).events if e.type == "COERCE"}
    assert any(d.startswith(side) for d in doers), doers


def test_a_person_arrested_stays_the_person() -> None:
    text = "Min Aung Hlaing detained Aung San Suu Kyi in Naypyidaw."
    assert "P_AUNG_SAN_SUU_KYI" in {e.target_actor for e in extract(text).events if e.type == "COERCE"}


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Washington and London welcomed the talks between the army and the rebels.", "CONSULT", ("USA_MIL", "GBR")),
        ("France and Britain praised the negotiations between the government and the Houthis.", "CONSULT", ("FRA_GOV", "GBR")),
        ("Russia and Turkey signed a deal with the rebels in Idlib.", "AGREE", ("RUS", "TUR")),
        ("Egypt and Qatar reached a truce with Hamas in Cairo.", "AGREE", ("EGY", "QAT")),
    ],
)
def test_a_co_subject_is_no_counterpart_of_an_act_it_only_judges_or_has_named(
    text: str, kind: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in sides(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Islamic State fighters attacked villagers in Hawija. They demanded protection from the army.", "REQUEST"),
        ("Al-Shabaab gunmen shot civilians in Baidoa. They asked the police for help.", "REQUEST"),
        ("Hezbollah shelled the village on Monday.\n\nThey agreed to a ceasefire on Tuesday.", "AGREE"),
        ("The RSF shelled El Fasher on Monday.\n\nIt withdrew from two districts on Friday.", "RETREAT"),
    ],
)
def test_a_pronoun_doer_other_than_an_attackers_is_only_the_sole_actor_of_its_paragraph(
    text: str, kind: str
) -> None:
    found = [e for e in extract(text).events if e.type == kind]
    assert found, text
    assert not found[0].source_actor, found[0].source_actor
