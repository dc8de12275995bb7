"""What changed with a batch of new articles, as alerts: each with its evidence and a key.

A key names the change itself (a place and its new holder on a day, a tie and its kind, an
actor), not the article reporting it, so a second report of the same change finds the key
already stored and is not alerted again. Every comparison is with the other articles'
picture (see :mod:`frontwatch.store.watch_reads`), which makes the result the same whether
the batch is checked right after it is written or after a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from frontwatch.fuse.network import HOSTILE, LAPSE_DAYS
from frontwatch.store import Store
from frontwatch.store import watch_reads as reads
from frontwatch.watch.rules import AlertRules, HandsRule

FRIENDLY_OR_HOSTILE = ("backs", "allied", "cooperates", "fights")


@dataclass(slots=True)
class Alert:
    key: str
    kind: str  # change_of_hands, tie_appeared, tie_ended, tie_flipped, casualties, new_actor, contradiction
    summary: str
    date: dt.date | None = None
    place: str = ""
    actors: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(self).items()}


def evidence(row: dict[str, Any]) -> dict[str, Any]:
    """The sentence, its article and where the article came from."""
    return {"sentence": row.get("sentence") or "", "article_id": row.get("article_id") or "",
            "title": row.get("article_title") or "", "url": row.get("article_url") or "",
            "outlet": row.get("outlet") or "", "source": row.get("article_origin") or ""}


class Names:
    """Actors' names for summaries (ids stay in ``actors``), read from the store as needed."""

    def __init__(self, store: Store) -> None:
        self.store, self.known = store, dict[str, str]()

    def __call__(self, actor: str) -> str:
        if actor and actor not in self.known:
            self.known[actor] = reads.select_actor_labels(self.store, [actor]).get(actor, [actor, actor])[1] or actor
        return self.known.get(actor, actor)


def detect_alerts(store: Store, article_ids: Sequence[str], rules: AlertRules) -> list[Alert]:
    """Every alert the rules ask for about these (already stored and fused) articles, each key once."""
    if not article_ids:
        return []
    found: dict[str, Alert] = {}
    for alert in _all_kinds(store, article_ids, rules, Names(store)):
        found.setdefault(alert.key, alert)
    return list(found.values())


def _all_kinds(store: Store, ids: Sequence[str], rules: AlertRules, name: Names) -> Iterator[Alert]:
    if rules.change_of_hands.enabled or rules.contradiction.enabled:
        yield from _control_alerts(store, ids, rules, name)
    if rules.ties.enabled:
        yield from _tie_alerts(store, ids, rules, name)
    if rules.casualties.enabled:
        yield from _casualty_alerts(store, ids, rules.casualties.min_killed)
    if rules.new_actor.enabled:
        skip = set(rules.new_actor.skip_types)
        yield from (_new_actor(row) for row in reads.select_first_seen_actors(store, ids) if row["type"] not in skip)
    if rules.contradiction.enabled:
        yield from (_fused_contradiction(row) for row in reads.select_batch_contradictions(store, ids))


# --- control ------------------------------------------------------------------------------

def _control_alerts(store: Store, ids: Sequence[str], rules: AlertRules, name: Names) -> Iterator[Alert]:
    claims = reads.select_batch_control_claims(store, ids)
    labels = reads.select_actor_labels(store, {c["new_controller"] for c in claims} |
                                       {c["previous_controller"] for c in claims})
    for claim in claims:
        prior = reads.select_prior_holder(store, claim, ids)
        held_before = prior["controller"] if prior and prior["kind"] != "withdrawal" else ""
        if claim["kind"] == "lost":
            continue  # a loss naming no taker changes no hands
        if claim["kind"] == "held":
            if rules.contradiction.enabled and held_before and held_before != claim["new_controller"]:
                yield _held_contradiction(claim, prior or {}, name)
        elif _hands_changed(claim, prior, held_before) and rules.change_of_hands.enabled \
                and _hands_wanted(rules.change_of_hands, claim, held_before, labels):
            yield _change_of_hands(claim, held_before, name)


def _hands_changed(claim: dict[str, Any], prior: dict[str, Any] | None, held_before: str) -> bool:
    """A capture or withdrawal the stored picture does not already have (another holder, or none)."""
    return prior is None or claim["new_controller"] != held_before


def _hands_wanted(rule: HandsRule, claim: dict[str, Any], held_before: str, labels: dict[str, list[str]]) -> bool:
    where = {str(claim[k]).casefold() for k in ("place_name", "place_text", "admin1", "country") if claim[k]}
    if rule.regions and not where & {r.casefold() for r in rule.regions}:
        return False
    sides = [a for a in (claim["new_controller"], claim["previous_controller"], held_before) if a]
    names = {n.casefold() for a in sides for n in labels.get(a, [a])}
    return not rule.actors or bool(names & {a.casefold() for a in rule.actors})


def _change_of_hands(claim: dict[str, Any], held_before: str, name: Names) -> Alert:
    place = claim["place_name"] or claim["place_text"]
    taker = name(claim["new_controller"]) or "no one named"
    loser = claim["previous_controller"] or held_before or "unknown"
    verb = "withdrawal from" if claim["kind"] == "withdrawal" else "change of hands in"
    return Alert(
        key=f"hands:{claim['place_id'] or claim['place_text'].casefold()}:{claim['new_controller']}:{claim['best_date']}",
        kind="change_of_hands", summary=f"{verb} {place}: {taker} (from {name(loser)})", date=claim["best_date"],
        place=place, actors=[a for a in (claim["new_controller"], loser) if a and a != "unknown"],
        evidence=[evidence(claim)])


