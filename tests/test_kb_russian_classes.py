""" "Russia's proxies" and "Russian fighters" mean whom Russia fields in the article's war:
the Donbas separatists or Russia's army in Ukraine, the Wagner Group in Libya, Mali, Sudan
and the Central African Republic; in Syria the proxies are no named side. Sentences written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts


def _actor(text, published, phrase):
    found = predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]
    return next(m.actor_id for m in found.mentions if m.text.lower() == phrase.lower())


PROXIES = [
    (
        "Russia's proxies shelled Ukrainian positions near Avdiivka in the Donetsk region of Ukraine.",
        "2016-06-01",
        "Russia's proxies",
        "DONBAS_SEPARATISTS",
    ),
    (
        "Moscow's proxies fired mortars at Ukrainian troops near Luhansk, eastern Ukraine.",
        "2019-02-11",
        "Moscow's proxies",
        "DONBAS_SEPARATISTS",
    ),
    (
        "Kremlin-backed militias shelled a school in Marinka in eastern Ukraine.",
        "2017-07-04",
        "Kremlin-backed militias",
        "DONBAS_SEPARATISTS",
    ),
    (
        "Russian proxies fought beside the eastern forces south of Tripoli, Libya.",
        "2020-01-10",
        "Russian proxies",
        "WAGNER",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "actor"), PROXIES)
def test_russias_proxies_are_whom_russia_backs_in_that_war(text, published, phrase, actor):
    assert _actor(text, published, phrase) == actor


def test_russias_proxies_in_syria_are_no_donbas_separatists():
    actor = _actor(
        "Russia's proxies advanced on Palmyra in central Syria.", "2017-03-01", "Russia's proxies"
    )
    assert actor != "DONBAS_SEPARATISTS" and not actor.startswith("WAGNER")


FIGHTERS = [
    (
        "Russian fighters attacked Ukrainian trenches near Bakhmut in eastern Ukraine.",
        "2023-03-01",
        "Russian fighters",
        "RUS_MIL",
    ),
    (
        "Russian fighters and Malian troops killed dozens of villagers in central Mali.",
        "2022-04-05",
        "Russian fighters",
        "WAGNER",
    ),
    (
        "Russian gunmen guarded the gold mines near Bambari in the Central African Republic.",
        "2021-03-01",
        "Russian gunmen",
        "WAGNER_CAR",
    ),
    (
        "Russian combatants backed the eastern commander's assault on Tripoli, Libya.",
        "2019-11-20",
        "Russian combatants",
        "WAGNER",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "actor"), FIGHTERS)
def test_russian_fighters_are_whom_russia_fields_in_that_war(text, published, phrase, actor):
    assert _actor(text, published, phrase) == actor


def test_russian_fighters_in_ukraine_before_the_invasion_are_not_russias_army():
    actor = _actor(
        "Russian fighters joined the rebels near Donetsk in eastern Ukraine.",
        "2014-08-10",
        "Russian fighters",
    )
    assert actor != "RUS_MIL"
