"""Give a fact its time: the expression in its clause, else the sentence's, else the
publication date for plain news -- never for plans, threats or conditions, whose
weekdays and dates without a year are read forwards ("talks on Friday": the next one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial
from typing import Any, overload

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.timeref import Reference, TimeMatch, find_times, is_background
from frontwatch.ingest.dates import dateline_match
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.text import text_of
from frontwatch.records import Claim, TimeRef

_TIMES_MEMO = 16_384  # sentences


def sentence_times(sent: Any, ctx: ArticleContext) -> list[TimeMatch]:
    """Time expressions of a sentence, with offsets made absolute; the opening
    dateline's date is the report's, never a fact's ("Oct 2014 at 1514 ... killed")."""
    text = ctx.text if sent.doc is ctx.doc else text_of(sent.doc)
    narrative = None if ctx.published else _narrative_anchor(text, sent.end_char)
    matches = _times_in(text[sent.start_char : sent.end_char], ctx.published, _fields(narrative))
    start, end = _dateline_span(text, ctx.published)
    shifted = [
        TimeMatch(m.start + sent.start_char, m.end + sent.start_char, m.time, m.since)
        for m in matches
    ]
    return [m for m in shifted if not (m.start < end and start < m.end)]


class LazyTimes(Sequence[TimeMatch]):
    """A sentence's time expressions (:func:`sentence_times`), found when first read.

    The extractors get every sentence's times, but four sentences in ten of the sample
    state nothing that is dated (no trigger, no change of hands, no tie) and the toll
    statistics read times only with a toll: finding them there was 1.5% of a run's CPU.
    The times found are the same whenever they are found (the sentence and the article's
    text and date do not change)."""

    __slots__ = ("_find", "_found")

    def __init__(self, sent: Any, ctx: ArticleContext) -> None:
        self._find = partial(sentence_times, sent, ctx)
        self._found: list[TimeMatch] | None = None

    def _times(self) -> list[TimeMatch]:
        if self._found is None:
            self._found = self._find()
        return self._found

    @overload
    def __getitem__(self, index: int) -> TimeMatch: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[TimeMatch]: ...

    def __getitem__(self, index: int | slice) -> TimeMatch | Sequence[TimeMatch]:
        return self._times()[index]

    def __len__(self) -> int:
        return len(self._times())

    def __iter__(self) -> Iterator[TimeMatch]:
        return iter(self._times())

    @property
    def read(self) -> bool:
        """Whether the times were asked for (for tests: the work done)."""
        return self._found is not None


@lru_cache(maxsize=_TIMES_MEMO)
def _times_in(
    sentence: str, published: dt.date | None, narrative: tuple[Any, ...] | None
) -> tuple[TimeMatch, ...]:
    """find_times over one sentence, memoised: the extractors and the period tolls each
    ask for the times of the same sentences, and the regexes are a good part of the cost.
    The period tolls read an article's sentences after the extractors have read them all,
    so the memo holds a long article's every sentence (a 1 MB article has over 6,000):
    with room for 1,024, each was scanned twice."""
    anchor = TimeRef(*narrative) if narrative is not None else None
    return tuple(find_times(sentence, Reference(published, narrative=anchor)))


def _fields(time: TimeRef | None) -> tuple[Any, ...] | None:
    """A TimeRef as a hashable key (the record itself is mutable)."""
    return None if time is None else (time.date, time.precision, time.text, time.background)


@lru_cache(maxsize=8)
def _dateline_span(text: str, published: dt.date | None) -> tuple[int, int]:
    """Where the opening dateline writes the publication date (empty if it does not)."""
    found = dateline_match(text)
    return (found[0], found[1]) if found and found[2] == published else (0, 0)


def _narrative_anchor(text: str, before: int) -> TimeRef | None:
    """For an undated text: the last explicit date (with its year) starting before
    ``before``, else the first one in the text -- what a year-less date belongs to."""
    dated = _explicit_times(text)
    earlier = [m for m in dated if m.start < before]
    chosen = earlier[-1] if earlier else (dated[0] if dated else None)
    return chosen.time if chosen is not None else None


@lru_cache(maxsize=8)
def _explicit_times(text: str) -> tuple[TimeMatch, ...]:
    """Expressions that resolve with no publication date: they carry their year."""
    return tuple(m for m in find_times(text, None) if m.time.date is not None)


def is_pluperfect(head: Any) -> bool:
    """'had captured': a past before the reported past."""
    if head.tag_ != "VBN":
        return False
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in head.children
    )


def time_for(
    anchor: Any,
    head: Any,
    claim: Claim,
    ctx: ArticleContext,
    times: Sequence[TimeMatch],
    clause: list[Any],
) -> TimeRef:
    """The time of the fact anchored on ``anchor`` whose clause is ``clause``."""
    hypothetical = claim.certainty == "hypothetical"
    if hypothetical and anchor.pos_ != "VERB":
        clause = list(anchor.subtree)
    match = _pick(times, clause, anchor, own_clause_only=hypothetical)
    background = is_pluperfect(head)
    if match is not None:
        time = _forwards(match.time, ctx) if hypothetical else match.time
        back = background or is_background(time, ctx.published, since=match.since)
        return TimeRef(time.date, time.precision, time.text, back)
    if background or _historical(times, ctx.published, anchor):
        return TimeRef(None, None, "", True)
    if claim.certainty == "hypothetical" or ctx.published is None:
        return TimeRef(None)
    return TimeRef(ctx.published, "day", "")


