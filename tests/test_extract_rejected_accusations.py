"""A rejection of "the accusations" negates what the rejecter is charged with doing, never
the accuser's own act against it told in the same reported sentence (the summons, the
protest): extract/deniedbefore.py with cues.yaml ``accusation_nouns``."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2015, 11, 26)


def _certainties(text: str) -> dict[str, str]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {e.trigger: e.claim.certainty for e in result.events}


@pytest.mark.parametrize(
    ("text", "kept", "denied"),
    [
        (
            ("Ankara summoned Moscow's ambassador after Russian warplanes bombed Turkmen "
            "villages near Latakia, Turkish officials said. Russia rejected the accusations."),
            "summoned",
            "bombed",
        ),
        (
            ("Baghdad summoned the Turkish envoy after Turkish jets struck a camp near Sinjar, "
            "the foreign ministry said. Ankara dismissed the allegations."),
            "summoned",
            "struck",
        ),
    ],
)
def test_the_accusers_act_stands_and_the_charged_deed_is_denied(text, kept, denied):
    found = _certainties(text)
    assert found[kept] == "attributed"
    assert found[denied] == "negated"


def test_a_denied_claim_of_a_deed_done_to_the_denier_is_still_denied():
    # "the claim" is no charge: the loser may deny a rival's claim of taking its ground
    text = "Rebels said they had stormed army positions near Hama. The army denied the claim."
    assert _certainties(text)["stormed"] == "negated"
