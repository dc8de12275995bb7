"""Territorial control: capture, withdrawal and holding, with place ids from the gazetteer."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

PUBLISHED = dt.date(2017, 5, 4)  # a Thursday


@lru_cache(maxsize=64)
def controls(text: str, published: dt.date | None = PUBLISHED) -> list[Any]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[published])[0]
    assert not result.error, result.error
    return result.control_changes


def only(text: str, published: dt.date | None = PUBLISHED) -> Any:
    found = controls(text, published)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]


def test_capture_from_previous_holder() -> None:
    change = only(
        "Syrian government forces recaptured the town of Palmyra from Islamic State on Monday."
    )
    assert (change.kind, change.place_text, change.previous_controller) == (
        "capture",
        "Palmyra",
        "ISIS",
    )
    assert change.new_controller == "SYR_MIL"
    assert change.place_id
    assert change.time.date == dt.date(2017, 5, 1)
    assert change.evidence is not None and change.evidence.sentence.startswith("Syrian")


def test_capture_verbs() -> None:
    for verb in ("captured", "seized", "took", "retook", "liberated", "overran"):
        change = only(f"Islamic State fighters {verb} the town of Tabqa.")
        assert (change.kind, change.new_controller) == ("capture", "ISIS"), verb


def test_passive_capture() -> None:
    change = only("The town of Manbij was captured by the Syrian Democratic Forces.")
    assert (change.kind, change.new_controller, change.place_text) == ("capture", "SDF", "Manbij")


def test_withdrawal() -> None:
    change = only("Hezbollah fighters withdrew from the town of Qusayr on Tuesday.")
    # no taker in the text: Hezbollah no longer holds Qusayr, which is no change of hands
    assert (change.kind, change.previous_controller, change.new_controller) == (
        "lost",
        "HEZBOLLAH",
        "",
    )
    change = only("Islamic State militants retreated from Jarablus.")
    assert (change.kind, change.previous_controller) == ("lost", "ISIS")


def test_held_patterns() -> None:
    change = only("Raqqa is controlled by Islamic State.")
    assert (change.kind, change.new_controller, change.place_text) == ("held", "ISIS", "Raqqa")
    change = only("The Islamic State-held city of Deir ez-Zor was quiet.")
    assert (change.kind, change.new_controller) == ("held", "ISIS")
    change = only("Eastern Aleppo remains under the control of Jaysh al-Islam, residents said.")
    assert (change.kind, change.new_controller) == ("held", "JAYSH_AL_ISLAM")
    assert change.claim.certainty == "attributed"


def test_pocket() -> None:
    change = only("Government troops shelled the last Islamic State pocket near Albu Kamal.")
    assert (change.kind, change.new_controller) == ("held", "ISIS")


def test_background_capture_is_dated_to_its_own_time() -> None:
    change = only("Islamic State had captured Mosul in June 2014.")
    assert (change.time.date, change.time.precision, change.time.background) == (
        dt.date(2014, 6, 1),
        "month",
        True,
    )


def test_no_place_no_control() -> None:
    assert controls("Rebels captured twelve soldiers on Monday.") == []


def test_undated_article_keeps_relative_time_unresolved() -> None:
    change = only("Kurdish fighters captured the town of Tal Abyad on Monday.", None)
    assert change.time.date is None and change.time.text == "on Monday"


def test_a_held_city_named_with_its_side_is_held_whatever_the_parse_makes_of_the_side() -> None:
    """ "rebel-held east Aleppo": the parser hangs the adjective on "east", not the city."""
    for text, holder in [
        ("Conditions in rebel-held east Aleppo will only get worse as winter sets in.", "GEN_REBELS"),
        ("The situation in opposition-held east Aleppo is dire, doctors said.", "GEN_OPPOSITION"),
        ("Aid convoys could not reach rebel-held east Aleppo this week.", "GEN_REBELS"),
    ]:
        assert [(c.kind, c.place_text, c.new_controller) for c in controls(text)] == [
            ("held", "Aleppo", holder)
        ], text
