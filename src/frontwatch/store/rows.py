"""Records to store rows: one flat dict per row, in the columns of the schema."""

from __future__ import annotations

from typing import Any

from frontwatch.records import (
    ArticleResult,
    CasualtyStatistic,
    Claim,
    ControlChange,
    Event,
    Evidence,
    Relation,
    TimeRef,
)


def _time(time: TimeRef) -> dict[str, Any]:
    return {"date": time.date, "date_precision": time.precision, "date_text": time.text,
            "background": time.background}


def _claim(claim: Claim) -> dict[str, Any]:
    return {"certainty": claim.certainty, "attributed_to": claim.attributed_to, "certainty_cue": claim.cue}


def _evidence(evidence: Evidence | None) -> dict[str, Any]:
    if evidence is None:
        return {"sentence_start": None, "sentence_end": None, "sentence": None, "repeats": 1}
    return {"sentence_start": evidence.start, "sentence_end": evidence.end, "sentence": evidence.sentence,
            "repeats": evidence.repeats}


def event_row(event: Event, article_id: str) -> dict[str, Any]:
    c = event.casualties
    return {
        "id": event.id, "article_id": article_id, "type": event.type, "mode": event.mode,
        "trigger": event.trigger, "source_actor": event.source_actor, "target_actor": event.target_actor,
        "source_text": event.source_text, "target_text": event.target_text,
        "place_text": event.place_text, "place_id": event.place_id,
        **_time(event.time), **_claim(event.claim),
        "killed": c.killed, "injured": c.injured, "civilians": c.civilians, "children": c.children,
        "women": c.women, "instrument": event.instrument, **_evidence(event.evidence),
        "found_by": event.found_by,
    }


def relation_row(relation: Relation, article_id: str) -> dict[str, Any]:
    return {
        "id": relation.id, "article_id": article_id, "kind": relation.kind,
        "source_actor": relation.source_actor, "target_actor": relation.target_actor,
        "source_text": relation.source_text, "target_text": relation.target_text,
        "trigger": relation.trigger, **_time(relation.time), **_claim(relation.claim),
        **_evidence(relation.evidence), "found_by": relation.found_by,
    }


def control_row(change: ControlChange, article_id: str) -> dict[str, Any]:
    return {
        "id": change.id, "article_id": article_id, "kind": change.kind,
        "place_text": change.place_text, "place_id": change.place_id,
        "new_controller": change.new_controller, "previous_controller": change.previous_controller,
        "new_controller_text": change.new_controller_text,
        "previous_controller_text": change.previous_controller_text, "trigger": change.trigger,
        **_time(change.time), **_claim(change.claim), **_evidence(change.evidence),
        "found_by": change.found_by,
    }


def statistic_row(statistic: CasualtyStatistic, article_id: str) -> dict[str, Any]:
    return {
        "id": statistic.id, "article_id": article_id, "killed": statistic.killed, "injured": statistic.injured,
        "period_start": statistic.period_start, "start_precision": statistic.start_precision,
        "period_end": statistic.period_end, "period_text": statistic.period_text,
        "place_id": statistic.place_id, "place_text": statistic.place_text,
        **_claim(statistic.claim), **_evidence(statistic.evidence),
    }


def result_rows(result: ArticleResult) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table one article's result touches (not the articles row)."""
    aid = result.article.id
    return {
        "sentences": [{"article_id": aid, "sentence_index": s.index, "start": s.start, "end": s.end,
                       "text": s.text} for s in result.sentences],
        "mentions": [{"article_id": aid, "sentence_index": m.sentence_index, "start": m.start,
                      "end": m.end, "text": m.text, "label": m.label, "actor_id": m.actor_id,
                      "place_id": m.place_id, "resolution": m.resolution,
                      "geo_precision": m.geo_precision, "note": m.note} for m in result.mentions],
        "events": [event_row(e, aid) for e in result.events],
        "relations": [relation_row(r, aid) for r in result.relations],
        "control_changes": [control_row(c, aid) for c in result.control_changes],
        "casualty_statistics": [statistic_row(s, aid) for s in result.statistics],
    }
