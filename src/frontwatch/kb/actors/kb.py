"""The actor knowledge base: look names up, read news phrases, follow dated edges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from frontwatch.kb.actors.index import (
    EdgeIndex,
    NameHit,
    NameIndex,
    build_edge_index,
    build_name_index,
    parent_chain,
)
from frontwatch.kb.actors.names import normalise, strip_accents
from frontwatch.kb.actors.patterns import common_words
from frontwatch.kb.actors.phrasematch import match_phrase
from frontwatch.kb.actors.phrases import (
    Phrase,
    core_text,
    load_phrase_rules,
    name_core,
    split_phrase,
    without_craft_words,
)
from frontwatch.kb.actors.roles import resolve_office, role_key
from frontwatch.kb.actors.schema import ActorEntry, KBEdge
from frontwatch.kb.actors.validate import MergedPacks
from frontwatch.records import Actor, ActorMatch, Mention

_OFFICE_KINDS = ("office_holder", "leads")
_MEMBERSHIP_KINDS = ("member_of", "faction_of")
_MAX_TITLE_TOKENS = 4
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_EXPLAIN_MEMO_SIZE = 100_000
T = TypeVar("T")


class ActorKB:
    """Actors from the merged packs, with name lookup, phrase reading and dated edges."""

    def __init__(self, merged: MergedPacks) -> None:
        self.entries: dict[str, ActorEntry] = merged.entries
        self.actors: dict[str, Actor] = {i: e.actor for i, e in merged.entries.items()}
        self.edges: list[KBEdge] = [edge for e in merged.entries.values() for edge in e.edges]
        self.names: NameIndex = build_name_index(merged)
        self.links: EdgeIndex = build_edge_index(merged.entries)
        self.rules = load_phrase_rules()
        self._explained: dict[tuple[Any, ...], tuple[ActorMatch | None, str]] = {}
        # date-free parts of explain
        self._named: dict[tuple[Any, ...], tuple[str, tuple[ActorMatch | None, str] | None]] = {}
        self._fuzzy_found: dict[tuple[Any, ...], tuple[ActorMatch | None, str]] = {}
        self._phrases: dict[tuple[Any, ...], Phrase | None] = {}
        self._owned: dict[tuple[Any, ...], ActorMatch | None] = {}
        self._chains: dict[tuple[str, bool], str] = {}  # top_of / body_of
        self.office_cuts: dict[str, tuple[tuple[str, str], ...]] = {}  # roles.py
        self.role_words = {
            role_key(e.role).split()[-1] for e in self.edges if e.role
        } | self.rules.leader_words

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    # -- resolution -------------------------------------------------------------------
    def resolve(
        self, text: str, *, label: str = "", date: dt.date | None = None
    ) -> ActorMatch | None:
        """The actor a piece of text names, or None when nothing (or several) fit."""
        match, _why = self.explain(text, label=label, date=date)
        return match

    def explain(
        self, text: str, *, label: str = "", date: dt.date | None = None, fuzzy: bool = True
    ) -> tuple[ActorMatch | None, str]:
        """Like :meth:`resolve` but also says why nothing was found ("ambiguous: A|B").

        Without ``fuzzy`` the edit-distance scan is skipped (callers that would drop a
        fuzzy match anyway). Answers are memoised: the same phrases recur in every article.
        """
        memo_key = (text, label, date, fuzzy)
        found = self._explained.get(memo_key)
        if found is None:
            if len(self._explained) > _EXPLAIN_MEMO_SIZE:
                self._explained.clear()
            found = self._explain(text, label, date, fuzzy)
            self._explained[memo_key] = found
        return found

    def _explain(
        self, text: str, label: str, date: dt.date | None, fuzzy: bool
    ) -> tuple[ActorMatch | None, str]:
        # the steps that do not depend on the date are memoised on their own: the
        # memo above is keyed by the article's date too, so it rarely spans articles
        key, by_name = _memoised(self._named, (text, label), self._by_name)
        if by_name is not None:
            return by_name
        phrase_match = self.resolve_phrase(text, date=date)
        if phrase_match is not None:
            return phrase_match, ""
        owned = _memoised(self._owned, (text, label), self._owned_or_titled) or resolve_office(
            self, text, date
        )
        if owned is not None:
            return owned, ""
        if not fuzzy:
            return None, "no match in the actor KB"
        return _memoised(self._fuzzy_found, (key, label), self._fuzzy)

    def _by_name(self, text: str, label: str) -> tuple[str, tuple[ActorMatch | None, str] | None]:
        """The name's key, and the answer when the name index alone gives one."""
        key = normalise(_strip_possessive(text))
        if not key:
            return key, (None, "empty")
        surnames = label in ("PERSON", "") and text.strip()[:1].isupper()
        loose = label not in _PLACE_LABELS  # a place name spelled like an actor is a place
        hit = (
            self.names.lookup(key, surnames=surnames, loose=loose)
            or self.names.lookup(normalise(_strip_possessive(core_text(text))), loose=loose)
            or self.names.lookup(normalise(_strip_possessive(name_core(text))), loose=loose)
            or self._craft_named(name_core(text), loose)
        )
        if hit is not None and self._name_in_lowercase(hit, key, text):
            return key, (None, "an everyday word, not a name, in lowercase")
        if hit is not None:
            return key, self._from_hit(hit, key)
        return key, None

    def _craft_named(self, text: str, loose: bool) -> NameHit | None:
        """ "an army Mi-17 helicopter" is named as "army helicopter" is."""
        plain = without_craft_words(text)
        return self.names.lookup(normalise(_strip_possessive(plain)), loose=loose) if plain else None

    def _name_in_lowercase(self, hit: NameHit, key: str, text: str) -> bool:
        """'who' is not the WHO, nor 'is' the IS, nor 'the ban' Ban Ki-moon, nor 'the route'
        Rutte: acronyms, names that are also everyday words and names matched only by their
        spelling's skeleton must be written with a capital."""
        if any(ch.isupper() for ch in text):
            return False
        return (
            hit.tier == "skeleton"
            or key in self.names.acronyms
            or normalise(core_text(text)) in common_words()
        )

    def _from_hit(self, hit: NameHit, key: str) -> tuple[ActorMatch | None, str]:
        if hit.ambiguous:
            return None, "ambiguous: " + "|".join(hit.ambiguous)
        actor = self.actors[hit.actor_id]
        if actor.type == "generic":
            return ActorMatch(actor.id, "generic", 1.0), ""
        exact = hit.tier == "exact" and key == normalise(actor.name)
        note = hit.kind if hit.kind in ("demonym", "capital", "surname") else ""
        score = {"exact": 1.0, "article": 0.97, "skeleton": 0.93, "surname": 0.9}[hit.tier]
        method = "exact" if exact else "fuzzy" if hit.tier == "skeleton" else "alias"
        return ActorMatch(actor.id, method, score, note), ""  # a skeleton match is approximate

    def _fuzzy(self, key: str, label: str) -> tuple[ActorMatch | None, str]:
        if key.split()[-1] in self.role_words:
            return None, "an office, not a name (give a date to find who held it)"
        found = self.names.fuzzy(key)
        if found is None:
            return None, "no match in the actor KB"
        hit, score = found
        if label == "PERSON" and self.actors[hit.actor_id].type != "person":
            return None, "fuzzy match is not a person"
        return ActorMatch(hit.actor_id, "fuzzy", score), ""

    def _owned_or_titled(self, text: str, label: str) -> ActorMatch | None:
        return self._owned_name(text) or self._ship(text) or self._without_titles(text, label)

    def _ship(self, text: str) -> ActorMatch | None:
        """ "the USS Carney": a warship named with its navy's prefix is that navy, whatever
        the ship (the KB lists no ships; the prefix, written as is, says whose)."""
        words = core_text(text).split()
        state = self.rules.ship_prefixes.get(words[0]) if len(words) > 1 else None
        if state is None or state not in self.actors:
            return None
        return ActorMatch(self.arm_of(state, "navy"), "alias", 0.9, "instrument:ship")

    def _owned_name(self, text: str) -> ActorMatch | None:
        """ "Iran's Quds Force": a name preceded by its owner's possessive, when they agree."""
        owner_text, sep, name = strip_accents(text).replace("’", "'").partition("'s ")
        if not sep:
            return None
        owner, actor_id = self.lookup_name(owner_text), self.lookup_name(name)
        if not owner or not actor_id:
            return None
        owner_actor, actor = self.actors[owner], self.actors[actor_id]
        agrees = owner_actor.type == "generic" or owner_actor.country == actor.country
        return ActorMatch(actor_id, "alias", 0.9, f"owner:{owner}") if agrees else None

    def _without_titles(self, text: str, label: str = "") -> ActorMatch | None:
        """'Russian Foreign Minister Sergei Lavrov' -> the person, dropping leading words.

        Never for place names ("The Hague" is not William Hague); a bare surname left
        after the drop counts only in a span the NER calls a person.
        """
        if label in _PLACE_LABELS:
            return None
        words = text.split()
        surnames = label in ("PERSON", "")
        for drop in range(1, min(_MAX_TITLE_TOKENS, len(words) - 1) + 1):
            rest = normalise(" ".join(words[drop:]))
            hit = self.names.lookup(rest, surnames=surnames, loose=False)
            if hit and hit.actor_id and self.actors[hit.actor_id].type == "person":
                return ActorMatch(hit.actor_id, "alias", 0.9, "title dropped")
        return None

    def lookup_name(self, text: str) -> str:
        """The actor id a bare name resolves to by the name tables only ('' if none)."""
        hit = self.names.lookup(normalise(_strip_possessive(text)))
        return hit.actor_id if hit and hit.actor_id else ""

    def _split_phrase(self, text: str) -> Phrase | None:
        phrase = split_phrase(text, self.rules, self._is_generic_head)
        if phrase is None or not phrase.owner or " " not in phrase.head:
            return phrase
        # "Islamic State forces": the longest class head ("state forces") cut a name in two;
        # the name's own forces are meant, so the head stops where the name does
        first, rest = phrase.head.split(" ", 1)
        if not self.lookup_name(f"{phrase.owner} {first}"):
            return phrase
        size = len(rest.split())
        return split_phrase(
            text, self.rules, lambda key: len(key.split()) <= size and self._is_generic_head(key)
        )

    def resolve_phrase(self, text: str, *, date: dt.date | None = None) -> ActorMatch | None:
        """Modifier + head phrases: 'Iranian-backed militias', 'Russian warplanes'."""
        phrase = _memoised(self._phrases, (text,), self._split_phrase)
        return None if phrase is None else match_phrase(self, phrase, date)

    def _is_generic_head(self, key: str) -> bool:
        hit = self.names.tiers[0][1].get(key)
        return bool(hit and hit.actor_id and self.actors[hit.actor_id].type == "generic")

    # -- edges --------------------------------------------------------------------------
    def top_of(self, actor_id: str) -> str:
        """What an organ is ultimately an arm of: SYR_AIRFORCE -> SYR; groups stay themselves."""
        return self._chain_end(actor_id, False)

    def body_of(self, actor_id: str) -> str:
        """Like top_of, through the arms an actor had from its founding only: allies may
        be a state's forces and a militia it incorporated later (Iraq's army, the PMF)."""
        return self._chain_end(actor_id, True)

    def _chain_end(self, actor_id: str, founding: bool) -> str:
        # asked for every mention of every tie; the edges never change within a run
        key = (actor_id, founding)
        top = self._chains.get(key)
        if top is None:
            top = self._chains[key] = parent_chain(actor_id, self.links, founding=founding)[-1]
        return top

    def arm_of(self, actor_id: str, branch: str) -> str:
        """The state's arm of that branch (RUS, air -> RUS_AIRFORCE), else the actor itself."""
        if self.entries[actor_id].branch == branch:
            return actor_id
        top = self.top_of(actor_id)
        arm = self.links.arms.get((top, branch))
        if arm is None and branch not in ("military", "government"):
            arm = self.links.arms.get((top, "military"))
        if branch == "government" and f"{top}_GOV" in self.actors:
            arm = f"{top}_GOV"
        return arm or actor_id

    def related(
        self, actor_id: str, *, kind: str = "", date: dt.date | None = None
    ) -> list[KBEdge]:
        """Every edge from or to the actor, optionally of one kind and valid at a date."""
        edges = [*self.links.by_source.get(actor_id, []), *self.links.by_target.get(actor_id, [])]
        return [e for e in edges if (not kind or e.kind == kind) and e.valid_at(date)]

    def offices(self, actor_id: str, date: dt.date | None = None) -> list[KBEdge]:
        """A person's offices and leaderships valid at the date (all of them if no date)."""
        edges = [e for e in self.links.by_source.get(actor_id, []) if e.kind in _OFFICE_KINDS]
        return [e for e in edges if e.valid_at(date)]

    def _offices_ended_by(self, actor_id: str, date: dt.date | None) -> list[KBEdge]:
        """A person's offices that ended before the date, the latest first."""
        edges = [e for e in self.links.by_source.get(actor_id, []) if e.kind in _OFFICE_KINDS]
        if date is None:
            return []
        ended = [(e.end, e) for e in edges if e.end is not None and e.end < date]
        return [e for _end, e in sorted(ended, key=lambda pair: pair[0], reverse=True)]

    def acting_for(self, actor_id: str, date: dt.date | None = None) -> str:
        """The state or group an actor acts for at the date: Lavrov 2015 -> RUS.

        Persons act for what their office at that date is part of (the latest office if
        no date); organs act for their state; groups act for themselves; '' if unknown.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return ""
        if actor.type != "person":
            return self.top_of(actor_id)
        offices = self.offices(actor_id, date) or ([] if date else self.offices(actor_id))
        if not offices:
            return ""
        latest = max(offices, key=lambda e: (e.start or dt.date.min, e.kind == "office_holder"))
        return self.top_of(latest.target)

    def command_of(self, actor_id: str, date: dt.date | None = None) -> str:
        """Whom a person's armed men are at the date ("Haftar's forces", "troops loyal to
        Assad"): the armed group he leads (the LNA), else the state whose office he holds
        (Syria; a party he also leads is no army); '' for anyone else."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return ""
        tops = [(e.target, self.top_of(e.target)) for e in self.offices(actor_id, date)]
        groups = [t for t, _top in tops if self.actors[t].type == "armed_group"]
        states = [top for _t, top in tops if self.actors[top].type == "state"]
        return (groups or states or [""])[0]

    def forces_named(self, person: str, head: str, date: dt.date | None = None) -> str:
        """The actor "<head> loyal to <person>" names ("troops": his state's army or his
        group; "militias": his group only; a militia class when he commands no one at the
        date), '' if the head names no men of his. "The government of <person>" is the
        government of the state whose office he holds at the date, or held last before it
        ("the government of then-president X", "X's government" in copy after his fall)."""
        if head in self.rules.government_heads:
            edges = self.offices(person, date) or self._offices_ended_by(person, date)
            states = [self.top_of(e.target) for e in edges]
            return next((self.arm_of(s, "government") for s in states if self.actors[s].type == "state"), "")
        if head not in self.rules.command_heads | self.rules.group_heads:
            return ""
        side = self.command_of(person, date)
        if not side:  # a person out of office at the date, or never in one: a militia, not him
            actor = self.actors.get(person)
            known = date is not None and actor is not None and actor.type == "person"
            return self.rules.unled_loyalists if known else ""
        if head in self.rules.group_heads and self.actors[side].type == "state":
            return ""
        return self.arm_of(side, "military")

    def side_for(self, actor_id: str, date: dt.date | None = None) -> str:
        """The side an actor stands for: a person the one his office at the date is part of
        ("Assad bombed Aleppo": Syria's); any other actor, or a person of no known office,
        stands for itself."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return actor_id
        return self.acting_for(actor_id, date) or actor_id

    def umbrellas_of(self, actor_id: str, date: dt.date | None = None) -> list[str]:
        """The coalitions and parent groups a group is a member or faction of at the date
        (the YPG in the SDF from 2015). A person's membership is none: he is not his group."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.type == "person":
            return []
        edges = self.links.by_source.get(actor_id, [])
        return [e.target for e in edges if e.kind in _MEMBERSHIP_KINDS and e.valid_at(date)]

    def backers_of(self, actor_id: str, date: dt.date | None = None) -> list[str]:
        """Who the KB says backs the actor (or a group it belongs to) at the date."""
        subjects = [actor_id] + [
            e.target
            for e in self.links.by_source.get(actor_id, [])
            if e.kind in _MEMBERSHIP_KINDS and e.valid_at(date)
        ]
        backers = [
            self.top_of(e.source)
            for s in subjects
            for e in self.links.by_target.get(s, [])
            if e.kind == "backs" and e.valid_at(date)
        ]
        return sorted(set(backers) - {actor_id})

    def successor(self, actor_id: str, date: dt.date) -> str:
        """The name a group went by at the date, following renamed_to: Nusra 2017 -> HTS."""
        current, seen = actor_id, {actor_id}
        while True:
            renames = [
                e
                for e in self.links.by_source.get(current, [])
                if e.kind == "renamed_to" and e.start and e.start <= date
            ]
            if not renames or renames[0].target in seen:
                return current
            current = renames[0].target
            seen.add(current)

    # -- spaCy ------------------------------------------------------------------------
    def entity_patterns(self) -> list[dict[str, Any]]:
        from frontwatch.kb.actors.patterns import build_patterns

        return build_patterns(self)

    def resolve_doc(self, doc: Any, *, article: Any) -> list[Mention]:
        from frontwatch.kb.actors.mentions import mentions_of_doc

        return mentions_of_doc(self, doc, article)

    def resolve_generics_by_places(
        self, mentions: list[Mention], countries: list[str], date: dt.date | None = None
    ) -> None:
        """Generics the article's states left open take the state its places lie in; so
        does a name actors of several states share ("SNA")."""
        from frontwatch.kb.actors.articlestate import resolve_generics_by_places

        resolve_generics_by_places(self, mentions, countries, date)


def _strip_possessive(text: str) -> str:
    text = strip_accents(text).strip().replace("’", "'")
    return text.removesuffix("'s")


def _memoised(memo: dict[tuple[Any, ...], T], key: tuple[Any, ...], compute: Callable[..., T]) -> T:
    """``compute(*key)``, remembered in ``memo`` (emptied when it grows too big)."""
    if key in memo:
        return memo[key]
    if len(memo) > _EXPLAIN_MEMO_SIZE:
        memo.clear()
    found = memo[key] = compute(*key)
    return found
