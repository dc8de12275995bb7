"""The gerund that tells how a deed was done ("by seizing a bridge") has no clause of its
own: it shares its verb's hedge ("reportedly cut the road by seizing ...") and modals, but
not its negation ("did not take T by storming it but by a deal" denies the means only); a
plain verb leaves it plain."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def certainty_of(events_found, text: str, trigger: str) -> set[str]:
    return {e.claim.certainty for e in events_found(text, PUBLISHED) if e.trigger == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        ("Rebels reportedly cut the main road into Idlib by seizing a bridge on Monday.",
         "seizing", "hedged"),
        (("Government troops allegedly broke the siege of Deir ez-Zor by capturing the hills "
          "south of the city."), "capturing", "hedged"),
        ("Kurdish fighters cut the road to Raqqa by seizing the Tishrin dam on Sunday.",
         "seizing", "asserted"),
        ("Islamic State fighters apparently entered Ramadi by storming its southern gate.",
         "storming", "hedged"),
    ],
)
def test_a_means_gerund_shares_its_verbs_certainty(
    events_found, text: str, trigger: str, certainty: str
) -> None:
    assert certainty_of(events_found, text, trigger) == {certainty}


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        (("Kurdish fighters did not seize Manbij by shelling it but by cutting its supply "
          "roads, officials said."), "cutting", "attributed"),
        ("Army units did not reach Tadmur by storming it; they walked in after a truce.",
         "storming", "asserted"),
        (("Syrian troops did not enter Palmyra by storming it but by negotiating a handover, "
          "an officer said."), "storming", "attributed"),
        ("Government troops could break the siege of Deir ez-Zor by capturing the hills.",
         "capturing", "hypothetical"),
    ],
)
def test_a_means_gerund_takes_modals_but_not_the_verbs_negation(
    events_found, text: str, trigger: str, certainty: str
) -> None:
    assert certainty_of(events_found, text, trigger) == {certainty}
