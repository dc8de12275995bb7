"""Lookup tables built once from the merged packs: names, arms of states, edges by actor."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from frontwatch.kb.actors.names import ARTICLE_FORMS, normalise, skeleton, without_article
from frontwatch.kb.actors.schema import ActorEntry, KBEdge
from frontwatch.kb.actors.validate import MergedPacks, name_forms, winner_by_priority
from frontwatch.kb.closest import RatioIndex

FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 90.0
_MIN_SURNAME = 4
# Words that open a two-word family name in Arabic and European names.
_SURNAME_PARTICLES = frozenset(
    {"abdel", "abdul", "abd", "abdal", "abu", "bin", "ibn", "de", "van", "von", "di"}
)
_MAX_ACRONYM = 5
# Capitals and demonyms have one spelling: a loose match on them is a different place
# ("Mallah" is not Malé); they are left out of the skeleton table.
_FIXED_FORMS = frozenset({"capital", "demonym"})
_MIN_LOOSE_KEY = {"article": 4, "skeleton": 5}  # loose tables only for keys this long
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _same(key: str) -> str:
    return key


# Each table is keyed by its own form of the name: look a key up in that form too.
_TIER_KEYS: dict[str, Callable[[str], str]] = {"article": without_article, "skeleton": skeleton}


@dataclass(frozen=True, slots=True)
class NameHit:
    """One table's answer for a key: an actor, or the ids it is ambiguous between."""

    actor_id: str = ""
    kind: str = ""  # name, alias, demonym, capital, surname
    tier: str = ""  # exact, article, skeleton, surname
    ambiguous: tuple[str, ...] = ()


@dataclass(slots=True)
class NameIndex:
    """Normalised names to actors, tried from the strictest table to the loosest."""

    tiers: list[tuple[str, dict[str, NameHit]]] = field(default_factory=list)
    fuzzy_keys: list[str] = field(default_factory=list)
    fuzzy_by_letter: dict[str, RatioIndex] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)  # keys only ever written in capitals
    proper_words: set[str] = field(default_factory=set)  # one-word keys only ever capitalised
    # The same unknown names recur across articles; the edit-ratio scan is the costliest step.
    fuzzy_seen: dict[str, tuple[NameHit, float] | None] = field(default_factory=dict)
    # the same keys are looked up many times per article: the tables never change
    looked_up: dict[tuple[str, bool, bool], NameHit | None] = field(default_factory=dict)

    def lookup(self, key: str, *, surnames: bool = False, loose: bool = True) -> NameHit | None:
        """The first table that knows the key; surnames only when asked (PERSON spans).
        Not ``loose`` (place names: "Douma" is not the Duma), the key is only looked up
        as written and never in the skeleton table."""
        memo_key = (key, surnames, loose)
        if memo_key in self.looked_up:
            return self.looked_up[memo_key]
        if len(self.looked_up) > LOOKUP_MEMO_SIZE:
            self.looked_up.clear()
        hit = self.looked_up[memo_key] = self._lookup(key, surnames, loose)
        return hit

    def _lookup(self, key: str, surnames: bool, loose: bool) -> NameHit | None:
        for tier, table in self.tiers:
            if (tier == "surname" and not surnames) or len(key) < _MIN_LOOSE_KEY.get(tier, 0):
                continue
            if tier == "skeleton" and not loose:
                continue
            form = _TIER_KEYS.get(tier, _same) if loose else _same
            hit = table.get(form(key))
            if hit is not None:
                return hit
        return None

    def fuzzy(self, key: str) -> tuple[NameHit, float] | None:
        """The closest name by edit ratio, only for long keys, same first letter."""
        if len(key) < FUZZY_MIN_LENGTH or not self.fuzzy_keys:
            return None
        if key not in self.fuzzy_seen:
            if len(self.fuzzy_seen) > FUZZY_MEMO_SIZE:
                self.fuzzy_seen.clear()
            self.fuzzy_seen[key] = self._closest(key)
        return self.fuzzy_seen[key]

    def _closest(self, key: str) -> tuple[NameHit, float] | None:
        """The best key by edit ratio among those with the same first letter (a name
        misspelled at its first letter is not trusted); one letter's keys are a small
        share of all, which keeps this scan cheap."""
        if not self.fuzzy_by_letter:
            by_letter: dict[str, list[str]] = {}
            for name in self.fuzzy_keys:
                by_letter.setdefault(name[0], []).append(name)
            self.fuzzy_by_letter = {letter: RatioIndex(n) for letter, n in by_letter.items()}
        candidates = self.fuzzy_by_letter.get(key[0])
        found = candidates.closest(key, FUZZY_CUTOFF) if candidates else None
        if found is None:
            return None
        hit = self.tiers[0][1][found[0]]
        return (hit, found[1] / 100.0) if hit.actor_id else None

    def owner_of(self, key: str) -> str:
        hit = self.tiers[0][1].get(key) if self.tiers else None
        return hit.actor_id if hit else ""


FUZZY_MEMO_SIZE = 50_000
LOOKUP_MEMO_SIZE = 100_000


def build_name_index(merged: MergedPacks) -> NameIndex:
    entries = merged.entries
    exact = _candidates(entries, lambda e: [(normalise(s), k) for s, k in name_forms(e)])
    article = _candidates(
        entries, lambda e: [(without_article(normalise(s)), k) for s, k in name_forms(e)]
    )
    loose = _candidates(
        entries,
        lambda e: [(skeleton(normalise(s)), k) for s, k in name_forms(e) if k not in _FIXED_FORMS],
    )
    surnames = _candidates(entries, _surname_forms)
    index = NameIndex()
    index.tiers = [
        ("exact", _decide(exact, entries, merged.ambiguous, "exact")),
        ("article", _decide(article, entries, merged.ambiguous, "article")),
        ("skeleton", _decide(loose, entries, merged.ambiguous, "skeleton")),
        ("surname", _decide(surnames, entries, merged.ambiguous, "surname")),
    ]
    index.acronyms = _acronym_keys(entries)
    index.proper_words = _proper_word_keys(entries)
    index.fuzzy_keys = [
        key
        for key, hit in index.tiers[0][1].items()
        if len(key) >= FUZZY_MIN_LENGTH
        and hit.actor_id
        and entries[hit.actor_id].actor.type != "generic"
    ]
    return index


