"""Key judgements: the situation in a few lines an analyst reads first.

The main parties with their sponsors, enemies and the ground they gained or lost; the
biggest events; what changed since the period before; the totals. Each judgement keeps its
evidence: how many reports it rests on, the anchor of the table row that shows them, and
one sentence. A state's government, army and air force are one party here (the tables keep
them apart), so the few lines name the sides rather than their organs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from frontwatch.fuse.actors import STATE_SIDE, ActorBook
from frontwatch.fuse.network import LAPSE_DAYS, Change
from frontwatch.records import Edge, FusedEvent
from frontwatch.report import anchors
from frontwatch.report.picture import Picture
from frontwatch.report.situation import Situation, Totals

MAIN_PARTIES = 5
BIGGEST_EVENTS = 3
NAMED = 3  # partners, places or ties named in one judgement before "+N more"


@dataclass(frozen=True)
class Judgement:
    text: str
    reports: int  # the reports (fact claims) it rests on
    anchor: str = ""  # HTML id of the table row or section that shows the evidence
    sentence: str = ""  # one sentence of that evidence


@dataclass
class Heading:
    title: str
    judgements: list[Judgement] = field(default_factory=list)


@dataclass
class KeyJudgements:
    basis: str  # what the figures rest on, and how sure they are
    headings: list[Heading] = field(default_factory=list)


def key_judgements(s: Situation) -> KeyJudgements:
    summary = KeyJudgements(_basis(s))
    p = s.picture
    if p is None:
        return summary
    summary.headings = [
        Heading(_period_title("Main parties (a state with its forces)", p), party_judgements(p)),
        Heading(_period_title("Biggest events", p), [_event_judgement(f, p.book) for f in p.main_events[:BIGGEST_EVENTS]]),
        Heading(_since_title(p), change_judgements(p, s.totals)),
        Heading("Totals (fused, dated events)", total_judgements(s.totals)),
    ]
    return summary


def _period_title(title: str, p: Picture) -> str:
    return f"{title}, {p.start} – {p.end}" if p.start else title


def _since_title(p: Picture) -> str:
    if p.before is None:
        return "What changed"
    return f"What changed since {p.before.start} – {p.before.end}"


def _basis(s: Situation) -> str:
    a, t = s.articles, s.totals
    text = (f"{a.get('total', 0)} articles, {a.get('first')} – {a.get('last')}. Counted: asserted and attributed "
            f"claims, as reported (not verified); {t.uncertain:,} hedged, hypothetical or negated claims kept apart.")
    if t.stale:
        text += " Articles were stored after the last fusion: totals lag until the next ingest."
    return text


def _num(value: int | None) -> str:
    return f"{value:,}" if value is not None else "?"


def _dead(low: int | None, high: int | None) -> str:
    if not high:
        return "no dead reported"
    return f"{_num(high)} dead" if low == high else f"{_num(low)}–{_num(high)} dead"


def _more(names: list[str], shown: int = NAMED) -> str:
    extra = len(names) - shown
    return ", ".join(names[:shown]) + (f" +{extra} more" if extra > 0 else "")


# -- parties ---------------------------------------------------------------------------------


def party_of(actor: str, book: ActorBook) -> str:
    """A state's organs are the state's party; any other actor is its own."""
    info = book.info(actor)
    return info.country if info.type in STATE_SIDE and info.country else actor


def party_judgements(p: Picture) -> list[Judgement]:
    """The parties most active in the period (events, changes of hands), then over all dates."""
    rows, activity = {r["actor"] for r in p.belligerents}, Counter[str]()
    for actors in [(f.source_actor, f.target_actor) for f in p.period_events] + \
            [(r["from_id"], r["to_id"]) for r in p.changed_hands]:
        activity.update({party_of(a, p.book) for a in actors if a in rows})
    overall = Counter({party_of(r["actor"], p.book): 0 for r in p.belligerents})
    for row in p.belligerents:
        overall[party_of(row["actor"], p.book)] += row["activity"]
    ranked = sorted(overall, key=lambda k: (-activity[k], -overall[k], k))
    return [_party_judgement(k, p) for k in ranked[:MAIN_PARTIES]]


def _party_judgement(party: str, p: Picture) -> Judgement:
    book = p.book
    sponsors = [e for e in p.network if e.kind == "backs" and _side(e.target, party, book)
                and not _side(e.source, party, book)]
    enemies = [e for e in p.network if e.kind == "fights" and _side(e.source, party, book) != _side(e.target, party, book)]
    gained = [r for r in p.changed_hands if _side(r["to_id"], party, book) and not _side(r["from_id"], party, book)]
    lost = [r for r in p.changed_hands if _side(r["from_id"], party, book) and not _side(r["to_id"], party, book)]
    clauses = [c for c in (_partners("backed by", sponsors, party, p), _partners("fights", enemies, party, p)) if c]
    clauses.append(_ground(gained, lost))
    evidence = max([*sponsors, *enemies], key=lambda e: (e.last or dt.date.min, e.evidence), default=None)
    reports = sum(e.evidence for e in [*sponsors, *enemies]) + sum(r["reports"] for r in gained + lost)
    return Judgement(f"{p.book.name(party)}: {'; '.join(clauses)}.", reports, _party_anchor(party, p),
                     evidence.sentence if evidence else "")


def _side(actor: str, party: str, book: ActorBook) -> bool:
    return bool(actor) and party_of(actor, book) == party


def _party_anchor(party: str, p: Picture) -> str:
    member = next((r["actor"] for r in p.belligerents if party_of(r["actor"], p.book) == party), party)
    return anchors.actor_anchor(member)


def _partners(verb: str, edges: list[Edge], party: str, p: Picture) -> str:
    """Other parties on these edges with evidence in the last LAPSE_DAYS, and how many more were seen
    only before; when all were, the latest of them with its date."""
    latest: dict[str, Edge] = {}
    for edge in edges:
        other = party_of(edge.target if party_of(edge.source, p.book) == party else edge.source, p.book)
        known = latest.get(other)
        if known is None or (edge.last or dt.date.min) > (known.last or dt.date.min):
            latest[other] = edge
    ordered = sorted(latest.items(), key=lambda kv: (-(kv[1].last or dt.date.min).toordinal(), -kv[1].evidence))
    current = [p.book.name(other) for other, edge in ordered if not _stale(edge, p.end)]
    earlier = len(ordered) - len(current)
    if current:
        return f"{verb} {_more(current)}" + (f" (+{earlier} earlier)" if earlier else "")
    if ordered:
        other, edge = ordered[0]
        return f"{verb} {p.book.name(other)} until {edge.last}" + (f" (+{earlier - 1} earlier)" if earlier > 1 else "")
    return ""


def _stale(edge: Edge, end: dt.date | None) -> bool:
    return bool(end and edge.last and (end - edge.last).days > LAPSE_DAYS)


def _ground(gained: list[dict[str, Any]], lost: list[dict[str, Any]]) -> str:
    if not gained and not lost:
        return "no place changed hands"
    parts = []
    if gained:
        parts.append("took " + _more([f"{r['place']} ({r['date']})" for r in gained]))
    if lost:
        parts.append("lost " + _more([f"{r['place']} ({r['date']})" for r in lost]))
    return ", ".join(parts)


# -- events, changes, totals ---------------------------------------------------------------------


def _event_judgement(f: FusedEvent, book: ActorBook) -> Judgement:
    who = " against ".join(book.name(a) for a in (f.source_actor, f.target_actor) if a)
    where = f.place.name or f.place.text
    what = f.type.lower() + (f" ({f.mode})" if f.mode else "")
    text = (f"{f.date_start} {what}{' by ' + who if who else ''}{' at ' + where if where else ''}: "
            f"{_dead(f.killed_min, f.killed_max)}" + ("; reports disagree" if f.contradiction else "") + ".")
    return Judgement(text, f.n_reports, anchors.event_anchor(f.id), f.sentence)


def change_judgements(p: Picture, totals: Totals) -> list[Judgement]:
    if p.before is None:
        return []
    judgements = []
    if totals.period:
        now, before = totals.period, totals.before
        judgements.append(Judgement(
            f"{_num(now['events'])} fused events ({_dead(now['killed_low'], now['killed_high'])}) in the period, "
            f"against {_num(before['events'])} ({_dead(before['killed_low'], before['killed_high'])}) before.",
            now["reports"] or 0, anchors.TOTALS_BY_TYPE))
    hands = [f"{r['place']} ({r['from']} → {r['to']})" for r in p.changed_hands]
    judgements.append(Judgement(
        f"{len(hands)} place(s) changed hands" + (f": {_more(hands)}" if hands else "")
        + f"; {len(p.before.changed_hands)} in the period before.",
        sum(r["reports"] for r in p.changed_hands), anchors.CHANGED_HANDS,
        p.changed_hands[-1]["sentence"] if p.changed_hands else ""))
    judgements.append(_tie_judgement(p))
    return judgements


def _tie_judgement(p: Picture) -> Judgement:
    between = [c for c in p.alliance_changes if party_of(c.source, p.book) != party_of(c.target, p.book)]
    earlier = [c for c in p.before.alliance_changes if party_of(c.source, p.book) != party_of(c.target, p.book)] \
        if p.before else []
    counts = Counter(c.change for c in between)
    new = [_tie_words(c, p.book) for c in between if c.change in ("appeared", "flipped")]
    ended = [_tie_words(c, p.book) for c in between if c.change == "ended"]
    text = (f"Ties between parties: {counts['appeared']} new, {counts['flipped']} flipped, {counts['ended']} ended "
            f"(no evidence for {LAPSE_DAYS} days); {len(earlier)} change(s) in the period before.")
    if new:
        text += f" New or flipped: {_more(new, 2)}."
    if ended:
        text += f" Ended: {_more(ended, 2)}."
    latest = between[-1].sentence if between else ""
    return Judgement(text, len(between), anchors.TIE_CHANGES, latest)


def _tie_words(c: Change, book: ActorBook) -> str:
    return f"{book.name(c.source)} {c.kind.replace('_', ' ')} {book.name(c.target)}"


def total_judgements(totals: Totals) -> list[Judgement]:
    deadly = [r for r in totals.by_type if r["killed_high"]]
    judgements = [
        Judgement(f"{r['type']}: {_dead(r['killed_low'], r['killed_high'])} in {_num(r['events'])} events "
                  f"({_num(r['articles'])} articles).", r["reports"],
                  anchors.type_anchor(r["type"]))
        for r in deadly[:2]
    ]
    places = [f"{r['place']} {_dead(r['killed_low'], r['killed_high'])}"
              for r in totals.by_place if r["killed_high"]]
    if places:
        judgements.append(Judgement(f"Most dead at: {_more(places)}.",
                                    sum(r["reports"] for r in totals.by_place[:NAMED]), anchors.TOTALS_BY_PLACE))
    if not judgements:
        judgements.append(Judgement("No dated event with dead was reported.", 0, anchors.TOTALS_BY_TYPE))
    return judgements
