"""Speed (#16, resolution and geocoding): the short cuts give the answers of the long way.

Each cut is checked against the work it replaces on sentences written for it: the villages
chosen from names not yet read, the cues inside a place name read once per text, a name known
without the approximate scan, the capital looked for only where the word is, the year of a
name's sentence found by bisection. Work is counted, not timed.
"""

from __future__ import annotations

import bisect

import pytest

from frontwatch.kb.actors.mentions import SentenceYears, _year_named
from frontwatch.kb.places import cues as place_cues
from frontwatch.kb.places import resolve as place_resolve
from frontwatch.kb.places.nearby import NameAt, village_readings
from frontwatch.nlp.docspans import entities, sentences
from frontwatch.pipeline import article_from_text

NAMED_TEXTS = [
    (
        "Spokesman Ahmed Hassan told Reuters that Colonel Mark Jensen met Sheikh Omar Darwish "
        "in Baghdad on Monday. Fighters overran Qaryat Umm Jarbu, a village 20 km south of Hasakah."
    ),
    (
        "Rebels seized the hamlet of Tell Khanzir, east of Qamishli. Abu Mohammed al-Adnani and "
        "John Kerry spoke of Foua and Kefraya, while Human Rights Watch counted the dead in Idlib."
    ),
    (
        "In 2014, Islamic State fighters took Mosul. In 2017, Iraqi forces said they retook the "
        "city, and Haider al-Abadi declared victory in Baghdad, according to Reuters."
    ),
]


@pytest.fixture(scope="module")
def nlp(engine):
    return engine.nlp


def _all_readings(gazetteer, doc):
    sents = list(sentences(doc))
    starts = [s.start for s in sents]

    def read(span):
        index = bisect.bisect_right(starts, span.start) - 1
        return place_resolve.read_span(gazetteer, span, sents[index], index)

    places = [read(span) for span in place_resolve.place_spans(doc)]
    others = [read(e) for e in entities(doc) if e.label_ in ("PERSON", "ORG")]
    return places, others


@pytest.mark.parametrize("text", NAMED_TEXTS)
def test_villages_are_chosen_from_unread_names_as_from_read_ones(engine, nlp, text):
    doc = nlp(text)
    places, others = _all_readings(engine.gazetteer, doc)
    from_readings = village_readings(places, others)
    from_names = village_readings(places, [NameAt(r.span, r.sent_index) for r in others])
    assert [(r.span.start, r.span.end) for r in from_names] == [
        (r.span.start, r.span.end) for r in from_readings
    ]


def test_a_village_named_as_a_person_is_still_placed_near_its_town(engine, nlp):
    text = "Militants overran Qaryat Umm Jarbu, a village 20 km south of Hasakah."
    doc = nlp(text)
    mentions, _ = engine.gazetteer.resolve_doc(doc, article=article_from_text(text))
    anchor = next(m for m in mentions if "Hasakah" in m.text)
    assert any("Umm Jarbu" in m.text and m.place_id == anchor.place_id for m in mentions)


def test_names_no_village_asks_for_are_never_read(engine, nlp, monkeypatch):
    text = (
        "Spokesman Ahmed Hassan told Reuters that Colonel Mark Jensen and Sheikh Omar Darwish "
        "met officials of Human Rights Watch and Amnesty International in Baghdad."
    )
    doc = nlp(text)
    read: list[str] = []
    inner = place_resolve.read_span

    def counted(gazetteer, span, sent, index):
        read.append(span.text)
        return inner(gazetteer, span, sent, index)

    monkeypatch.setattr(place_resolve, "read_span", counted)
    engine.gazetteer.resolve_doc(doc, article=article_from_text(text))
    names = [e.text for e in entities(doc) if e.label_ in ("PERSON", "ORG")]
    assert len(names) >= 4
    assert not set(read) & set(names)  # none of the people and groups is read as a place
    assert "Baghdad" in read


@pytest.mark.parametrize(
    "name",
    [
        "the northern Aleppo countryside",
        "Idlib province",
        "rural Damascus",
        "Raqqa's",
        "eastern Ghouta",
        "the province of Homs",
        "Khan Shaikhoun town",
        "Mosul",
    ],
)
def test_the_cues_inside_a_place_name_are_the_same_each_time_and_each_reader_owns_its_own(name):
    first = place_cues.text_cues(name)
    expected = (first.core, list(first.cues), first.direction)
    first.cues.append("near")  # a reader adds cues to its own copy
    first.direction = ""
    again = place_cues.text_cues(name)
    assert (again.core, again.cues, again.direction) == expected
    assert again is not first and again.cues is not first.cues


@pytest.mark.parametrize("text", NAMED_TEXTS)
def test_a_names_year_is_its_own_sentences(nlp, text):
    doc = nlp(text)
    years = SentenceYears(doc)
    for span in [*entities(doc), *doc.noun_chunks]:
        assert years.of(span) == _year_named(span.sent)
    assert years.sentences_read <= len(list(doc.sents))


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("Jets struck the Iraqi capital and Iraq's capital, Baghdad, on Monday.", 1),
        ("Rockets hit the capital of Syria overnight, and Syrian troops shelled Homs.", 1),
        ("Iraqi troops entered Mosul while Turkish jets struck targets in Syria.", 0),
        ("Russian capital fled the country as Iraqi forces took Tikrit.", 0),
    ],
)
def test_a_capital_is_looked_for_only_in_a_doc_that_says_capital(
    engine, nlp, monkeypatch, text, capitals
):
    from frontwatch.kb.places import capitals as capital_names

    doc = nlp(text)
    asked: list[str] = []
    inner = capital_names._country_named
    monkeypatch.setattr(
        capital_names,
        "_country_named",
        lambda gazetteer, ent: asked.append(ent.text) or inner(gazetteer, ent),
    )
    found = capital_names.capital_spans(engine.gazetteer, doc)
    assert len(found) == capitals
    assert bool(asked) == ("capital" in text.lower())


def test_a_name_is_known_without_the_approximate_scan_exactly_when_its_candidates_say_so(engine):
    gazetteer = engine.gazetteer
    not_places = sorted(gazetteer.not_places)[:5]  # names the data leaves unresolved on purpose
    names = [
        "Aleppo",
        "Alepo",
        "Syria",
        "U.S.",
        "Kefraya",
        "Foua",
        "Raqqa",
        "Raqa",
        "Deir ez-Zor",
        "Deir Ezzor",
        "Qaryat Umm Jarbu",
        "Iraqi",
        "Human Rights Watch",
        "Ahmed Hassan",
        *not_places,
    ]
    known = [gazetteer.knows_name(name) for name in names]
    assert known == [any(c.match != "fuzzy" for c in gazetteer.candidates(name)) for name in names]
    assert any(known) and not all(known)
