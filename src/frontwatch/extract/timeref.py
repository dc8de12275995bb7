"""Resolve the time expressions of a sentence against the article's publication date.

Relative expressions ("on Wednesday", "in March", "last week") resolve backwards from
publication: news reports what has happened (forwards for plans and threats, when the
caller says so). With no publication date they stay unresolved (the text is kept, the
date is None) rather than invented -- except a day or month written without its year,
which takes the year of the last explicit date before it ("In July 2015 ... On 16 July").
Periods with no date of their own ("since the war began") are found as background.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.extract.lexicon import Lexicon, get_lexicon
from frontwatch.ingest.dates import numeric_date, safe_date
from frontwatch.records import TimeRef


@dataclass(frozen=True)
class TimeMatch:
    """A time expression found in a text: character offsets and its resolution."""

    start: int
    end: int
    time: TimeRef
    since: bool = False


@dataclass(frozen=True)
class Reference:
    """What relative expressions resolve against: the publication date, the direction
    (forwards for what is planned or threatened), and for undated texts the last
    explicit date before the expression, which only supplies a missing year."""

    published: dt.date | None
    future: bool = False
    narrative: TimeRef | None = None


@dataclass(frozen=True)
class _Patterns:
    explicit: re.Pattern[str]
    # every explicit date holds a year (19xx, 20xx) or a month's name: most sentences hold
    # neither (a sentence's figures alone, "killed 12", no longer make the scan run)
    explicit_gate: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: list[tuple[re.Pattern[str], dict[str, Any]]]
    any_relative: re.Pattern[str] | None  # matches wherever one of ``relative`` would
    ago: re.Pattern[str]
    after_now: re.Pattern[str]
    eras: list[re.Pattern[str]]
    any_era: re.Pattern[str] | None  # matches wherever one of ``eras`` would
    months: dict[str, int]
    weekdays: dict[str, int]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex: Lexicon = get_lexicon()
    cues = checked_time_cues(lex.cues.get("time"))
    months = {m: i + 1 for i, m in enumerate(cues["months"])}
    months.update(cues["month_abbrev"])
    month_alt = "|".join(sorted(months, key=len, reverse=True))
    mon = rf"(?P<mon>{month_alt})\.?"
    explicit = re.compile(
        rf"\b(?:(?P<since>since)\s+|(?:in|on|by|during|until|from|of)\s+)?(?:"
        rf"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
        rf"|(?P<dmy>\d{{1,2}})(?P<sep>[-./])(?P<dmm>\d{{1,2}})(?P=sep)(?P<dmyy>(?:19|20)\d\d)"
        rf"|(?P<mon4>{month_alt})\.?\s+(?P<d4>[0-3]?\d)(?P<y5>(?:19|20)\d\d)"  # "Jul 282016"
        rf"|{mon}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
        rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>{month_alt})\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
        rf"|(?P<mon3>{month_alt})(?:,?\s+(?P<y3>(?:19|20)\d\d))?"
        rf"|(?P<y4>(?:19|20)\d\d)(?!\d|,\d|[-./]\d|\s*(?:GMT|UTC|hrs\b|hours\b|h\b|local\b))"
        rf")\b",
        re.IGNORECASE,
    )
    day_alt = "|".join(cues["weekdays"])
    parts = "|".join(cues["day_parts"])
    weekday = re.compile(
        rf"\b(?:(?:on|late|early|since)\s+)?(?P<wd>{day_alt})(?:\s+(?:{parts}))?\b", re.IGNORECASE
    )
    relative = [
        (re.compile(rf"\b(?:{r['pattern']})\b", re.IGNORECASE), r) for r in cues["relative"]
    ]
    any_relative = _any_of([regex for regex, _rule in relative])
    number_words = "|".join(lex.cues["numbers"])
    units = "|".join(cues["ago_units"])
    ago = re.compile(
        rf"\b(?P<n>\d+|{number_words}|a|an)\s+(?P<unit>{units})\s+ago\b", re.IGNORECASE
    )
    verbs = "|".join(cues["now_after_verbs"])
    hedges = "|".join(cues["count_hedges"])
    after_now = re.compile(
        rf"\b(?:{verbs})\s+(?:(?:{hedges})\s+)?(?P<n>\d+|{number_words}|a|an)\s+(?P<unit>{units})"
        rf"\s+after\b",
        re.IGNORECASE,
    )
    eras = [re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for pattern in cues["eras"]]
    weekdays = {d: i for i, d in enumerate(cues["weekdays"])}
    explicit_gate = re.compile(rf"(?:19|20)\d\d|\b(?:{month_alt})", re.IGNORECASE)
    return _Patterns(
        explicit, explicit_gate, weekday, relative, any_relative, ago, after_now, eras,
        _any_of(eras), months, weekdays,
    )


def _any_of(regexes: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One regex that finds a match wherever any of ``regexes`` has one: a sentence it
    finds nothing in is spared a scan per regex. None if they do not combine (two of
    them naming the same group)."""
    try:
        return re.compile("|".join(f"(?:{r.pattern})" for r in regexes), re.IGNORECASE)
    except re.error:
        return None


