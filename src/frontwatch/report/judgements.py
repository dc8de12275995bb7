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
from frontwatch.report.picture import Picture, is_belligerent
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
    note: str = ""  # how to read it (in the files; the terminal keeps to one screen)


PARTIES_NOTE = (f"A state's government and forces are one party. Partners with evidence in the last {LAPSE_DAYS} "
                "days are named; '+N earlier' counts those seen only before, 'until' dates the last evidence "
                "when none is recent. Ground: changes of hands in the period.")
TOTALS_NOTE = ("Each fused event once, with the lowest and highest figure its reports give; background recounts "
               "(a war's toll) and undated events left out. Reports: the articles' claims behind a line.")
CHANGES_NOTE = (f"Compared with the period of the same length just before. A tie ended when no report evidenced "
                f"it for {LAPSE_DAYS} days; ties within one party are left out.")


@dataclass
class KeyJudgements:
    basis: str  # what the figures rest on, and how sure they are
    headings: list[Heading] = field(default_factory=list)


def key_judgements(s: Situation) -> KeyJudgements:
    summary = KeyJudgements(_basis(s))
    p = s.picture
    if p is None:
        return summary
    headings = [
        Heading(_period_title("Main parties (a state with its forces)", p), party_judgements(p), PARTIES_NOTE),
        Heading(_period_title("Biggest events", p), biggest_events(p)),
        Heading(_since_title(p), change_judgements(p, s.totals), CHANGES_NOTE),
        Heading("Totals (fused, dated events)", total_judgements(s.totals), TOTALS_NOTE),
    ]
    summary.headings = [h for h in headings if h.judgements]
    return summary


def _period_title(title: str, p: Picture) -> str:
    return f"{title}, {p.start} – {p.end}" if p.start else title


def _since_title(p: Picture) -> str:
    if p.before is None:
        return "What changed"
    return f"What changed since {p.before.start} – {p.before.end}"


def _basis(s: Situation) -> str:
    a, t = s.articles, s.totals
    if not a.get("total"):
        return "No articles stored yet: frontwatch ingest FILES, or frontwatch run."
    text = (f"{a.get('total', 0)} articles, {a.get('first')} – {a.get('last')}. Asserted and attributed claims "
            f"only, unverified ({t.uncertain:,} hedged, hypothetical or negated set apart).")
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
    pairs = [(f.source_actor, f.target_actor) for f in p.period_events]
    pairs += [(r["from_id"], r["to_id"]) for r in p.changed_hands]
    activity, overall = Counter[str](), Counter[str]()
    for pair in pairs:
        activity.update({party_of(a, p.book) for a in pair if is_belligerent(a, p.book)})
    for row in p.belligerents:
        overall[party_of(row["actor"], p.book)] += row["activity"]
    ranked = sorted(set(overall) | set(activity), key=lambda k: (-activity[k], -overall[k], k))
    return [_party_judgement(k, p) for k in ranked[:MAIN_PARTIES]]


def _party_judgement(party: str, p: Picture) -> Judgement:
    book = p.book

    def ties(kind: str, ours: str, theirs: str) -> list[Edge]:
        """Edges of ``kind`` whose ``ours`` end is this party and ``theirs`` end another."""
        return [e for e in p.network if e.kind == kind and _side(getattr(e, ours), party, book)
                and not _side(getattr(e, theirs), party, book)]

    sponsors, clients = ties("backs", "target", "source"), ties("backs", "source", "target")
    enemies = ties("fights", "source", "target") + ties("fights", "target", "source")
    gained = [r for r in p.changed_hands if _side(r["to_id"], party, book) and not _side(r["from_id"], party, book)]
    lost = [r for r in p.changed_hands if _side(r["from_id"], party, book) and not _side(r["to_id"], party, book)]
    clauses = [_partners(verb, edges, party, p) for verb, edges in
               (("backed by", sponsors), ("backs", clients), ("fights", enemies))]
    clauses = [c for c in clauses if c] + [_ground(gained, lost)]
    edges = [*sponsors, *clients, *enemies]
    evidence = max(edges, key=lambda e: (e.last or dt.date.min, e.evidence), default=None)
    reports = sum(e.evidence for e in edges) + sum(r["reports"] for r in gained + lost)
    return Judgement(f"{book.name(party)}: {'; '.join(clauses)}.", reports, _party_anchor(party, p),
                     evidence.sentence if evidence else "")


