"""Run the stages over articles: nlp -> kb resolution -> extraction.

Each function here is a plain, picklable function over a batch of records, so the
same code runs in one process, a process pool or on Dask workers. Models and
knowledge bases are loaded once per process by :func:`get_engine`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import gc
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from frontwatch.contracts import ActorResolver, Extractor, Parser, PlaceResolver
from frontwatch.errors import InvalidSetting
from frontwatch.records import (
    Article,
    ArticleResult,
    CasualtyStatistic,
    ControlChange,
    Event,
    Relation,
)
from frontwatch.scale.stages import stage_clock
from frontwatch.settings import Settings

log = logging.getLogger("frontwatch.pipeline")

@dataclass
class Engine:
    """What processing needs, loaded once per process."""

    nlp: Any
    actor_kb: ActorResolver
    gazetteer: PlaceResolver
    extractor: Extractor
    parser: Parser | None = None  # a StagedParser when only cue sentences get the full parse

    def parse(self, texts: Sequence[str]) -> list[Any]:
        with stage_clock().timing("parse"):
            if self.parser is not None:
                return self.parser.pipe(texts, batch_size=_NLP_BATCH)
            return list(self.nlp.pipe(texts, batch_size=_NLP_BATCH))

    @property
    def max_chars(self) -> int:
        """The longest text processed: the staged parser never hands spaCy a long piece."""
        return STAGED_MAX_CHARS if self.parser is not None else int(self.nlp.max_length)


_NLP_BATCH = 64  # docs per nlp.pipe batch: the parser's steps take them together
STAGED_MAX_CHARS = 2_000_000
Fact = TypeVar("Fact", Event, Relation, ControlChange, CasualtyStatistic)


@lru_cache(maxsize=4)
def _engine(model: str, kb_files: tuple[str, ...], place_files: tuple[str, ...], parse_scope: str,
            extractor: str) -> Engine:
    from frontwatch.extract.registry import get_extractor
    from frontwatch.kb.actors import load_actor_kb
    from frontwatch.kb.actors.phrases import load_phrase_rules
    from frontwatch.kb.places import load_gazetteer
    from frontwatch.nlp.pipeline import load_nlp

    extract = get_extractor(extractor)  # an unknown name fails before the model loads
    actor_kb = load_actor_kb(extra_files=kb_files)
    gazetteer = load_gazetteer(place_files)
    patterns = [*actor_kb.entity_patterns(), *gazetteer.entity_patterns()]
    rules = load_phrase_rules()
    nlp = load_nlp(
        model, patterns=patterns, name_norms=rules.names_read_as_words, instruments=rules.instrument_words()
    )
    engine = Engine(nlp, actor_kb, gazetteer, extract)
    if parse_scope == "cues":
        engine.parser = _staged_parser(engine.nlp)
    elif parse_scope != "all":
        raise InvalidSetting(f"parse_scope must be 'cues' or 'all', not {parse_scope!r}")
    _set_aside_from_collection()
    return engine


def _set_aside_from_collection() -> None:
    """Move what is loaded so far (the model, the knowledge bases: ~800,000 objects) out
    of the garbage collector's reach. It lives as long as the process, yet every full
    collection walked all of it again (0.6 s each, about 5% of a run); and a worker
    forked after this shares those pages instead of copying them as the collector writes."""
    gc.collect()
    gc.freeze()
    give_back_free_heap()


def give_back_free_heap() -> bool:
    """Hand the heap's free pages back to the system where the C library can (glibc's
    ``malloc_trim``): loading builds and drops the entity ruler's ~43,000 pattern docs
    (~150 MB), which glibc otherwise keeps, and a worker forked later starts from them.
    Whether anything was given back; nothing to do on other C libraries."""
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    return bool(trim(0)) if trim is not None else False


def _staged_parser(nlp: Any) -> Any:
    from frontwatch.extract.lexicon import cue_lemmas, get_lexicon
    from frontwatch.nlp.gate import SentenceGate
    from frontwatch.nlp.pipeline import RULER_NAME
    from frontwatch.nlp.staged import StagedParser

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
    gate = SentenceGate(cue_lemmas(), lemmatizer, get_lexicon().events["irregular_lemmas"])
    return StagedParser(nlp, gate, RULER_NAME)


def get_engine(settings: Settings | None = None) -> Engine:
    settings = settings or Settings()
    return _engine(settings.model, settings.actor_files(), settings.place_files(), settings.parse_scope,
                   settings.extractor)


def warm_up(settings: Settings | None = None) -> None:
    """Run the engine once over a short text of FrontWatch's own (``data/warmup.txt``).

    What the rules load or build on first use is then in place: tables read lazily (the
    event types, the not-an-actor words), modules imported where first needed, the models'
    weights in the order the prediction layers read them, the memo tables' commonest
    entries. A fork server does this before it forks any worker (``scale/preload.py``): each
    worker paid it again in its first task, some 0.35 s of CPU on the sample, as much as the
    task itself, and now inherits it page for page. The stage clock keeps the run's times.
    """
    text = resources.files("frontwatch.data").joinpath("warmup.txt").read_text(encoding="utf-8")
    clock = stage_clock()
    run_times = clock.saved()
    process_batch([article_from_text(text)], settings)
    clock.restore(run_times)
    _set_aside_from_collection()  # what the warm-up made lives as long as the engine


def process_article(article: Article, engine: Engine, doc: Any | None = None) -> ArticleResult:
    """Everything FrontWatch extracts from one article; errors are kept, not raised."""
    from frontwatch.extract.context import build_context
    from frontwatch.extract.tolls import toll_statistics
    from frontwatch.nlp.pipeline import other_mentions, sentences_of

    clock = stage_clock()
    result = ArticleResult(article=article)
    try:
        doc = doc if doc is not None else engine.parse([article.text])[0]
        result.sentences = sentences_of(doc, article.id)
        with clock.timing("resolution"):
            actor_mentions = engine.actor_kb.resolve_doc(doc, article=article)
        with clock.timing("geocoding"):
            place_mentions, places = engine.gazetteer.resolve_doc(doc, article=article)
        with clock.timing("resolution"):
            _resolve_generics_by_places(engine, actor_mentions, place_mentions, places, article)
            others = other_mentions(doc, article.id, actor_mentions, place_mentions)
        result.mentions = [*actor_mentions, *place_mentions, *others]
        result.places = places
        told = _after_dateline(place_mentions, article.text)  # the filing place tells nothing
        found: dict[str, Any] = {"actor_mentions": actor_mentions, "place_mentions": told,
                                 "places": places, "kb": engine.actor_kb}
        with clock.timing("extraction"):
            events, relations, controls = engine.extractor(doc, article, **found)
            result.events, result.relations, result.control_changes = events, relations, controls
            # tolls over a period are statistics, not events: one pass beside whichever extractor runs
            result.statistics = toll_statistics(build_context(doc, article, **found))
        _count_repeats(result)
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the run
        result.error = f"{type(err).__name__}: {err}"
    return result


def _after_dateline(place_mentions: list[Any], text: str) -> list[Any]:
    """The place mentions past an opening "BEIRUT (AP) — " dateline."""
    from frontwatch.ingest.dates import dateline_place_end

    lead = dateline_place_end(text, [m.start for m in place_mentions])
    return [m for m in place_mentions if m.start >= lead] if lead else place_mentions


def _count_repeats(result: ArticleResult) -> None:
    """A sentence the article repeats word for word states its facts once: the facts of
    its first copy are kept, with the number of copies; any fact of a later copy goes."""
    copies = Counter(s.text for s in result.sentences)
    if not copies or max(copies.values()) == 1:
        return
    first: dict[str, int] = {}
    for sentence in result.sentences:
        first.setdefault(sentence.text, sentence.start)
    result.events = _first_copies(result.events, copies, first)
    result.relations = _first_copies(result.relations, copies, first)
    result.control_changes = _first_copies(result.control_changes, copies, first)
    result.statistics = _first_copies(result.statistics, copies, first)


def _first_copies(facts: list[Fact], copies: Counter[str], first: dict[str, int]) -> list[Fact]:
    kept = []
    for fact in facts:
        evidence = fact.evidence
        if evidence is not None and evidence.sentence in first:
            if evidence.start != first[evidence.sentence]:
                continue
            evidence.repeats = copies[evidence.sentence]
        kept.append(fact)
    return kept


def _resolve_generics_by_places(
    engine: Engine,
    actor_mentions: list[Any],
    place_mentions: list[Any],
    places: list[Any],
    article: Article,
) -> None:
    """Classes the article's states left open take the state its places lie in; a state
    named as a giver of aid ("rebels funded by Qatar") or as a group's home ("Lebanon's
    Hezbollah") is no place the story is in."""
    from frontwatch.kb.actors.articlestate import names_no_home

    country_of = {place.id: place.country for place in places}
    givers = {m.start for m in actor_mentions if names_no_home(m)}
    told = [m for m in _after_dateline(place_mentions, article.text) if m.start not in givers]
    countries = [country_of.get(m.place_id, "") for m in told]
    by_sentence: dict[int, list[str]] = {}
    for m in told:
        by_sentence.setdefault(m.sentence_index, []).append(country_of.get(m.place_id, ""))
    engine.actor_kb.resolve_generics_by_places(
        actor_mentions, countries, article.published, by_sentence
    )


