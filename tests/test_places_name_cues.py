"""The words around a span say it is a place name, whatever label the NER gave it."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.cues import place_name_cue


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    return spacy.blank("en")


def _span(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("Shells hit the al-Midan neighbourhood of Damascus.", "al-Midan", "head"),
        ("Rockets fell on al-Wafideen Camp on Friday.", "al-Wafideen Camp", "head"),
        ("The army entered the village of Urum al-Kubra.", "Urum al-Kubra", "town"),
        ("Clashes broke out in Rityan overnight.", "Rityan", "in"),
        ("Rebels advanced towards Kaljibrin at dawn.", "Kaljibrin", "in"),
        ("Fighters began an assault southeast of Ramussa on Sunday.", "Ramussa", "near"),
        ("Strikes on the province of Raqa killed 20 jihadists.", "Raqa", "province"),
        ("Residents of two villages Foua and Kafarya left.", "Foua", "town"),
        # a name given as one of several places taken or hit
        ("Militants overran three towns including Gwoza overnight.", "Gwoza", "town"),
        ("The army retook villages such as Tal Shair and Umm Adasa.", "Tal Shair", "town"),
        ("Shelling hit several districts, notably Sukkari, at dawn.", "Sukkari", "town"),
        ("Rebels hold areas like the Jobar front line.", "Jobar", "town"),
    ],
)
def test_place_words_around_a_name(blank_nlp, text, name, cue):
    assert place_name_cue(_span(blank_nlp, text, name)) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abdel Rahman said the toll was rising.", "Abdel Rahman"),
        ("A source at Aleppo Police Command told SANA.", "Police Command"),
        ("The statement came from Yacoub El Hillo in Damascus.", "Yacoub El Hillo"),
        # an inclusion after persons or groups is no list of places
        ("Several commanders, including Abu Omar, were killed.", "Abu Omar"),
        ("Rival factions such as Jaish al-Izza refused the deal.", "Jaish al-Izza"),
    ],
)
def test_persons_and_organisations_have_no_place_cue(blank_nlp, text, name):
    assert place_name_cue(_span(blank_nlp, text, name)) == ""


def test_a_cued_name_the_ner_called_an_organisation_is_resolved_as_a_place(gazetteer, blank_nlp):
    from spacy.tokens import Span

    from frontwatch.pipeline import article_from_text

    text = "Evacuees left the village of Kefraya while Abdel Rahman spoke in London."
    doc = blank_nlp(text)
    kefraya, person = _span(blank_nlp, text, "Kefraya"), _span(blank_nlp, text, "Abdel Rahman")
    doc.ents = [
        Span(doc, kefraya.start, kefraya.end, label="ORG"),
        Span(doc, person.start, person.end, label="PERSON"),
    ]
    mentions, _places = gazetteer.resolve_doc(doc, article=article_from_text(text))
    assert [(m.text, m.label, m.place_id) for m in mentions] == [("Kefraya", "LOC", "fw:t-kafriya")]