def _side(actor: str, party: str, book: ActorBook) -> bool:
    return bool(actor) and party_of(actor, book) == party


def _party_anchor(party: str, p: Picture) -> str:
    """The row of the party's most active member in the belligerents table, else that table."""
    member = next((r["actor"] for r in p.belligerents if party_of(r["actor"], p.book) == party), "")
    return anchors.actor_anchor(member) if member else anchors.BELLIGERENTS


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
    current = [_named(other, edge, p) for other, edge in ordered if not _stale(edge, p.end)]
    earlier = len(ordered) - len(current)
    if current:
        return f"{verb} {_more(current)}" + (f" (+{earlier} earlier)" if earlier else "")
    if ordered:
        other, edge = ordered[0]
        return f"{verb} {_named(other, edge, p)} until {edge.last}" + (f" (+{earlier - 1} earlier)" if earlier > 1 else "")
    return ""


def _named(other: str, edge: Edge, p: Picture) -> str:
    """The partner's name, marked when only an enemy of one end asserts the tie."""
    return p.book.name(other) + (" (only its enemies say so)" if edge.enemy_claimed else "")


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


def biggest_events(p: Picture) -> list[Judgement]:
    """The gravest events of the period that say who or where: a figure with neither (often a
    toll over some period) stays in the tables but is no event to judge."""
    told = [f for f in p.main_events if f.source_actor or f.target_actor or f.place.name or f.place.text]
    return [_event_judgement(f, p.book) for f in told[:BIGGEST_EVENTS]]


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
    judgements.append(_hands_judgement(p.changed_hands, p.before.changed_hands))
    judgements.append(_tie_judgement(p))
    return judgements


def _hands_judgement(rows: list[dict[str, Any]], before: list[dict[str, Any]]) -> Judgement:
    """Changes of hands, one entry per place (its latest change, and how many it saw)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r["date"]):
        latest[row["place"]] = row
    per_place = Counter(r["place"] for r in rows)
    named = [f"{place} ({r['from']} → {r['to']}"
             + (f", {per_place[place]} changes in all)" if per_place[place] > 1 else ")")
             for place, r in sorted(latest.items(), key=lambda kv: kv[1]["date"], reverse=True)]
    text = (f"{len(rows)} change(s) of hands at {len(latest)} place(s)" + (f": {_more(named)}" if named else "")
            + f"; {len(before)} change(s) in the period before.")
    return Judgement(text, sum(r["reports"] for r in rows), anchors.CHANGED_HANDS, rows[-1]["sentence"] if rows else "")


def _tie_judgement(p: Picture) -> Judgement:
    between = [c for c in p.alliance_changes if party_of(c.source, p.book) != party_of(c.target, p.book)]
    earlier = [c for c in p.before.alliance_changes if party_of(c.source, p.book) != party_of(c.target, p.book)] \
        if p.before else []
    counts = Counter(c.change for c in between)
    new = [_tie_words(c, p.book) for c in between if c.change in ("appeared", "flipped")]
    ended = [_tie_words(c, p.book) for c in between if c.change == "ended"]
    text = (f"Ties between parties: {counts['appeared']} new, {counts['flipped']} flipped, {counts['ended']} ended; "
            f"{len(earlier)} change(s) in the period before.")
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
    places = [r for r in totals.by_place if r["killed_high"]]
    if places:
        named = [f"{r['place']} {_dead(r['killed_low'], r['killed_high'])}" for r in places]
        judgements.append(Judgement(f"Most dead at: {_more(named)}.", sum(r["reports"] for r in places[:NAMED]),
                                    anchors.TOTALS_BY_PLACE))
    if not judgements:
        judgements.append(Judgement("No dated event with dead was reported.", 0, anchors.TOTALS_BY_TYPE))
    return judgements
