"""Who claims an act does it, also when the claim is a statement, a tweet or a video that
names its issuer ("a statement from X claimed the bombing", "a video posted in the name
of X claimed responsibility for the attack"), and when the act is the claim verb's own
object ("X claimed the bombing") (extract/undergone.responsible_for, ``object_classes``
``owning_verbs`` and ``issuing`` in events.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 5, 1)


def _doers(engine, text: str) -> set[str]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return {
        engine.actor_kb.top_of(e.source_actor)
        for e in events
        if e.type == "ASSAULT" and e.source_actor
    }


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            (
                "A suicide bomber blew himself up inside a wedding hall in Kabul on Friday, killing 14 guests. "
                "A statement from the Taliban claimed the bombing."
            ),
            "TALIBAN",
        ),
        (
            (
                "A car bomb ripped through a crowded market in Baghdad, killing 20 shoppers. "
                "A video put out in the name of Islamic State militants claimed responsibility for the explosion."
            ),
            "ISIS",
        ),
        (
            (
                "Militants ambushed a convoy of troops outside Mogadishu on Tuesday. "
                "Al-Shabaab claimed the ambush in a radio broadcast."
            ),
            "AL_SHABAAB",
        ),
        (
            (
                "A roadside bomb struck a police patrol near Kirkuk, wounding four officers. "
                "A message on a channel run by the Islamic State group later claimed responsibility for the attack."
            ),
            "ISIS",
        ),
    ],
)
def test_the_issuer_of_a_claim_is_the_doer(engine, text, doer):
    assert engine.actor_kb.top_of(doer) in _doers(engine, text)


def test_a_statement_condemning_an_act_names_no_doer(engine):
    text = (
        "A car bomb killed nine shoppers at a market in Baghdad on Saturday. "
        "A statement from the United Nations condemned the bombing."
    )
    assert "UN" not in _doers(engine, text)
    assert not _doers(engine, text) - {"GEN_GUNMEN"}


def _assaults(text: str) -> list[tuple[str, str]]:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [(e.source_actor, e.trigger) for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            (
                "A suicide bomber killed 30 mourners at a funeral in Baghdad on Sunday.\n\n"
                "Police said the toll could rise. The Islamic State group said it was responsible for the deadly attack."
            ),
            "ISIS",
        ),
        (
            (
                "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 guests. "
                "Al-Shabaab claimed the assault hours later."
            ),
            "AL_SHABAAB",
        ),
        (
            (
                "A suicide bomber blew himself up outside a ministry in Kabul, killing six clerks. "
                "The Taliban claimed responsibility for the bombing in a statement."
            ),
            "TALIBAN",
        ),
    ],
)
def test_a_claim_names_the_doer_told_only_by_what_it_is(engine, text, doer):
    """The act told first by "a suicide bomber" or "gunmen" is the one the claim points back at:
    one act, done by the claimant, not a second act beside the bomber's."""
    found = _assaults(text)
    tops = {engine.actor_kb.top_of(source) for source, _trigger in found}
    assert tops == {engine.actor_kb.top_of(doer)}, found


def test_a_named_doer_is_not_replaced_by_a_later_claimant(engine):
    text = (
        "Al-Shabaab fighters attacked an army base near Baidoa on Monday, killing five soldiers. "
        "A rival faction later claimed responsibility for the attack."
    )
    tops = {engine.actor_kb.top_of(source) for source, _trigger in _assaults(text)}
    assert "AL_SHABAAB" in tops
