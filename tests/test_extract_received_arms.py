"""Backing told through what a side received: "X received American missiles", "X and Y,
both of which have received American missiles", "Saudi-supplied arms reached X", "X fired
its U.S.-supplied missiles" -> the giver backs X (extract/receivedarms.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 9, 1)


def _backs(text: str) -> set[tuple[str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    top = {"USA_MIL": "USA", "IRN_MIL": "IRN"}  # an arm named by its weapons is its state's
    return {
        (top.get(r.source_actor, r.source_actor), r.target_actor)
        for r in result.relations
        if r.kind == "backs" and r.claim.certainty in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The Free Idlib Army received American anti-tank missiles in the spring.", "USA", "JAYSH_IDLIB_AL_HURR"),
        ("Hezbollah has long received Iranian rockets by way of Damascus.", "IRN", "HEZBOLLAH"),
        ("Qatari-supplied rifles reached Jaish al-Islam over the winter.", "QAT", "JAYSH_AL_ISLAM"),
        ("By June, U.S.-supplied ammunition had reached the Free Syrian Army.", "USA", "FSA"),
        ("The Free Syrian Army turned its U.S.-provided missiles on regime armour.", "USA", "FSA"),
    ],
)
def test_the_giver_of_received_arms_backs_the_receiver(text, backer, backed):
    assert (backer, backed) in _backs(text)


def test_each_side_a_partitive_relative_stands_for_is_a_receiver():
    text = (
        "The YPG and the Sultan Murad Division, both of which have received American "
        "missiles, traded fire outside Azaz."
    )
    backs = _backs(text)
    assert ("USA", "YPG") in backs
    assert ("USA", "SULTAN_MURAD") in backs


@pytest.mark.parametrize(
    "text",
    [
        # a maker, not a giver
        "The Syrian army received Russian-made tanks in 2015.",
        # arms taken, not given
        "Islamic State fighters captured American weapons from the Iraqi army near Mosul.",
    ],
)
def test_a_maker_or_a_capture_names_no_backer(text):
    assert not {b for b in _backs(text) if b[0] in ("RUS", "USA")}
