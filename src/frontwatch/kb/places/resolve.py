"""Toponym resolution over a parsed document.

Two passes: names with one plausible place (or all candidates within a few km)
resolve first and become anchors; the article's country focus is counted from
them and from country names. Ambiguous names are then scored on name match,
country focus, distance to the anchors, population, curated status and the cues
around them ("X province", "the town of X", "near the Turkish border"): kb/places/scoring.py.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import frontwatch.kb.places.cues as place_cues
from frontwatch.kb.places.approximate import (
    abroad_reason,
    all_exact,
    article_countries,
    within_countries,
)
from frontwatch.kb.places.capitals import DESCRIBED_NOTE, capital_spans
from frontwatch.kb.places.cityquarters import place_city_quarters
from frontwatch.kb.places.cues import SpanCues, place_name_cue, read_cues, text_cues
from frontwatch.kb.places.curated import SITE_KINDS
from frontwatch.kb.places.gazetteer import Candidate
from frontwatch.kb.places.namesakes import lone_namesakes
from frontwatch.kb.places.nearby import (
    NameAt,
    link_nearby,
    nearby_precision,
    village_readings,
)
from frontwatch.kb.places.patterns import is_common_word
from frontwatch.kb.places.quarters import place_quarters
from frontwatch.kb.places.samename import same_name_spans, town_named_after
from frontwatch.kb.places.scoring import (
    WAR_COUNTRIES,
    choose,
    has_compass_quarters,
    is_unambiguous,
    reading_key,
)
from frontwatch.kb.places.surnames import a_surname_alone, surnames_before
from frontwatch.kb.places.untagged import untagged_name_spans
from frontwatch.nlp.docspans import entities, sentences
from frontwatch.nlp.text import span_text
from frontwatch.nlp.treearrays import lower_forms
from frontwatch.records import Article, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.kb.places.gazetteer import Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG"})  # read as places only when cued
# A nationality's label on a village ("the villages of Al-Fulah and Abu Zabad"): read as a
# place only when named as a settlement or beside one, never by a cue a demonym also
# takes ("near the Malian border", "in Syrian hands")
NATIONALITY_LABEL = "NORP"
NATIONALITY_PLACE_CUES = frozenset({"town", "coordinated"})
MAX_ACRONYM = 5
COORDINATORS = frozenset({"and", ",", "or", "&"})
PREPOSITION_CUES = frozenset({"in", "near", "from", "to"})
POINT_KINDS = frozenset({"populated_place", *SITE_KINDS})


@dataclass(slots=True)
class Reading:
    """One place-like span, its cues and its candidates."""

    span: Any
    cues: SpanCues
    candidates: tuple[Candidate, ...]
    reason: str = ""  # why there are no candidates
    sent_index: int = -1


@dataclass(slots=True)
class Context:
    """What the rest of the article says about where it is."""

    focus: frozenset[str]
    countries: frozenset[str]  # every country the article points to; approximate matches stay in them
    anchors: list[tuple[str, Place]]  # (name key of the mention, its place), each pair once
    # (name key, place id) -> proximity bonus: a long article names the same places over
    # and over, and each distance to every anchor would be computed again (quadratic)
    proximity: dict[tuple[str, str], float] = field(default_factory=dict)


def resolve_doc(
    gazetteer: Gazetteer, doc: Any, *, article: Article
) -> tuple[list[Mention], list[Place]]:
    sents = list(sentences(doc)) if _has_sents(doc) else [doc[:]]
    starts = [sent.start for sent in sents]
    capitals = capital_spans(gazetteer, doc)
    surnames = surnames_before(doc)  # a surname told alone is the person (surnames.py)
    spans = [*place_spans(doc), *cued_name_spans(gazetteer, doc), *untagged_name_spans(gazetteer, doc)]
    spans = [span for span in spans if not a_surname_alone(span, surnames)]

    def read(span: Any) -> Reading:
        index = bisect.bisect_right(starts, span.start) - 1
        return read_span(gazetteer, span, sents[index], index)

    def unread(span: Any) -> NameAt:
        return NameAt(span, bisect.bisect_right(starts, span.start) - 1)

    readings = [read(span) for span in spans]
    taken = {(span.start, span.end) for span in spans}
    other_names = [
        e
        for e in entities(doc)
        if _other_name(e) and (e.start, e.end) not in taken and not a_surname_alone(e, surnames)
    ]
    # village_readings asks of these names only where they stand: only those it keeps are read
    readings += [read(name.span) for name in village_readings(readings, [unread(e) for e in other_names])]
    share_coordinated_cues(readings)
    countries = article_context(gazetteer, readings, exact_only=True).countries
    keep_approximate_within(readings, countries)
    context = article_context(gazetteer, readings)
    choices = [choose(gazetteer, reading, context) for reading in readings]
    for index in lone_namesakes(gazetteer, readings, [c[0] if c else None for c in choices]):
        choices[index], readings[index].reason = None, "a lone namesake abroad"
    placed_near = link_nearby(gazetteer, readings, choices)
    place_quarters(gazetteer, readings, choices)
    place_city_quarters(gazetteer, readings, choices)
    described = add_capitals(readings, choices, [(read(span), place) for span, place in capitals])
    for span in same_name_spans(doc):
        reading = read(span)
        readings.append(reading)
        choices.append(town_named_after(gazetteer, span, reading.sent_index, readings[:-1], choices))
    mentions: list[Mention] = []
    used: dict[str, Place] = {}
    for index, (reading, choice) in enumerate(zip(readings, choices, strict=True)):
        mention = make_mention(reading, choice, article.id)
        if index in described:
            mention.note = ";".join(part for part in (mention.note, DESCRIBED_NOTE) if part)
        if choice and index in placed_near:
            mark_nearby(mention, reading, choice[0], placed_near[index])
        mentions.append(mention)
        if choice:
            used.setdefault(choice[0].id, choice[0])
    return mentions, list(used.values())


def add_capitals(
    readings: list[Reading], choices: list[Any], capitals: list[tuple[Reading, Place]]
) -> range:
    """Append the readings of capitals named by description ("the Iraqi capital"), each
    resolved to its capital; their indexes. Read last, once the other names are placed: a
    description anchors no other name ("the Syrian capital" would pull "Damascus" to the
    governorate around the city), places none near it ("X, 125 km west of the Iraqi
    capital") and sets no country focus."""
    first = len(readings)
    for reading, capital in capitals:
        reading.candidates, reading.reason = (Candidate(capital, "alias"),), ""
        readings.append(reading)
        choices.append((capital, "alias"))
    return range(first, len(readings))


def mark_nearby(mention: Mention, reading: Reading, anchor: Place, anchor_text: str) -> None:
    """A name placed at the place it is said to lie near: coarser precision, and why."""
    mention.geo_precision = nearby_precision(anchor)
    why = reading.reason or far_namesakes_reason(reading)
    mention.note = ";".join(
        part for part in (f"nearby:{anchor_text}", f"reason:{why}", mention.note) if part
    )


def far_namesakes_reason(reading: Reading) -> str:
    return f"no place named {reading.cues.core!r} lies near it"


def place_spans(doc: Any) -> list[Any]:
    """Entities labelled GPE/LOC/FAC, or tagged with a place id by the entity ruler."""
    return [
        ent for ent in entities(doc) if ent.label_ in PLACE_LABELS or ent.ent_id_.startswith("place:")
    ]


def cued_name_spans(gazetteer: Gazetteer, doc: Any) -> list[Any]:
    """Names the NER called a person or an organisation that the words around call a
    place ("the village of Kefraya", "Foua and Kefraya") and the gazetteer knows by
    that exact name or alias; fuzzy matches are not enough to overrule the NER."""
    return [
        ent
        for ent in entities(doc)
        if _other_name(ent)
        and place_name_cue(ent)
        and gazetteer.knows_name(ent.text)
    ]


def _other_name(ent: Any) -> bool:
    """A name the NER gave another label that the words around may make a place."""
    if ent.label_ == NATIONALITY_LABEL:
        return place_name_cue(ent) in NATIONALITY_PLACE_CUES
    return ent.label_ in NAME_LABELS


def resolve_name(
    gazetteer: Gazetteer, name: str, *, near: list[Place] | None = None
) -> tuple[Place, str, int] | None:
    """Resolve a bare name (no document): the place, the resolution label and geo-precision."""
    cues = text_cues(name)
    reading = Reading(None, cues, _candidates_for(gazetteer, name, cues))
    context = Context(focus=WAR_COUNTRIES, countries=WAR_COUNTRIES, anchors=[("", place) for place in near or []])
    choice = choose(gazetteer, reading, context)
    return None if choice is None else (*choice, geo_precision(choice[0], cues))


def _candidates_for(gazetteer: Gazetteer, text: str, cues: SpanCues) -> tuple[Candidate, ...]:
    """Candidates for the whole phrase, else for its core without directions and qualifiers."""
    if text.lower().startswith("the "):
        text = text[4:]
    candidates = gazetteer.candidates(text)
    if is_acronym(text):
        candidates = tuple(c for c in candidates if is_named_so(c))
    if candidates:
        cues.direction = ""  # "Eastern Ghouta" is a name, not a direction
        return candidates
    if cues.core == text or gazetteer.why_not_a_place(text) or is_common_word(cues.core):
        return ()
    return gazetteer.candidates(cues.core)


def is_acronym(text: str) -> bool:
    """ "GNA", "TAF": capitals only, as organisations' initials are written."""
    return text.isalpha() and text.isupper() and len(text) <= MAX_ACRONYM


def is_named_so(candidate: Candidate) -> bool:
    """An acronym is a place only when that is the place's own name or a spelling curated
    for it ("KSA", "MERV"), never by a GeoNames alternate or an approximate match."""
    place = candidate.place
    return candidate.match == "exact" or (
        candidate.match == "alias" and not place.id.startswith("gn:")
    )


def unresolved_reason(gazetteer: Gazetteer, text: str, cues: SpanCues) -> str:
    why = gazetteer.why_not_a_place(text) or gazetteer.why_not_a_place(cues.core)
    return f"not resolved: {why}" if why else f"no gazetteer entry for {cues.core!r}"


def read_span(gazetteer: Gazetteer, span: Any, sent: Any, sent_index: int) -> Reading:
    cues = read_cues(span, sent)
    cues.country_after = _country_after(gazetteer, span)
    text = span_text(span)  # a slice: ``Span.text`` joins a Token per word at each read
    candidates = _candidates_for(gazetteer, text, cues)
    if cues.has("province") or cues.has("compass"):
        candidates = (*candidates, *_province_named_so(gazetteer, cues.core, candidates))
    ruler_id = span.ent_id_.removeprefix("place:") if span.ent_id_.startswith("place:") else ""
    ruler_place = gazetteer.get(ruler_id) if ruler_id else None
    if ruler_place and all(c.place.id != ruler_id for c in candidates):
        candidates = (*candidates, Candidate(ruler_place, "alias"))
    reason = "" if candidates else unresolved_reason(gazetteer, text, cues)
    return Reading(span, cues, candidates, reason, sent_index)


def _province_named_so(
    gazetteer: Gazetteer, core: str, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """ "the region of Kherson", "southern Kherson": the province the gazetteer names
    after the town ("Kherson Oblast", its alias "Kherson region") when the bare name
    finds only the town."""
    if any(c.place.kind == "admin1" for c in candidates):
        return ()
    named = gazetteer.candidates(f"{core} region")
    return tuple(c for c in named if c.place.kind == "admin1" and c.match != "fuzzy")


def _country_after(gazetteer: Gazetteer, span: Any) -> str:
    """ "Kani, Japan", "Dover, Delaware": the country (ISO3) the text writes after the
    name and a comma, which says which of the name's namesakes it is."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return ""
    stop = _entity_end(doc, end + 1) if doc[end + 1].ent_iob_ == "B" else end + 2
    country = gazetteer.country(doc[end + 1 : stop].text)
    return country.country if country is not None else ""


def _entity_end(doc: Any, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def share_coordinated_cues(readings: list[Reading]) -> None:
    """ "in Saraqeb and Maarat al-Numan": the second name takes the first one's preposition."""
    for previous, reading in itertools.pairwise(readings):
        between = lower_forms(reading.span.doc)[previous.span.end : reading.span.start]
        if (
            between
            and set(between) <= COORDINATORS
            and not set(reading.cues.cues) & PREPOSITION_CUES
        ):
            inherited = [c for c in previous.cues.cues if c in PREPOSITION_CUES]
            reading.cues.cues = list(dict.fromkeys([*reading.cues.cues, *inherited]))


def article_context(
    gazetteer: Gazetteer, readings: list[Reading], *, exact_only: bool = False
) -> Context:
    """Country focus and anchor places from the names that are not ambiguous (and, when
    ``exact_only``, named exactly: the countries approximate matches must stay in)."""
    counts: Counter[str] = Counter()
    anchors: list[tuple[str, Place]] = []
    for reading in readings:
        places = [c.place for c in reading.candidates]
        if not places or (exact_only and not all_exact(reading.candidates, reading.span.text)):
            continue
        if not is_unambiguous(gazetteer, places):
            continue
        place = places[0]
        counts[place.country] += 1
        if place.kind != "country":
            anchors.append((reading_key(reading), place))
    focus = {country for country, n in counts.most_common(2) if n}
    unique = list({(key, place.id): (key, place) for key, place in anchors}.values())
    return Context(
        focus=frozenset(focus or WAR_COUNTRIES),
        countries=article_countries(set(counts), [place for _, place in unique], WAR_COUNTRIES),
        anchors=unique,
    )


def keep_approximate_within(readings: list[Reading], countries: frozenset[str]) -> None:
    """Drop the approximate matches abroad; a name left with none says why."""
    for reading in readings:
        kept = within_countries(reading.candidates, reading.span.text, countries)
        if len(kept) < len(reading.candidates):
            if not kept:
                reading.reason = abroad_reason(reading.candidates, reading.span.text)
            reading.candidates = kept


def geo_precision(place: Place, cues: SpanCues) -> int:
    """ACLED geo-precision: 1 the place itself, 2 near it or part of a region, 3 province/country."""
    # "eastern Aleppo" is inside the city: the compass word narrows it, it does not widen it
    compass = cues.has("compass") and not has_compass_quarters(place)
    broad = cues.has("countryside") or compass or bool(cues.direction)
    if place.kind == "country":
        return 3
    if place.kind == "admin1":
        return 2 if broad else 3
    if place.kind not in POINT_KINDS:
        return 2
    return 2 if broad or cues.has("near") else 1


def make_mention(reading: Reading, choice: tuple[Place, str] | None, article_id: str) -> Mention:
    span = reading.span
    mention = Mention(
        article_id=article_id,
        sentence_index=reading.sent_index,
        start=span.start_char,
        end=span.end_char,
        text=span_text(span),
        label=span.label_ if span.label_ in PLACE_LABELS else "LOC",
        note=reading.cues.note(),
    )
    if choice is None:
        mention.resolution = "unresolved"
        reason = f"reason:{reading.reason or 'no gazetteer entry'}"
        mention.note = ";".join(part for part in (reason, mention.note) if part)
        return mention
    place, resolution = choice
    mention.place_id, mention.resolution = place.id, resolution
    mention.geo_precision = geo_precision(place, reading.cues)
    if place.kind == "country":
        place_cues.widen_to_direction(mention, span)
    return mention


def _has_sents(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
