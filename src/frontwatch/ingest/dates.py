"""Publication dates from metadata strings and from datelines at the top of a text.

A dateline is only looked for in the first few hundred characters: a date deeper in
the text is usually the date of something reported, not of the report. A date led by
a weekday name ("AFP Friday 23 Aug 2013", "Tue Jul 7 2015") is a dateline's form and
is looked for a little further, past a long headline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import dateparser

DATELINE_WINDOW = 160
WEEKDAY_DATELINE_WINDOW = 400
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_YEAR = r"((?:19|20)\d\d)(?!\d)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+{_YEAR}", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.IGNORECASE)
# "Apr 232017": feeds that strip commas glue the day to the year.
_MONTH_DAYYEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# "24.08.2013", "15-09-2013", "5-04-2016", "18.10.2014Get short URL" (glued by a feed).
_NUMERIC = re.compile(r"(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)}
_Forms = tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]  # (day first, month first)
_WRITTEN: _Forms = ((_DAY_MONTH_YEAR,), (_MONTH_DAY_YEAR, _MONTH_DAYYEAR))
_WEEKDAY_LED: _Forms = (
    (re.compile(_WEEKDAYS + _DAY_MONTH_YEAR.pattern, re.IGNORECASE),),
    (re.compile(_WEEKDAYS + _MONTH_DAY_YEAR.pattern, re.IGNORECASE),),
)


# "BEIRUT (AP) — ", "DAMASCUS, Syria — ", "MOSUL, Iraq, Oct 17 (Reuters) - ": a place in
# capitals (the reporter's, not the story's), an optional country, agency and date, a dash;
# or a line of its own ("KHARTOUM, Sudan" above the story); or one or two words in capitals
# before a colon ("BANGKOK: "), only where the caller knows a place is named there: a
# transcript's speaker ("GEN. DUNFORD:") or a kicker ("ISIS:", "UPDATE:") is no dateline. A
# place written in lower case is a dateline only beside its agency ("Bamako (AFP) - ",
# "Khartoum, MINA – "): "Aug. 14 – Kabul fell" and "Syria: rebels advance" are no datelines.
_CAPS_PLACE = r"[A-Z][A-Z'’.\- ]{2,40}"
_NAMED_PLACE = r"[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){0,2}"
_CAPS_LINE = r"[A-Z][A-Z'’.\-]{2,20}(?: [A-Z][A-Z'’.\-]{2,20})?(?:,[ \t]*[A-Z][\w.’'\- ]{1,30})?[ \t]*\n"
_PLACE_DATELINE = re.compile(
    rf"\A\s*(?:{_CAPS_PLACE}(?:,\s*[A-Z0-9][\w.’'\- ]{{1,30}}){{0,3}}\s*"
    r"(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+"
    rf"|{_CAPS_LINE}"
    rf"|{_NAMED_PLACE}(?:\s*\([A-Z][^()\n]{{1,30}}\)|,\s*[A-Z]{{2,10}})\s*[—–-]{{1,2}}\s+)"
)


_COLON_DATELINE = re.compile(r"\A\s*[A-Z][A-Z'’\-]{2,20}(?: [A-Z][A-Z'’\-]{2,20})?:\s+")


def dateline_place_end(text: str, place_starts: Iterable[int] = ()) -> int:
    """Where an opening place dateline ("BEIRUT (AP) — ") ends, 0 if the text has none:
    where the report was filed is no actor, and no place of what it tells. A colon form
    ("NIAMEY: ") counts only with a place mention starting in it (``place_starts``)."""
    found = _PLACE_DATELINE.match(text)
    if found:
        return found.end()
    colon = _COLON_DATELINE.match(text)
    if colon and any(start < colon.end() for start in place_starts):
        return colon.end()
    return 0


def dateline_date(text: str) -> dt.date | None:
    """The date written in the article's opening dateline, if there is one."""
    found = dateline_match(text)
    return found[2] if found else None


def dateline_match(text: str) -> tuple[int, int, dt.date] | None:
    """Where the opening dateline's date is written (start, end) and the date."""
    found = _dates_in(text[:DATELINE_WINDOW], _WRITTEN, numeric=True)
    if not found:
        found = _dates_in(text[:WEEKDAY_DATELINE_WINDOW], _WEEKDAY_LED, numeric=False)
    return min(found) if found else None


def _dates_in(head: str, forms: _Forms, *, numeric: bool) -> list[tuple[int, int, dt.date]]:
    """Every full date in ``head`` of the given (day-first, month-first) forms, with its span."""
    day_first, month_first = forms
    found: list[tuple[int, int, dt.date | None]] = []
    for regex in day_first:
        found += [(m.start(), m.end(), _from_parts(m.group(1), m.group(2), m.group(3))) for m in regex.finditer(head)]
    for regex in month_first:
        found += [(m.start(), m.end(), _from_parts(m.group(2), m.group(1), m.group(3))) for m in regex.finditer(head)]
    if numeric:
        found += [(m.start(), m.end(), _iso_date(m)) for m in _ISO.finditer(head)]
        found += [(m.start(), m.end(), _numeric_date(m)) for m in _NUMERIC.finditer(head)]
    return [(start, end, day) for start, end, day in found if day is not None]


def _iso_date(m: re.Match[str]) -> dt.date | None:
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _numeric_date(m: re.Match[str]) -> dt.date | None:
    return numeric_date(m.group(1), m.group(2), m.group(3), m.group(4))


def numeric_date(first_text: str, separator: str, second_text: str, year_text: str) -> dt.date | None:
    """Dots and dashes put the day first (the European and wire habit), slashes the
    month (the American); a field above 12 can only be the day, whatever the habit."""
    first, second, year = int(first_text), int(second_text), int(year_text)
    day_first = separator != "/"
    if first > 12 or second > 12:
        day_first = first > 12
    day, month = (first, second) if day_first else (second, first)
    return safe_date(year, month, day)


def parse_metadata_date(value: object) -> dt.date | None:
    """A date from a metadata field (ISO string, RFC 822, a datetime, or free text)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    iso = _ISO.search(text)
    if iso:
        return _iso_date(iso)
    slashed = _SLASHED.fullmatch(text)
    if slashed:  # ambiguous: read as month/day/year, the common form in English feeds
        return safe_date(int(slashed.group(3)), int(slashed.group(1)), int(slashed.group(2)))
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else dateline_date(text)


def _from_parts(day: str, month: str, year: str) -> dt.date | None:
    return safe_date(int(year), _MONTH_INDEX[month[:3].lower()], int(day))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers name no day (a 31st of April, a month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
