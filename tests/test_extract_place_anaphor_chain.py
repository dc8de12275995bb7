"""A "the city" whose town lies further back than the look-back window stands for the town
an earlier "the city" of its window stands for: a report names the town once and then keeps
telling "the city" for several sentences ("stormed T ... pushed into the town ... cut off
inside the town ... captured the town"). A town named between them ends the chain (issue
13: "events with no place where an earlier sentence gives one"). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def captures(text: str) -> tuple[list[str], list[str]]:
    """The places of the text's seizures (events of mode seize) and of its control changes."""
    result = process_texts([text], dates=[dt.date(2021, 3, 2)])[0]
    places = {p.id: p.name for p in result.places}
    seized = [places.get(e.place_id, "") for e in result.events if e.mode == "seize"]
    taken = [places.get(c.place_id, "") for c in result.control_changes]
    return seized, taken


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            (
                "Rebel fighters stormed Saraqib from the east on Monday. By Tuesday they had "
                "pushed into the town. Government troops were cut off inside the town on "
                "Wednesday. On Thursday the rebels captured the town."
            ),
            "Saraqib",
        ),
        (
            (
                "Iraqi forces began an assault on Baiji at dawn. Engineers cleared roadside bombs "
                "on the edge of the city. Snipers slowed the advance into the city for hours. By "
                "nightfall, troops had retaken the city."
            ),
            "Bayjī",
        ),
        (
            (
                "Kurdish fighters pushed into Manbij from the south on Sunday. Clashes spread "
                "through the city overnight. Militants set fires across the city on Monday. Two "
                "days later, the fighters seized the city."
            ),
            "Manbij",
        ),
    ],
)
def test_a_chain_of_the_city_reaches_the_town_named_first(text: str, town: str) -> None:
    seized, taken = captures(text)
    assert seized[-1] == town  # the capture, told sentences after the town's name
    assert town in taken


def test_a_town_named_between_ends_the_chain() -> None:
    text = (
        "Rebels stormed Saraqib on Monday. Government jets bombed Ariha in reply. Fighting raged "
        "in the town for hours. Rebels later captured the town."
    )
    seized, _ = captures(text)
    assert seized[-1] == "Arīḩā"