def _acronym_keys(entries: dict[str, ActorEntry]) -> set[str]:
    """Short keys whose every surface form is in capitals (WHO, IS, AP)."""
    upper: dict[str, bool] = {}
    for entry in entries.values():
        for surface, _kind in name_forms(entry):
            key = normalise(surface)
            if len(key.replace(" ", "")) <= _MAX_ACRONYM:
                bare = _LEADING_THE.sub("", surface).replace(".", "").replace("-", "")
                is_upper = bare.isupper()
                upper[key] = upper.get(key, True) and is_upper
    return {key for key, only_upper in upper.items() if only_upper}


def _proper_word_keys(entries: dict[str, ActorEntry]) -> set[str]:
    """One-word keys of classes every surface form of which is capitalised ("the West"):
    written in lowercase they are an everyday word ("further west", "fled to the west"), not
    the class. A lowercase name of one actor ("hezbollah") is still that actor."""
    capital: dict[str, bool] = {}
    for entry in entries.values():
        if entry.actor.type != "generic":
            continue
        for surface, _kind in name_forms(entry):
            bare = _LEADING_THE.sub("", surface)
            if " " not in bare.strip():
                key = without_article(normalise(surface))
                capital[key] = capital.get(key, True) and bare[:1].isupper()
    return {key for key, only_capital in capital.items() if only_capital}


def _surname_forms(entry: ActorEntry) -> list[tuple[str, str]]:
    if entry.actor.type != "person":
        return []
    last = entry.actor.name.split()[-1]
    korean_style = "-" in last and last.split("-")[0].lower() not in ARTICLE_FORMS
    forms = [] if korean_style else _last_word(entry.actor.name)  # not "Ban Ki-moon"
    for name in [entry.actor.name, *entry.actor.aliases]:
        forms += _compound_surname(name)
    return list(dict.fromkeys(forms))


def _last_word(name: str) -> list[tuple[str, str]]:
    """'Sergei Lavrov' -> 'lavrov' ('Ban Ki-moon' has no such surname: not called here)."""
    last = without_article(normalise(name)).split()[-1:]
    return [(last[0], "surname")] if last and len(last[0]) >= _MIN_SURNAME else []


def _compound_surname(name: str) -> list[tuple[str, str]]:
    """'Rami Abdel Rahman' -> 'abdel rahman', 'Staffan de Mistura' -> 'de mistura'."""
    words = normalise(name).split()
    if len(words) >= 3 and words[-2] in _SURNAME_PARTICLES:
        return [(" ".join(words[-2:]), "surname")]
    return []


def _candidates(
    entries: dict[str, ActorEntry], forms: Callable[[ActorEntry], Iterable[tuple[str, str]]]
) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for actor_id, entry in entries.items():
        for key, kind in forms(entry):
            if key:
                table[key].setdefault(actor_id, kind)
    return table


def _decide(
    table: dict[str, dict[str, str]],
    entries: dict[str, ActorEntry],
    declared: dict[str, set[str]],
    tier: str,
) -> dict[str, NameHit]:
    decided: dict[str, NameHit] = {}
    for key, by_id in table.items():
        if len(by_id) == 1:
            actor_id, kind = next(iter(by_id.items()))
            decided[key] = NameHit(actor_id, kind, tier)
            continue
        winner = None if key in declared else winner_by_priority([entries[i] for i in by_id])
        if winner is None:
            decided[key] = NameHit(tier=tier, ambiguous=tuple(sorted(by_id)))
        else:
            decided[key] = NameHit(winner.actor.id, by_id[winner.actor.id], tier)
    return decided


@dataclass(slots=True)
class EdgeIndex:
    """Edges by source and by target, and the arm (air force, army) of each state."""

    by_source: dict[str, list[KBEdge]] = field(default_factory=lambda: defaultdict(list))
    by_target: dict[str, list[KBEdge]] = field(default_factory=lambda: defaultdict(list))
    arms: dict[tuple[str, str], str] = field(default_factory=dict)


def build_edge_index(entries: dict[str, ActorEntry]) -> EdgeIndex:
    index = EdgeIndex()
    for entry in entries.values():
        for edge in entry.edges:
            index.by_source[edge.source].append(edge)
            index.by_target[edge.target].append(edge)
    ranked = sorted(entries.values(), key=lambda e: len(parent_chain(e.actor.id, index)))
    for entry in ranked:
        if entry.branch:
            top = parent_chain(entry.actor.id, index)[-1]
            index.arms.setdefault((top, entry.branch), entry.actor.id)
    return index


def parent_chain(actor_id: str, index: EdgeIndex, *, founding: bool = False) -> list[str]:
    """The actor, then what it is an arm of, up to the top (a state or a free group).

    ``founding``: only arms it had from the start (undated edges), so a force a state
    took in at a date (the PMF, 2016) stays a body of its own."""
    chain = [actor_id]
    while True:
        parents = [
            e.target
            for e in index.by_source.get(chain[-1], [])
            if e.kind == "arm_of" and not (founding and e.start)
        ]
        if not parents or parents[0] in chain:
            return chain
        chain.append(parents[0])