_TIME_LISTS = ("weekdays", "months", "day_parts", "relative", "eras")
_TIME_NUMBERS = ("background_days", "since_recent_days", "future_slack_days")


def checked_time_cues(cues: Any) -> dict[str, Any]:
    """The ``time`` section of cues.yaml, or every problem with it at once."""
    where = "extract/data/cues.yaml: time"
    if not isinstance(cues, dict):
        raise InvalidKnowledgeBase(f"{where}: missing or not a mapping")
    problems = [f"{where}.{k}: expected a list" for k in _TIME_LISTS if not isinstance(cues.get(k), list)]
    problems += [
        f"{where}.{k}: expected a whole number of days"
        for k in _TIME_NUMBERS
        if not isinstance(cues.get(k), int) or cues[k] < 0
    ]
    patterns = [r.get("pattern", "") if isinstance(r, dict) else r for r in cues.get("relative") or []]
    for pattern in [*patterns, *(cues.get("eras") or [])]:
        try:
            re.compile(str(pattern))
        except re.error as error:
            problems.append(f"{where}: pattern {pattern!r}: {error}")
    if problems:
        raise InvalidKnowledgeBase("; ".join(problems))
    return cues


def find_times(
    text: str, published: dt.date | Reference | None, *, future: bool = False
) -> list[TimeMatch]:
    """Every time expression in ``text`` (offsets relative to it), resolved against
    ``published`` (a date, or a full :class:`Reference`)."""
    ref = published if isinstance(published, Reference) else Reference(published, future)
    pats = _patterns()
    found: list[TimeMatch] = []
    # a weekday with its part of the day ("Monday overnight") before the bare part alone
    finders = (_find_eras, _find_ago, _find_after_now, _find_weekdays, _find_relative, _find_explicit)
    for finder in finders:
        for match in finder(text, ref, pats):
            if not any(m.start < match.end and match.start < m.end for m in found):
                found.append(match)
    return sorted(found, key=lambda m: m.start)


