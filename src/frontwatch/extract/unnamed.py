"""Assaults told with neither side named take the sides of the fight the article tells.

"Intense fighting was reported outside Marib"; "the battle for Qusair took a new turn";
"clashes continued on the outskirts of the city". Such a sentence names no one because the
article already did: it is a moment of the fight told around it. An assault with no doer
and no target takes both sides of the nearest two-sided assault told a few sentences
before or after it at the same place (or where either has no place); an air strike only
those of another air strike. (The pair the whole article names most was tried as a
fallback: it gave a chemical attack the sides of the strike answering it.) Acts told by
their toll ("twelve people were killed") are left as they are, and so are assaults in a
sentence that tells an aim or a hedge (the act may be part of it), or that names sides (the
parse lost who did what) but not the pair's doer, or names the pair's doer as what a
compound is against ("the counter-ISIL coalition has made progress, recapturing key
terrain": the coalition's deed, not ISIL's). A side named only as who approved or asked
for the strikes ("as approved by the Iraqi Ministry of Defense") is no such doer. The filled sides keep empty
``source_text`` and ``target_text``: the sentence does not name them, the article does. The window is data (``events.yaml``: ``unnamed``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_TYPES = frozenset({"ASSAULT"})
_PLAIN = frozenset({"asserted", "attributed"})
_AIR = frozenset({"aerial", "drone"})
_COUNTRY_PREFIX = "country:"  # the id of a country's place (records/facts.py Place.id)


def fill_unnamed_sides(
    events: list[Event],
    sentence_starts: list[int],
    parties: list[tuple[int, str]],
    top_of: Callable[[str], str],
    undecided: set[str] | frozenset[str] = frozenset(),
    place_countries: Mapping[str, str] | None = None,
) -> None:
    """Give, in place, each assault naming neither side the sides of its fight;
    ``parties`` are where the article names a fighting side, and the side (``top_of``
    its actor id); not the ``undecided`` acts, whose doer the text names by a pronoun that
    could stand for either side. ``place_countries`` (place id -> country) lets an air
    strike told at a town take the sides of the strikes told at its country ("conducted 16
    airstrikes in Iraq ... airstrikes near A, B and C")."""
    rules = get_lexicon().events["unnamed"]
    named = [e for e in events if e.type in _TYPES and e.source_actor and e.target_actor]
    if not named:
        return
    aims = {e.evidence.start for e in events if e.evidence and e.claim.certainty not in _PLAIN}
    by_sentence: dict[int, list[tuple[int, Event]]] = {}  # looked up by window, not scanned whole
    for order, other in enumerate(named):
        by_sentence.setdefault(_sentence_of(other, sentence_starts), []).append((order, other))
    parties = sorted(parties)
    for event in (e for e in events if _unnamed(e, aims) and e.id not in undecided):
        near = _nearest(event, by_sentence, sentence_starts, rules, place_countries or {})
        if near is None:
            continue
        if _fits(event, (top_of(near.source_actor), top_of(near.target_actor)), parties):
            event.source_actor, event.target_actor = near.source_actor, near.target_actor


def _unnamed(event: Event, aims: set[int]) -> bool:
    """An assault on no civilians, naming neither side, told outside a sentence of aims."""
    if event.type not in _TYPES or event.source_actor or event.target_actor:
        return False
    if event.evidence is None or _has_toll(event):
        return False  # "12 people were killed": whoever killed them, the text does not say
    return event.evidence.start not in aims  # the act may be part of the aim


def _has_toll(event: Event) -> bool:
    c = event.casualties
    return any(v is not None for v in (c.killed, c.injured, c.civilians))


def _fits(event: Event, pair: tuple[str, str], parties: list[tuple[int, str]]) -> bool:
    """A sentence naming no side fits any pair of sides; one naming sides (whose roles
    the parse lost) only a pair whose doer it names."""
    evidence = event.evidence
    if evidence is None:
        return False
    lo = bisect.bisect_left(parties, (evidence.start, ""))
    hi = bisect.bisect_left(parties, (evidence.end, ""))
    named = {
        side
        for at, side in parties[lo:hi]
        if not _consenting(evidence.sentence[: at - evidence.start])
    }
    if pair[0] in _fought_against(parties[lo:hi], evidence.start, evidence.sentence):
        return False  # "the counter-ISIL coalition ..., recapturing": ISIL is what it fights
    return not named or pair[0] in named


def _fought_against(parties: list[tuple[int, str]], start: int, sentence: str) -> set[str]:
    """The sides the sentence names as what a compound is against ("the counter-ISIL
    coalition", "the anti-Shabaab offensive": ``against_prefixes`` in events.yaml)."""
    prefixes = get_lexicon().events["unnamed"]["against_prefixes"]
    return {
        side for at, side in parties if sentence[: at - start].lower().endswith(tuple(prefixes))
    }


def _consenting(before: str) -> bool:
    """Whether the words before a side name it only as who allowed or asked for the deed
    ("as approved by the Iraqi Ministry of Defense", "at the request of X":
    ``consent_phrases`` in events.yaml): no doer whose role the parse lost."""
    words = before.lower().split()
    if words and words[-1] in ("the", "its", "their"):
        words = words[:-1]
    phrases = get_lexicon().events["unnamed"]["consent_phrases"]
    return " ".join(words[-4:]).endswith(tuple(phrases))


def _sentence_of(event: Event, sentence_starts: list[int]) -> int:
    start = event.evidence.start if event.evidence is not None else 0
    return bisect.bisect_right(sentence_starts, start)


def _nearest(
    event: Event,
    by_sentence: dict[int, list[tuple[int, Event]]],
    sentence_starts: list[int],
    rules: dict[str, int],
    countries: Mapping[str, str],
) -> Event | None:
    """The two-sided assault told closest to the event, within the window, at its place
    (an air strike: or at its place's country)."""
    here = _sentence_of(event, sentence_starts)
    window = range(here - int(rules["sentences_back"]), here + int(rules["sentences_ahead"]) + 1)
    candidates = sorted(
        (pair for s in window for pair in by_sentence.get(s, ())), key=lambda p: p[0]
    )
    best: tuple[int, int] | None = None
    found = None
    for _, other in candidates:
        if (
            event.place_id
            and other.place_id
            and other.place_id != event.place_id
            and not _strikes_in_its_country(event, other, countries)
        ):
            continue
        if event.mode in _AIR and other.mode != event.mode:
            continue  # an air strike is not the ground fight told beside it
        gap = _sentence_of(other, sentence_starts) - here
        if not -int(rules["sentences_back"]) <= gap <= int(rules["sentences_ahead"]):
            continue
        rank = (abs(gap), 0 if gap <= 0 else 1)  # a tie goes to the telling before
        if best is None or rank < best:
            best, found = rank, other
    return found


def _strikes_in_its_country(event: Event, other: Event, countries: Mapping[str, str]) -> bool:
    """Both are air strikes, the other told at the country the event's place lies in."""
    if event.mode not in _AIR or other.mode != event.mode:
        return False
    country = countries.get(event.place_id, "")
    return bool(country) and other.place_id == f"{_COUNTRY_PREFIX}{country}"