def _held_contradiction(claim: dict[str, Any], prior: dict[str, Any], name: Names) -> Alert:
    place = claim["place_name"] or claim["place_text"]
    return Alert(
        key=f"contradiction:held:{claim['place_id'] or claim['place_text'].casefold()}:"
            f"{claim['new_controller']}:{claim['best_date']}",
        kind="contradiction",
        summary=f"{place}: reported held by {name(claim['new_controller'])}, the stored picture has "
                f"{name(str(prior.get('controller')))} (since {prior.get('best_date')})",
        date=claim["best_date"], place=place, actors=[claim["new_controller"], str(prior.get("controller"))],
        evidence=[evidence(claim), {"sentence": prior.get("sentence") or "", "article_id": prior.get("article_id") or ""}])


# --- ties ---------------------------------------------------------------------------------

def _tie_alerts(store: Store, ids: Sequence[str], rules: AlertRules, name: Names) -> Iterator[Alert]:
    changes, wanted = set(rules.ties.changes), {a.casefold() for a in rules.ties.actors}
    ties = [t for t in reads.select_batch_ties(store, ids, rules.ties.kinds)
            if not wanted or {t["source"].casefold(), t["target"].casefold()} & wanted]
    priors = _latest_by_pair(reads.select_prior_ties(
        store, {a for t in ties for a in (t["source"], t["target"])}, FRIENDLY_OR_HOSTILE, ids))
    for tie in ties:
        before = priors.get(frozenset((tie["source"], tie["target"])))
        if before is None and "appeared" in changes:
            yield _tie_alert(tie, "appeared", f"new tie: {name(tie['source'])} {tie['kind']} {name(tie['target'])}")
        elif before is not None and _hostile(before["kind"]) != _hostile(tie["kind"]) and "flipped" in changes:
            yield _tie_alert(tie, "flipped", f"tie flipped: {name(tie['source'])} now {tie['kind']} {name(tie['target'])} "
                                             f"(was {before['kind']}, last {before['last']})")
    if "ended" in changes:
        yield from _ended_ties(store, ids, rules.ties.kinds, name)


def _hostile(kind: str) -> bool:
    return kind in HOSTILE


def _latest_by_pair(rows: Iterable[dict[str, Any]]) -> dict[frozenset[str], dict[str, Any]]:
    latest: dict[frozenset[str], dict[str, Any]] = {}
    for row in rows:
        pair = frozenset((row["source"], row["target"]))
        if pair not in latest or (row["last"] or dt.date.min) > (latest[pair]["last"] or dt.date.min):
            latest[pair] = row
    return latest


def _tie_alert(tie: dict[str, Any], change: str, summary: str) -> Alert:
    dated = f":{tie['date']}" if change == "flipped" else ""
    return Alert(key=f"tie:{change}:{tie['kind']}:{tie['source']}:{tie['target']}{dated}", kind=f"tie_{change}",
                 summary=summary, date=tie["date"], actors=[tie["source"], tie["target"]], evidence=[evidence(tie)])


def _ended_ties(store: Store, ids: Sequence[str], kinds: Sequence[str], name: Names) -> Iterator[Alert]:
    """Ties whose evidence the batch's dates leave more than LAPSE_DAYS behind."""
    before, after = reads.latest_tie_date(store, ids), reads.latest_tie_date(store)
    if before is None or after is None or after <= before:
        return
    lapse = dt.timedelta(days=LAPSE_DAYS)
    for tie in reads.select_lapsed_ties(store, kinds, before - lapse, after - lapse):
        yield Alert(key=f"tie:ended:{tie['kind']}:{tie['source']}:{tie['target']}:{tie['last']}", kind="tie_ended",
                    summary=f"tie ended: {name(tie['source'])} {tie['kind']} {name(tie['target'])} "
                            f"(no report since {tie['last']})",
                    date=tie["last"], actors=[tie["source"], tie["target"]], evidence=[evidence(tie)])


# --- events and actors --------------------------------------------------------------------

def _casualty_alerts(store: Store, ids: Sequence[str], min_killed: int) -> Iterator[Alert]:
    for row in reads.select_batch_casualties(store, ids, min_killed):
        place = row["place_name"] or row["place_text"] or "unknown place"
        day = row["date_start"] or row["best_date"]
        yield Alert(key=f"casualties:{row['type']}:{place.casefold()}:{day}", kind="casualties",
                    summary=f"{row['killed']} killed ({row['type'].lower()}) in {place}", date=day, place=place,
                    evidence=[evidence(row)])


def _new_actor(row: dict[str, Any]) -> Alert:
    return Alert(key=f"actor:{row['actor']}", kind="new_actor",
                 summary=f"new actor: {row['name']} ({row['type'] or 'not in the knowledge base'})",
                 actors=[row["actor"]], evidence=[evidence(row)])


def _fused_contradiction(row: dict[str, Any]) -> Alert:
    place = row["place_name"] or "unknown place"
    return Alert(key=f"contradiction:event:{row['type']}:{place.casefold()}:{row['date_start']}:{row['contradiction']}",
                 kind="contradiction", summary=f"reports of one {row['type'].lower()} in {place} disagree: "
                                                f"{row['contradiction']}",
                 date=row["date_start"], place=place, evidence=[evidence(row)])