def process_batch(
    articles: Sequence[Article], settings: Settings | None = None
) -> list[ArticleResult]:
    """Process a batch with nlp.pipe (faster than one doc at a time).

    Texts too long for the model are recorded as errors, not passed to spaCy; if
    the batch as a whole fails, each article is retried alone so one bad text
    cannot take the others down with it.
    """
    engine = get_engine(settings)
    limit = engine.max_chars
    results: dict[int, ArticleResult] = {}
    fitting = []
    for index, article in enumerate(articles):
        if len(article.text) > limit:
            results[index] = ArticleResult(
                article, error=f"TextTooLong: {len(article.text)} characters (limit {limit})"
            )
        else:
            fitting.append(index)
    try:
        docs = engine.parse([articles[i].text for i in fitting])
    except Exception as err:  # noqa: BLE001 - fall back to one article at a time
        # an article that fails alone records its own error; one that does not must not
        # hide that the batch failed (a slower run, or a bug only batches meet)
        log.warning("parsing %d articles together failed (%s: %s); parsing each alone",
                    len(fitting), type(err).__name__, err)
        docs = [None] * len(fitting)
    for index, doc in zip(fitting, docs, strict=True):
        results[index] = process_article(articles[index], engine, doc)
    return [results[i] for i in range(len(articles))]


def article_from_text(
    text: str, *, published: dt.date | None = None, title: str = "", source: str = ""
) -> Article:
    """An article for text that did not come through ingest (eval, tests, the API)."""
    from frontwatch.ingest import article_id
    from frontwatch.ingest.furniture import blank_out, find_furniture

    furniture = find_furniture(text)  # as ingest does, so evaluations score what a run reads
    return Article(
        id=article_id(text),
        text=blank_out(text, furniture),
        title=title,
        source=source,
        published=published,
        date_source="user" if published else "unknown",
        furniture=furniture,
    )


def process_texts(
    texts: Iterable[str],
    *,
    dates: Iterable[dt.date | None] | None = None,
    sources: Iterable[str] | None = None,
    settings: Settings | None = None,
) -> list[ArticleResult]:
    """Run the whole extraction over raw texts, in order (used by eval and tests), with
    each text's publication date and source (who published it) where given."""
    texts = list(texts)
    date_list = list(dates) if dates is not None else [None] * len(texts)
    source_list = list(sources) if sources is not None else [""] * len(texts)
    articles = [
        article_from_text(t, published=d, source=s)
        for t, d, s in zip(texts, date_list, source_list, strict=True)
    ]
    return process_batch(articles, settings)
