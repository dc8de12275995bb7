"""An object "them" is no likelier the subject before than its object (extract/referents.py
``object_antecedents``, anaphora.object_antecedent): the subject is one candidate among
the other sides of the pronoun's number, its own clause's doer left out, and two leave it
unread. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 5, 1)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (("Iraqi troops encircled Islamic State fighters in western Mosul. US special forces then fought "
         "them street by street."), ("USA_MIL", "IRQ_MIL")),
        (("Iraqi troops encircled Islamic State fighters in western Mosul. Kurdish peshmerga units are "
         "fighting them too."), ("PESHMERGA", "IRQ_MIL")),
        (("Turkish soldiers surrounded Kurdish militiamen near Afrin. Russian jets are supporting them "
         "from the air."), ("RUS_AIRFORCE", "TUR_MIL")),
    ],
)
def test_an_object_pronoun_with_two_candidates_is_unread(relations_found, text, wrong) -> None:
    found = {(a, b) for _, a, b, _ in relations_found(text, DATE)}
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # the doer's own side is no candidate: one is left
        (("Iraqi troops encircled Islamic State fighters in western Mosul. Iraqi helicopters then fought "
         "them for hours."), ("fights", "IRQ_AIRFORCE", "ISIS")),
        # one side named before
        (("The Kurdish peshmerga hold the hills east of Mosul. Britain has sent mortars and rifles to "
         "them."), ("backs", "GBR", "PESHMERGA")),
    ],
)
def test_an_object_pronoun_with_one_candidate_is_read(relations_found, text, tie) -> None:
    found = {(k, a, b) for k, a, b, _ in relations_found(text, DATE)}
    assert tie in found, found
