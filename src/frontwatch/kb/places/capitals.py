"""A country's capital named by description: "the Iraqi capital", "Iraq's capital" and "the
capital of Iraq" name the capital city (Baghdad) as well as the country (issue 13, item 4):
the word "capital" is the city's mention, the country's name stays the country's. The
demonyms are data (countries.yaml: demonyms); the capital is the gazetteer's own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.normalize import name_key
from frontwatch.nlp.docspans import entities
from frontwatch.nlp.treearrays import lower_forms

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.records import Place

CAPITAL_WORD = "capital"
# The note on a capital named by description: it says where an act told in its sentence
# was, but does not make the city the town a whole article is about (extract/scene.py)
DESCRIBED_NOTE = "described"
POSSESSIVES = frozenset({"'s", "’s"})
COUNTRY_LABELS = frozenset({"GPE", "LOC"})
DEMONYM_LABEL = "NORP"


def capital_spans(gazetteer: Gazetteer, doc: Any) -> list[tuple[Any, Place]]:
    """Each phrase naming a country's capital by description, and that capital. Every such
    phrase holds the word "capital": a doc without it has none to look for."""
    found: list[tuple[Any, Place]] = []
    if CAPITAL_WORD not in lower_forms(doc):
        return found
    for ent in entities(doc):
        iso3 = _country_named(gazetteer, ent)
        capital_id = gazetteer.capital_of.get(iso3, "") if iso3 else ""
        capital = gazetteer.get(capital_id) if capital_id else None
        span = _capital_phrase(ent) if capital is not None else None
        if span is not None and capital is not None and not _named_after(span):
            found.append((span, capital))
    return found


def is_described(note: str) -> bool:
    """Whether a place mention's note says it names a capital by description."""
    return DESCRIBED_NOTE in note.split(";")


def _country_named(gazetteer: Gazetteer, ent: Any) -> str:
    if ent.label_ == DEMONYM_LABEL:
        return gazetteer.demonyms.get(name_key(ent.text), "")
    country = gazetteer.country(ent.text) if ent.label_ in COUNTRY_LABELS else None
    return country.country if country is not None else ""


def _capital_phrase(ent: Any) -> Any | None:
    """ "Iraqi capital"; "capital" in "Iraq's capital" and "capital of Iraq", where the
    country stays a place of its own; never "capital" as a modifier ("Syrian capital
    markets") nor the capital of a part of the country ("the capital of Iraq's Anbar
    province")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ == DEMONYM_LABEL:  # "the Iraqi capital"; not "Russian capital fled"
        definite = start > 0 and doc[start - 1].lower_ == "the"
        return doc[start : end + 1] if definite and _capital_noun(doc, end) else None
    if end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and _capital_noun(doc, end + 1):
        return doc[end + 1 : end + 2]
    named_of = start >= 2 and doc[start - 1].lower_ == "of" and _capital_noun(doc, start - 2)
    possessed = end < len(doc) and doc[end].lower_ in POSSESSIVES
    return doc[start - 2 : start - 1] if named_of and not possessed else None


def _named_after(span: Any) -> bool:
    """ "the Yemeni capital Sanaa", "Iraq's capital, Baghdad": the city's own name follows
    and is its mention; the description adds nothing."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].ent_type_ in COUNTRY_LABELS


def _capital_noun(doc: Any, i: int) -> bool:
    return i < len(doc) and doc[i].lower_ == CAPITAL_WORD and doc[i].dep_ != "compound"
