"""A "between" list parted into two sides: "clashes between A and B against C", "fighting
between A and B on one side and C on the other" (extract/betweensides.py). A and B fight C
and stand together; they never fight each other."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import top_sides, top_ties

PUBLISHED = dt.date(2017, 3, 2)


def _ties(text: str, kind: str, actor_kb) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return top_ties(text, kind, actor_kb, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "allies", "enemy"),
    [
        (
            (
                "The battle for the airport was fought between Russian troops and Wagner "
                "mercenaries against the Ukrainian army."
            ),
            ("RUS", "WAGNER"),
            "UKR",
        ),
        (
            (
                "Fighting raged for days between the Iraqi army and Kurdish peshmerga on one side "
                "and Islamic State militants on the other."
            ),
            ("IRQ", "PESHMERGA"),
            "ISIS",
        ),
        (
            (
                "Clashes went on overnight between Iraqi soldiers and Shiite militias against "
                "Islamic State gunmen in the west of the town."
            ),
            ("IRQ", "PMF"),
            "ISIS",
        ),
        (
            (
                "Gun battles lasted until dawn between Somali troops and African Union soldiers on "
                "the one side and al-Shabab on the other side."
            ),
            ("SOM", "AMISOM"),
            "AL_SHABAAB",
        ),
    ],
)
def test_each_side_of_a_parted_list_fights_the_other(engine, actor_kb, text, allies, enemy) -> None:  # type: ignore[no-untyped-def]
    fights = _ties(text, "fights", actor_kb)
    allies = tuple(actor_kb.top_of(a) for a in allies)
    enemy = actor_kb.top_of(enemy)
    assert {frozenset({a, enemy}) for a in allies} <= fights
    assert frozenset(allies) not in fights  # the two on one side never fight each other


@pytest.mark.parametrize(
    "text",
    [
        (
            "Heavy clashes broke out between the Syrian army and Hezbollah on one side and the "
            "Nusra Front on the other."
        ),
        (
            "Gunfights erupted between Syrian soldiers and Hezbollah fighters against the Nusra "
            "Front near the border."
        ),
    ],
)
def test_the_event_of_a_parted_list_sets_one_side_against_the_other(engine, actor_kb, text) -> None:  # type: ignore[no-untyped-def]
    assert set(top_sides(text, "ASSAULT", actor_kb, PUBLISHED)) == {("SYR", "JABHAT_AL_NUSRA")}
    assert frozenset({"SYR", "HEZBOLLAH"}) not in _ties(text, "fights", actor_kb)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an unparted list: its two members fight each other
        (
            "Heavy clashes broke out between the Syrian army and the Nusra Front near the border.",
            ("SYR", "JABHAT_AL_NUSRA"),
        ),
        # a backer inside a side is no side of the fight
        (
            (
                "The battle was fought between militiamen backed by Iran and the Islamic State "
                "group near the border."
            ),
            ("GEN_PRO_GOV_MILITIAS", "ISIS"),
        ),
    ],
)
def test_an_unparted_list_keeps_its_two_sides(engine, actor_kb, text, pair) -> None:  # type: ignore[no-untyped-def]
    fights = _ties(text, "fights", actor_kb)
    assert frozenset(actor_kb.top_of(p) for p in pair) in fights


def test_against_on_no_actor_parts_no_list(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    """ "against the wishes of C": C is no side of the talks."""
    text = "Talks between the Syrian government and the Kurdish YPG went ahead against the advice of Moscow."
    assert all("RUS" not in pair for pair in _ties(text, "cooperates", actor_kb))


def test_a_backer_inside_a_parted_side_is_no_side(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clashes raged between Syrian troops and militiamen backed by Iran against the "
        "Islamic State group east of Palmyra."
    )
    fights = _ties(text, "fights", actor_kb)
    assert frozenset({"SYR", "ISIS"}) in fights
    assert frozenset({"IRN", "ISIS"}) not in fights
    assert all("IRN" not in pair for pair in _ties(text, "allied", actor_kb))


@pytest.mark.parametrize(
    ("text", "pair", "outsider"),
    [
        # an "against" inside a member's relative clause parts no list
        (
            (
                "Heavy fighting between Iraqi troops and Islamic State militants, who had staged "
                "raids against the peshmerga, left many dead."
            ),
            ("IRQ", "ISIS"),
            "PESHMERGA",
        ),
        (
            (
                "Clashes between Somali soldiers and al-Shabab fighters, who had mounted an "
                "assault against African Union troops, killed ten people."
            ),
            ("SOM", "AL_SHABAAB"),
            "AMISOM",
        ),
        # nor one inside a member's apposition
        (
            (
                "Fighting between Hezbollah and the Nusra Front, known for its ambushes against "
                "the Lebanese army, flared near the border."
            ),
            ("HEZBOLLAH", "JABHAT_AL_NUSRA"),
            "LBN",
        ),
    ],
)
def test_an_against_inside_a_member_parts_no_list(engine, actor_kb, text, pair, outsider) -> None:  # type: ignore[no-untyped-def]
    a, b = (actor_kb.top_of(p) for p in pair)
    outsider = actor_kb.top_of(outsider)
    fights = _ties(text, "fights", actor_kb)
    assert frozenset({a, b}) in fights
    assert frozenset({a, b}) not in _ties(text, "allied", actor_kb)
    assert frozenset({a, outsider}) not in fights
    assert (a, outsider) not in top_sides(text, "ASSAULT", actor_kb, PUBLISHED)
