"""The actor knowledge base: look names up, read news phrases, follow dated edges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from frontwatch.kb.actors.edges import ActorEdges
from frontwatch.kb.actors.index import (
    EdgeIndex,
    NameHit,
    NameIndex,
    build_edge_index,
    build_name_index,
)
from frontwatch.kb.actors.names import normalise, strip_accents, without_article
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

_MAX_TITLE_TOKENS = 4
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_EXPLAIN_MEMO_SIZE = 100_000
# a name of these types ("Syrian opposition", a party) has no forces of its own: a class
# head that begins with its last word ("opposition groups") is the armed class
_UNARMED_BODY_TYPES = frozenset({"party"})
T = TypeVar("T")


class ActorKB(ActorEdges):
    """Actors from the merged packs, with name lookup, phrase reading and dated edges (the
    edge queries: kb/actors/edges.py)."""

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
        hit, matched, matched_key = self.names.lookup(key, surnames=surnames, loose=loose), text, key
        for shorter in (core_text(text), name_core(text)):
            if hit is None:
                matched, matched_key = shorter, normalise(_strip_possessive(shorter))
                hit = self.names.lookup(matched_key, loose=loose)
        if hit is None:
            hit = self._craft_named(name_core(text), loose)
        if hit is not None and self._name_in_lowercase(hit, matched_key, matched):
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
            or without_article(key) in self.names.proper_words
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

    def state_by_own_name(self, text: str) -> bool:
        """A state named by its own name ("Syria's"), not by its capital ("Ankara's")."""
        hit = self.names.lookup(normalise(_strip_possessive(text)))
        if hit is None or not hit.actor_id or hit.kind == "capital":
            return False
        return self.actors[hit.actor_id].type == "state"

    def _split_phrase(self, text: str) -> Phrase | None:
        phrase = split_phrase(text, self.rules, self._is_generic_head)
        if phrase is None or not phrase.owner or " " not in phrase.head:
            return phrase
        # "Islamic State forces": the longest class head ("state forces") cut a name in two;
        # the name's own forces are meant, so the head stops where the name does
        first, rest = phrase.head.split(" ", 1)
        name = self.lookup_name(f"{phrase.owner} {first}")
        if not name or self.actors[name].type in _UNARMED_BODY_TYPES:
            return phrase  # "Syrian opposition groups": the armed class, not the politicians
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

    # -- spaCy ------------------------------------------------------------------------
    def entity_patterns(self) -> list[dict[str, Any]]:
        from frontwatch.kb.actors.patterns import build_patterns

        return build_patterns(self)

    def resolve_doc(self, doc: Any, *, article: Any) -> list[Mention]:
        from frontwatch.kb.actors.mentions import mentions_of_doc

        return mentions_of_doc(self, doc, article)

    def resolve_generics_by_places(
        self,
        mentions: list[Mention],
        countries: list[str],
        date: dt.date | None = None,
        sentence_countries: dict[int, list[str]] | None = None,
    ) -> None:
        """Generics the article's states left open take the state its places lie in; so
        does a name actors of several states share ("SNA"); then a bare class named again
        ("the militia") takes what its head was narrowed to before (namedagain.py)."""
        from frontwatch.kb.actors.articlestate import resolve_generics_by_places
        from frontwatch.kb.actors.namedagain import name_classes_again

        resolve_generics_by_places(self, mentions, countries, date, sentence_countries)
        name_classes_again(self, mentions)


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
