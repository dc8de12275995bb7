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


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Hamas received Iranian rockets through the tunnels under Rafah.", "IRN", "HAMAS"),
        # the doer of a verb of using owns "its" or "their" arms
        ("The Houthis fired their Iranian-supplied missiles at Riyadh on Sunday.", "IRN", "HOUTHIS"),
        ("The YPG used its U.S.-supplied rockets against Islamic State near Raqqa.", "USA", "YPG"),
    ],
)
def test_held_arms_received_or_used_still_name_their_giver(text, backer, backed):
    assert (backer, backed) in _backs(text)


@pytest.mark.parametrize(
    "text",
    [
        # an attack taken, not arms held
        "Rebel positions outside Hama received Russian airstrikes through the night, activists said.",
        "Houthi positions near Hodeidah received Saudi missile strikes on Tuesday, the group said.",
        # arms fired at the receiver were no gift
        "The Iraqi army received Iranian rockets launched by a militia at its base near Samarra.",
        # "its" arms destroyed by the doer are not the doer's
        "The Free Syrian Army said Russian jets destroyed several of its U.S.-supplied launchers near Hama.",
    ],
)
def test_attacks_taken_and_arms_destroyed_name_no_backer(text):
    assert not _backs(text)