HISTORICAL_YEARS = 2  # a sentence dated this many years or more before the report


def _historical(times: Sequence[TimeMatch], published: dt.date | None, anchor: Any) -> bool:
    """A sentence about an event of long before the report ("an uprising in 1982 which
    was crushed ... with 40,000 dying") whose fact no expression dates: the fact belongs
    to that past, not to the report's day, whatever the parser hung the clause on. The
    year must date a noun (the uprising, the war); one dating another clause's verb
    ("the town, which rebels seized in 2013") says nothing of this fact, and "since"
    spans up to now."""
    if published is None:
        return False
    return any(
        not m.since
        and m.time.date is not None
        and m.time.date.year <= published.year - HISTORICAL_YEARS
        and getattr(_head_of(m, anchor), "pos_", "") in ("NOUN", "PROPN")
        for m in times
    )


def _forwards(time: TimeRef, ctx: ArticleContext) -> TimeRef:
    """The time of a plan or threat: its expression read towards the future."""
    if ctx.published is None or not time.text:
        return time
    found = find_times(time.text, Reference(ctx.published, future=True))
    return found[0].time if found else time


def _attachment(span: Any) -> int:
    """Index of the word a time expression hangs from (its first head outside it)."""
    inside = range(span.start, span.end)
    return next((t.head.i for t in span if t.head.i not in inside), -1)


def _pick(
    times: Sequence[TimeMatch], clause: list[Any], anchor: Any, *, own_clause_only: bool = False
) -> TimeMatch | None:
    """The expression in the fact's clause, else one in a clause governing it.

    Within the clause, an expression hanging from the fact's own path (its trigger, the
    verbs above it, a nominal trigger's own phrase) wins over one hanging from another
    phrase ("Feb 2015 ... strikes killed 32 on Monday"); a "since" expression describing
    a noun ("the regime in power since 1963") never dates the fact.
    """
    if not times:
        return None  # most sentences date nothing: no clause or path is walked for them
    starts = {t.idx for t in clause}
    in_clause = [m for m in times if any(m.start <= s < m.end for s in starts)]
    path = {a.i for a in anchor.ancestors} | {anchor.i}
    if anchor.pos_ != "VERB":
        path |= {t.i for t in anchor.subtree}
    heads = {id(m): _head_of(m, anchor) for m in in_clause}
    on_path = [m for m in in_clause if getattr(heads[id(m)], "i", -1) in path]
    rest = [m for m in in_clause if not _describes_noun(m, heads[id(m)])]
    if on_path or rest:
        return _first_resolved(on_path or rest)
    if own_clause_only:
        return None
    named = _named_by_when(times, anchor)
    if named is not None:
        return named
    governing = [m for m in times if getattr(_head_of(m, anchor), "i", -1) in path]
    if governing and all(_dates_the_telling(_head_of(m, anchor), anchor) for m in governing):
        governing = _chained_times(times, path, anchor) or governing
    return _first_resolved(governing) if governing else None


def _chained_times(times: Sequence[TimeMatch], path: set[int], anchor: Any) -> list[TimeMatch]:
    """ "continued to attack IS yesterday, conducting 33 strikes": the time of the verb
    that a governing verb leads on to ("continued to attack") dates the fact it governs."""
    doc = anchor.doc
    chained = {c.i for i in path for c in doc[i].children if c.dep_ == "xcomp"}
    return [m for m in times if getattr(_head_of(m, anchor), "i", -1) in chained]


def _named_by_when(times: Sequence[TimeMatch], anchor: Any) -> TimeMatch | None:
    """ "held the port until last week, when troops captured it", "in 2014, when IS took
    the city": a "when" clause dates its deed by the time expression just before it,
    whatever the parser hung the clause on."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or when.i > verb.i:
        return None
    gap = text_of(anchor.doc)[: when.idx]
    before = [m for m in times if m.end <= when.idx and not gap[m.end :].strip(" ,-\u2014")]
    return before[-1] if before else None


def _first_resolved(matches: list[TimeMatch]) -> TimeMatch:
    """The first expression that resolves to a date, else the first one ("three years
    ago in 2014" in an undated text: 2014)."""
    return next((m for m in matches if m.time.date is not None), matches[0])


def _head_of(match: TimeMatch, anchor: Any) -> Any | None:
    span = expanded_span(anchor.doc, match.start, match.end)
    if span is None:
        return None
    index = _attachment(span)
    return anchor.doc[index] if index >= 0 else None


def _dates_the_telling(head: Any | None, anchor: Any) -> bool:
    """ "forces continued to attack yesterday, conducting 33 strikes, officials reported
    today": an expression on the verb of saying above the fact dates the report."""
    if head is None or head.i == anchor.i:
        return False
    return lemma_of(head) in get_lexicon().certainty("attribution_verbs")


def _describes_noun(match: TimeMatch, head: Any | None) -> bool:
    return match.since and head is not None and head.pos_ in ("NOUN", "PROPN", "ADJ")
