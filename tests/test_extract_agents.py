"""Who acted, when the text says so; who reported, never a party.

Sources come back through carriers ("carried out by X", "fired by X", "attributed to
X"), gerunds after "by", and the owner of the means ("rebel fire"); news agencies are
never sources or targets; coalitions' backers are not their allies; a holding the noun
phrase takes for granted keeps its certainty.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 3, 10)


def result_of(text: str):
    from frontwatch.pipeline import process_texts

    return process_texts([text], dates=[PUBLISHED])[0]


def assault_sources(text: str) -> list[str]:
    return [e.source_actor for e in result_of(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The raid on the bakery was carried out by Russian jets, activists said.", "RUS_AIRFORCE"),
        (
            "Two children were wounded by mortar shells fired by rebel groups in Aleppo.",
            "GEN_REBELS",
        ),
        ("The bombing in the market was attributed to Islamic State.", "ISIS"),
        ("Four civilians were killed in rebel fire on western Aleppo on Monday.", "GEN_REBELS"),
    ],
)
def test_source_recovered_when_the_text_names_it(engine, text: str, source: str) -> None:
    assert assault_sources(text) == [source]


def test_gerund_after_by_takes_the_subject_above(engine) -> None:
    sources = assault_sources("Government forces answered by shelling the village of Kansafra.")
    assert sources and sources[0] in ("GEN_GOV_FORCES", "SYR_MIL")


def test_unnamed_agent_stays_empty(engine) -> None:
    assert assault_sources("Eight people were killed in an air strike on Maarat al-Numan.") == [""]


def test_news_agency_is_never_a_party(engine) -> None:
    result = result_of("AFP - Nine people were killed when gunmen attacked a checkpoint in Deraa.")
    reporters = {"AFP", "SANA", "REUTERS"}
    assert not any({e.source_actor, e.target_actor} & reporters for e in result.events)
    assert not any({r.source_actor, r.target_actor} & reporters for r in result.relations)


def test_coalition_backer_is_not_an_ally(engine) -> None:
    result = result_of(
        "The Ahrar al-Sham group joined a coalition of rebel factions backed by Turkey."
    )
    kinds = {(r.kind, r.source_actor, r.target_actor) for r in result.relations}
    assert ("backs", "TUR", "GEN_REBELS") in kinds
    assert not any(kind == "allied" and "TUR" in (s, t) for kind, s, t in kinds)


def test_passive_hedge_verb_hedges(engine) -> None:
    result = result_of("The overnight raid on the bridge was believed to have been launched by US-led coalition aircraft.")
    [event] = [e for e in result.events if e.type == "ASSAULT"]
    assert (event.source_actor, event.claim.certainty) == ("US_COALITION", "hedged")


def test_subject_of_a_failing_verb_is_not_negated(engine) -> None:
    # a ceasefire the sides agreed (named: with no party it is no act, extract/partyless.py)
    result = result_of("The ceasefire between the army and the rebels collapsed on Monday.")
    [event] = [e for e in result.events if e.type == "AGREE"]
    assert event.claim.certainty == "asserted"


def test_presupposed_holding_is_not_hypothetical(engine) -> None:
    result = result_of("Rebels plan to advance on the ISIS stronghold of Dabiq.")
    [held] = [c for c in result.control_changes if c.kind == "held"]
    assert (held.place_text, held.new_controller, held.claim.certainty) == (
        "Dabiq",
        "ISIS",
        "asserted",
    )


def test_held_place_is_the_one_described(engine) -> None:
    result = result_of("Jets bombed Saraqeb, an opposition-held city in Idlib province, on Monday.")
    places = {c.place_text for c in result.control_changes if c.kind == "held"}
    assert places == {"Saraqeb"}


def test_one_held_observation_per_cue(engine) -> None:
    result = result_of("Jets struck areas held by a rebel alliance in Aleppo province on Sunday.")
    ids = [c.id for c in result.control_changes]
    assert len(ids) == len(set(ids))
