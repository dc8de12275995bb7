"""Publication dates from metadata strings and from datelines at the top of a text.

A dateline is only looked for in the first few hundred characters: a date deeper in
the text is usually the date of something reported, not of the report.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser

DATELINE_WINDOW = 160
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "Apr 232017": feeds that strip commas glue the day to the year.
_MONTH_DAYYEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)}


def dateline_date(text: str) -> dt.date | None:
    """The date written in the article's opening dateline, if there is one."""
    head = text[:DATELINE_WINDOW]
    matches = [
        (m.start(), _from_parts(m.group(1), m.group(2), m.group(3))) for m in _DAY_MONTH_YEAR.finditer(head)
    ]
    matches += [
        (m.start(), _from_parts(m.group(2), m.group(1), m.group(3))) for m in _MONTH_DAY_YEAR.finditer(head)
    ]
    matches += [
        (m.start(), _from_parts(m.group(2), m.group(1), m.group(3))) for m in _MONTH_DAYYEAR.finditer(head)
    ]
    matches += [(m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) for m in _ISO.finditer(head)]
    found = sorted((pos, day) for pos, day in matches if day is not None)
    return found[0][1] if found else None


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
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    slashed = _SLASHED.fullmatch(text)
    if slashed:  # ambiguous: read as month/day/year, the common form in English feeds
        return _safe_date(int(slashed.group(3)), int(slashed.group(1)), int(slashed.group(2)))
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else dateline_date(text)


def _from_parts(day: str, month: str, year: str) -> dt.date | None:
    return _safe_date(int(year), _MONTH_INDEX[month[:3].lower()], int(day))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
