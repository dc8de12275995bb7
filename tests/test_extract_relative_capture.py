"""A capture told in a relative clause takes the ground its noun names, not goods."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 27)


def types_of(text: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    return [e.type for e in process_texts([text], dates=[PUBLISHED])[0].events]


@pytest.mark.parametrize(
    "text",
    [
        "Fallujah was the first major city the Islamic State had managed to capture.",
        "Ramadi is the town that Iraqi forces recaptured in December.",
        "The base the militants overran lies near Baidoa.",
    ],
)
def test_ground_taken_in_a_relative_clause_is_an_assault(engine, text: str) -> None:
    assert types_of(text) == ["ASSAULT"]


def test_goods_taken_in_a_relative_clause_stay_a_seizure(engine) -> None:
    assert types_of("The weapons the rebels seized were sold in Idlib.") == ["COERCE"]


def control_of(text: str) -> set[tuple[str, str, str]]:
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return {(c.kind, c.place_text, c.new_controller) for c in found}


@pytest.mark.parametrize(
    ("text", "kind", "place", "actor"),
    [
        # held: the place is the noun "which" stands for
        ("Shelling hit Douma, which is controlled by Jaysh al-Islam.", "held", "Douma", "JAYSH_AL_ISLAM"),
        ("Idlib, which is largely held by opposition forces, was shelled.", "held", "Idlib", "GEN_REBELS"),
        ("Aid reached Manbij, which is now run by the SDF, on Friday.", "held", "Manbij", "SDF"),
        # taken: the taker is the actor "which" follows
        ("Marea was held by Ahrar al-Sham, which seized it in 2013.", "capture", "Marea", "AHRAR_AL_SHAM"),
        ("Menagh is run by the Nusra Front, which overran it in 2013.", "capture", "Menagh", "JABHAT_AL_NUSRA"),
    ],
)
def test_a_relative_clauses_which_stands_for_the_place_or_actor_before_it(
    engine, text: str, kind: str, place: str, actor: str
) -> None:
    assert (kind, place, actor) in control_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shells hit regime-held Latakia and Qamishli, which is mostly run by the YPG.",
            {("held", "Latakia", "SYR_MIL"), ("held", "Qamishli", "YPG")},
        ),
        ("Bombs fell on Latakia and Qamishli, which the YPG controls.", {("held", "Qamishli", "YPG")}),
        (
            "Rockets struck Tartous and Manbij, which is controlled by the SDF, on Friday.",
            {("held", "Manbij", "SDF")},
        ),
        (
            "Kurdish fighters, who seized Tal Abyad and Ain Issa in June, pushed south.",
            {("capture", "Tal Abyad", "YPG"), ("capture", "Ain Issa", "YPG")},
        ),
    ],
)
def test_a_relative_clause_tells_of_its_own_place_not_the_ones_coordinated_before(
    engine, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = control_of(text)
    assert expected <= found
    assert not {(k, p, a) for k, p, a in found if p in ("Latakia", "Tartous") and a != "SYR_MIL"}


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The SDF, an alliance of Kurdish and Arab militias which captured Tabqa, moved on.", "Tabqa", "SDF"),
        ("The Army of Conquest, a coalition of Islamist groups which seized Idlib, shelled Foua.", "Idlib", "JAISH_AL_FATAH"),
        ("Rebels, who seized Jisr al-Shughour in April, pushed south.", "Jisr al-Shughour", "GEN_REBELS"),
    ],
)
def test_a_description_of_a_named_party_takes_through_its_relative_clause(
    engine, text: str, place: str, taker: str
) -> None:
    assert ("capture", place, taker) in control_of(text)
