"""A class and the named actor it may be a name of are no two sides (extract/armed.py).

"The militants attacked the base ... Al-Shabab said its fighters overran it": the
militants are al-Shabab, not its enemy. A class the actor cannot be ("rebels" are not the
Islamic State or the SDF, "government forces" are no armed group) still makes a tie.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 3, 12)


def _fights(relations_found: Any, text: str) -> set[frozenset[str]]:
    found = relations_found(text, PUBLISHED)
    return {frozenset((a, b)) for kind, a, b, _c in found if kind == "fights"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Officials said the militants stormed a police post near Baidoa at dawn. "
                "Al-Shabab later said its fighters had overrun the post."
            ),
            ("GEN_MILITANTS", "AL_SHABAAB"),
        ),
        (
            (
                "The insurgent offensive captured two district centres on Saturday, and the "
                "Taliban said the push would go on."
            ),
            ("GEN_INSURGENTS", "TALIBAN"),
        ),
        (
            (
                "Jihadists seized the checkpoint overnight; the Islamic State claimed the attack "
                "in a statement on Telegram."
            ),
            ("GEN_JIHADISTS", "ISIS"),
        ),
    ],
)
def test_a_class_is_not_the_enemy_of_the_actor_it_names(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in _fights(relations_found, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Syrian rebels clashed with Islamic State fighters north of Aleppo on Monday.",
            ("GEN_REBELS", "ISIS"),
        ),
        (
            "Turkish-backed rebels shelled positions of the Syrian Democratic Forces near Manbij.",
            ("SDF",),
        ),
        (
            (
                "Government forces pounded rebel positions in eastern Ghouta, the Syrian "
                "Observatory for Human Rights said."
            ),
            ("SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_a_class_the_actor_cannot_be_still_fights_it(
    relations_found: Any, text: str, pair: tuple[str, ...]
) -> None:
    assert any(set(pair) <= found for found in _fights(relations_found, text))


def test_could_stand_for_reads_the_class_antecedents() -> None:
    from frontwatch.eval.predict import actor_kb
    from frontwatch.kb.actors.antecedents import could_stand_for

    kb = actor_kb(None)
    assert could_stand_for(kb, "GEN_MILITANTS", "AL_SHABAAB")
    assert not could_stand_for(kb, "GEN_REBELS", "SDF")  # listed among its not_ids
    assert not could_stand_for(kb, "GEN_REBELS", "SYR_MIL")
    assert not could_stand_for(kb, "GEN_CIVILIANS", "ISIS")  # a class without antecedents