def _find_eras(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    """Periods reaching back to a time they do not date ("since the war began")."""
    if pats.any_era is not None and not pats.any_era.search(text):
        return []
    return [
        _match(m.start(), m.end(), m.group(0), None, "year", since=True)
        for regex in pats.eras
        for m in regex.finditer(text)
    ]


def _find_relative(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    if pats.any_relative is not None and not pats.any_relative.search(text):
        return []
    published = ref.published
    out = []
    for regex, rule in pats.relative:
        for m in regex.finditer(text):
            date = _shift(published, rule["unit"], rule["offset"]) if published else None
            out.append(_match(m.start(), m.end(), m.group(0), date, rule["precision"]))
    return sorted(out, key=lambda m: m.start - m.end)  # "the day before yesterday" first


def _find_ago(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    if "ago" not in text.lower():  # every match ends in it: most sentences need no scan
        return []
    published = ref.published
    out = []
    for m in pats.ago.finditer(text):
        count, unit = _count_and_unit(m)
        date = _shift(published, unit, -count) if published else None
        out.append(_match(m.start(), m.end(), m.group(0), date, unit))
    return out


def _find_after_now(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    """"The push comes nine months after the city fell": the fall lies nine months before
    the report. The match starts at the count, so it dates the clause after it, not the
    news told by "comes"."""
    if "after" not in text.lower():  # every match ends in it: most sentences need no scan
        return []
    out = []
    for m in pats.after_now.finditer(text):
        count, unit = _count_and_unit(m)
        date = _shift(ref.published, unit, -count) if ref.published else None
        out.append(_match(m.start("n"), m.end(), text[m.start("n") : m.end()], date, unit))
    return out


def _count_and_unit(m: re.Match[str]) -> tuple[int, str]:
    """The count and the calendar unit of a "<count> <unit>" match."""
    cues = get_lexicon().cues
    raw = m.group("n").lower()
    count = int(raw) if raw.isdigit() else cues["numbers"].get(raw, 1)
    return count, cues["time"]["ago_units"][m.group("unit").lower()]


def _find_weekdays(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    """The last such weekday up to publication (the next one from it, forwards)."""
    published = ref.published
    out = []
    for m in pats.weekday.finditer(text):
        date = None
        if published is not None:
            weekday = pats.weekdays[m.group("wd").lower()]
            if ref.future:
                date = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
            else:
                date = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
        since = m.group(0).lower().startswith("since")
        out.append(_match(m.start(), m.end(), m.group(0), date, "day", since=since))
    return out


def _find_explicit(text: str, ref: Reference, pats: _Patterns) -> list[TimeMatch]:
    if not pats.explicit_gate.search(text):
        return []
    out = []
    for m in pats.explicit.finditer(text):
        if _is_modal_may(m) or (m.group("y4") and _is_count(text, m)):
            continue
        resolved = _resolve_explicit(m, ref, pats.months)
        if resolved is None:
            continue
        date, precision = resolved
        out.append(
            _match(m.start(), m.end(), m.group(0), date, precision, since=bool(m.group("since")))
        )
    return out


def _is_modal_may(m: re.Match[str]) -> bool:
    """A bare "may" is the modal verb unless a preposition or a year goes with it."""
    if not m.group("mon3") or m.group("mon3").lower() != "may" or m.group("y3"):
        return False
    return m.group(0).lower().strip() == "may"


_COUNT_BEFORE = re.compile(
    r"\b(?:than|about|some|nearly|almost|around|over|least|approximately|roughly|estimated|"
    r"total of|up to)\s*$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+[a-z]")
# Words before a bare number that make it a year: "the 2011 uprising", "spring 2015".
_YEAR_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|spring|summer|autumn|fall|winter|early|late|mid|"
    r"end of|beginning of|start of|since)[\s-]*$",
    re.IGNORECASE,
)


def _is_count(text: str, m: re.Match[str]) -> bool:
    """A bare four-digit number that counts something ("more than 2000 people") is
    not a year; a year needs a cue ("in 2013", "since 1963", "the 2011 uprising")."""
    before = text[: m.start()]
    if _COUNT_BEFORE.search(before):
        return True
    cue = m.group(0)[: m.start("y4") - m.start()].strip().lower()
    if cue in ("in", "since", "during", "until", "on"):
        return False
    followed = bool(_WORD_AFTER.match(text, m.end()))
    return followed and not _YEAR_BEFORE.search(before)


def _resolve_explicit(
    m: re.Match[str], ref: Reference, months: dict[str, int]
) -> tuple[dt.date | None, str] | None:
    if m.group("iso"):
        return safe_date(*map(int, m.group("iso").split("-"))), "day"
    if m.group("dmy"):
        return numeric_date(m.group("dmy"), m.group("sep"), m.group("dmm"), m.group("dmyy")), "day"
    if m.group("y4"):
        return dt.date(int(m.group("y4")), 1, 1), "year"
    name = m.group("mon") or m.group("mon2") or m.group("mon3") or m.group("mon4")
    month = months[name.lower().rstrip(".")]
    day_text = m.group("d1") or m.group("d2") or m.group("d4")
    year_text = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y5")
    day = int(day_text) if day_text else None
    year = int(year_text) if year_text else _year_for(month, day, ref)
    if year is None:
        return None, "day" if day_text else "month"
    if day_text:
        return safe_date(year, month, int(day_text)), "day"
    return dt.date(year, month, 1), "month"


def _year_for(month: int, day: int | None, ref: Reference) -> int | None:
    """The year of a day or month written without one: the last such day (or month)
    up to publication (a day's slack for time zones), the next one forwards; for an
    undated text, the one nearest the last explicit date."""
    if ref.published is None:
        return _narrative_year(month, day or 15, ref.narrative)
    published = ref.published
    years = (published.year - 1, published.year, published.year + 1)
    if day is None:  # a month: the current one counts either way
        now = (published.year, published.month)
        if ref.future:
            return min(y for y in years if (y, month) >= now)
        return max(y for y in years if (y, month) <= now)
    slack = dt.timedelta(days=int(get_lexicon().cues["time"]["future_slack_days"]))
    if ref.future:
        return min(y for y in years if _day_in(y, month, day) >= published - slack)
    return max(y for y in years if _day_in(y, month, day) <= published + slack)


def _narrative_year(month: int, day: int, anchor: TimeRef | None) -> int | None:
    if anchor is None or anchor.date is None:
        return None
    if anchor.precision == "year":
        return anchor.date.year
    around = anchor.date
    years = (around.year - 1, around.year, around.year + 1)
    return min(years, key=lambda y: abs((_day_in(y, month, day) - around).days))


def _day_in(year: int, month: int, day: int) -> dt.date:
    """The day in ``year``, the 29th of February kept comparable in any year."""
    return dt.date(year, month, min(day, 28))


def _shift(published: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "day":
        return published + dt.timedelta(days=offset)
    if unit == "week":
        return published + dt.timedelta(weeks=offset)
    if unit == "month":
        months = published.year * 12 + published.month - 1 + offset
        return dt.date(months // 12, months % 12 + 1, 1)
    return dt.date(published.year + offset, 1, 1)


def _match(
    start: int, end: int, text: str, date: dt.date | None, precision: str, *, since: bool = False
) -> TimeMatch:
    if date is None:
        return TimeMatch(start, end, TimeRef(None, None, text), since)
    return TimeMatch(start, end, TimeRef(date, precision, text), since)  # type: ignore[arg-type]


def is_background(time: TimeRef, published: dt.date | None, *, since: bool = False) -> bool:
    """Whether a resolved time recounts the past rather than the day's news: a time
    long before publication, or a period reaching back further than a few days
    ("since 2011", "since the war began"; not "since Monday")."""
    cues = get_lexicon().cues["time"]
    if time.date is None or published is None:
        return since
    age = (published - time.date).days
    if since:
        return age > int(cues["since_recent_days"])
    old = age > int(cues["background_days"])
    return old and (time.precision != "year" or time.date.year < published.year)


def month_end(date: dt.date) -> dt.date:
    return date.replace(day=calendar.monthrange(date.year, date.month)[1])
