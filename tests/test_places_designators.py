"""A site's generic ending is written many ways ("airbase", "air base", "military
airport", "airfield"; "oil field", "oilfield"): one group of endings in
kb/places/data/designators.yaml, and every curated site answers to each ending of its
group. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.designators import (
    check_designators,
    designator_groups,
    designator_variants,
)

_HEADER = {"source": "test", "licence": "CC0-1.0", "gaps": "none"}


def test_an_airbase_is_also_known_by_the_other_endings_of_its_group() -> None:
    variants = designator_variants(["Tiyas airbase"])
    assert {"tiyas air base", "tiyas airfield", "tiyas military airport"} <= set(variants)
    assert "tiyas military airbase" in designator_variants(["Tiyas military airport"])


def test_a_two_word_ending_is_read_whole_not_as_a_name_ending_in_base() -> None:
    variants = designator_variants(["Balad air base"])
    assert {"balad airbase", "balad military airport"} <= set(variants)
    assert "balad air airbase" not in variants and "balad air military airport" not in variants


def test_an_oil_field_is_also_an_oilfield() -> None:
    assert "omar oilfield" in designator_variants(["Omar oil field"])


@pytest.mark.parametrize("name", ["Camp Taji", "Division 17 base", "Aleppo", "Hama airport"])
def test_a_name_ending_with_no_designator_gets_no_variant(name: str) -> None:
    assert designator_variants([name]) == []


@pytest.mark.parametrize(
    ("text", "written", "place_id"),
    [
        (
            "Insurgents fired mortars at the Khalkhalah air base north of Sweida.",
            "Khalkhalah air base",
            "fw:ab-khalkhalah",
        ),
        (
            "Two warplanes took off from the Jirah air base before dawn, a monitor said.",
            "Jirah air base",
            "fw:ab-jirah",
        ),
        (
            "Rockets landed inside the Balad military airbase late on Thursday.",
            "Balad military airbase",
            "fw:ab-balad",
        ),
        (
            "Government helicopters fly their sorties out of the Sayqal airfield.",
            "Sayqal airfield",
            "fw:ab-sayqal",
        ),
    ],
)
def test_a_site_written_with_another_ending_resolves_to_it(
    place_mentions, text: str, written: str, place_id: str
) -> None:
    found = place_mentions(text)
    mention = next((m for t, m in found.items() if written.lower() in t.lower()), None)
    assert mention is not None and mention.place_id == place_id, found


def test_an_air_base_named_only_by_its_town_stays_the_town(place_mentions) -> None:
    # "an air base near Hama": the ending does not follow the name, so no airbase is read
    found = place_mentions("Jets struck an air base near Hama on Tuesday.")
    assert found["Hama"].place_id != "fw:ab-hama", found


def test_the_shipped_groups_are_valid() -> None:
    groups = designator_groups()
    assert any("air base" in group and "airbase" in group for group in groups)
    assert check_designators({**_HEADER, "designator_groups": [list(g) for g in groups]}) == []


def test_every_problem_of_a_bad_file_is_named_at_once() -> None:
    problems = check_designators(
        {
            "source": "test",
            "designator_groups": [
                ["airbase"],
                ["Air Base", "airfield", 4],
                ["airfield", "air strip"],
            ],
        }
    )
    assert "designators.yaml:1: licence: header field missing" in problems
    assert any("[1]: a list of two or more phrases" in p for p in problems), problems
    assert any("'Air Base' is not lower-case words" in p for p in problems), problems
    assert any("4 is not lower-case words" in p for p in problems), problems
    assert any("'airfield' listed twice" in p for p in problems), problems
    assert check_designators([]) == ["designators.yaml: not a mapping"]


def test_the_ruler_keeps_every_phrase_the_gazetteer_makes(gazetteer) -> None:
    # the theatre cities come last: a bound reached would drop them without a word
    from frontwatch.kb.places.patterns import MAX_PATTERNS, build_patterns

    assert len(build_patterns(gazetteer)) < MAX_PATTERNS
