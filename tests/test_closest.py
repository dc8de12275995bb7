"""The length band of the edit-ratio search gives the full scan's answer (kb/closest.py)."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from frontwatch.kb.closest import RatioIndex


def _misspellings(keys: list[str], count: int, seed: int) -> list[str]:
    """Keys with a letter dropped, doubled or changed, and a few cut or lengthened."""
    rng = random.Random(seed)
    out = []
    for key in rng.sample(keys, min(count, len(keys))):
        at = rng.randrange(len(key))
        edit = rng.choice(("drop", "double", "change", "cut", "grow"))
        if edit == "drop":
            out.append(key[:at] + key[at + 1 :])
        elif edit == "double":
            out.append(key[: at + 1] + key[at:])
        elif edit == "change":
            out.append(key[:at] + rng.choice("aeiouklmnrst") + key[at + 1 :])
        elif edit == "cut":
            out.append(key[: max(1, len(key) * 3 // 4)])
        else:
            out.append(key + key[: len(key) // 5])
    return out


def _full_scan(query: str, keys: list[str], cutoff: float) -> tuple[str, float] | None:
    found = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if found is None else (found[0], found[1])


@pytest.mark.parametrize("cutoff", [90.0, 80.0, 95.5])
def test_actor_names_give_the_full_scans_answer(actor_kb, cutoff):
    keys = actor_kb.names.fuzzy_keys
    index = RatioIndex(keys)
    queries = [*_misspellings(keys, 300, seed=int(cutoff)), "xx", "a", keys[0]]
    answers = [index.closest(query, cutoff) for query in queries]
    assert answers == [_full_scan(query, keys, cutoff) for query in queries]
    assert sum(answer is not None for answer in answers) > 30  # the scan did find names


def test_ties_keep_the_first_key_given():
    keys = ["homsx", "hamah", "homs", "hamas"]
    index = RatioIndex(keys)
    assert index.closest("hamax", 75.0) == _full_scan("hamax", keys, 75.0) == ("hamah", 80.0)
    assert index.closest("homs", 100.0) == ("homs", 100.0)
    assert index.closest("zzzzzz", 50.0) is None


def test_an_empty_index_finds_nothing():
    assert RatioIndex([]).closest("aleppo", 90.0) is None


def test_a_misspelled_place_is_found_by_its_closest_key(gazetteer):
    found = gazetteer.candidates("Jarabuls")  # no table knows this spelling
    assert [c.match for c in found] == ["fuzzy"]
    assert found[0].place.name.startswith("Jar")


def test_place_keys_give_the_full_scans_answer(gazetteer):
    keys = list(gazetteer._loose_keys()._keys)
    queries = _misspellings(keys, 300, seed=7)
    answers = [gazetteer._closest_loose_key(query) for query in queries]
    assert answers == [_full_scan(query, keys, 90.0) for query in queries]
    assert sum(answer is not None for answer in answers) > 30
