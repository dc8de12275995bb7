"""Read the FA-KES csv: the article texts first, the crowd-coded labels only when asked.

The published file is ASCII with a few dozen bytes that are valid in no encoding;
it is read as bytes and decoded with replacement characters, so reading never fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.errors import UnknownDataset
from frontwatch.eval.files import data_files

TEXT_COLUMN = "article_content"
ID_COLUMN = "unit_id"
LABEL_COLUMNS = ("location", "actor", "cause_of_death")
COUNT_COLUMNS = ("nb_civilians", "nb_children", "nb_women")
_MDY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s*$")


@dataclass(slots=True)
class FakesArticle:
    row: int  # 1-based data row in the csv
    unit_id: str
    text: str


@dataclass(slots=True)
class FakesGold:
    """One row's labels; a field that could not be read is left out of ``values``."""

    row: int
    values: dict[str, Any] = field(default_factory=dict)


def read_rows(path: Path) -> list[dict[str, str]]:
    """Every csv row (of the file, or of every FA-KES csv in the folder) as a dict,
    decoding stray bytes as U+FFFD."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    files = data_files(path, (".csv",))
    rows: list[dict[str, str]] = []
    problems = []
    for file in files:
        found, problem = _rows_of(file)
        rows.extend(found)
        if problem:
            problems.append(problem)
    if problems and (len(files) == 1 or not rows):
        raise UnknownDataset("; ".join(problems))
    return rows


def _rows_of(file: Path) -> tuple[list[dict[str, str]], str]:
    text = file.read_bytes().decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or TEXT_COLUMN not in reader.fieldnames:
        return [], f"{file}: not an FA-KES csv (no {TEXT_COLUMN!r} column)"
    return list(reader), ""


def load_articles(path: Path) -> tuple[list[FakesArticle], int]:
    """The article texts (and row ids only), and how many rows had no text."""
    articles, bad = [], 0
    for row_number, row in enumerate(read_rows(path), start=1):
        text = (row.get(TEXT_COLUMN) or "").strip()
        if not text:
            bad += 1
            continue
        articles.append(FakesArticle(row_number, (row.get(ID_COLUMN) or "").strip(), text))
    return articles, bad


def load_gold(
    path: Path, articles: list[FakesArticle]
) -> tuple[dict[int, FakesGold], dict[str, int]]:
    """The labels of the given articles' rows, and per field how many values were unreadable."""
    wanted = {article.row for article in articles}
    gold: dict[int, FakesGold] = {}
    bad_fields: dict[str, int] = {}
    for row_number, row in enumerate(read_rows(path), start=1):
        if row_number in wanted:
            gold[row_number] = _gold_row(row_number, row, bad_fields)
    return gold, bad_fields


def _gold_row(row_number: int, row: dict[str, Any], bad_fields: dict[str, int]) -> FakesGold:
    gold = FakesGold(row_number)
    values: dict[str, Any] = {name: _label(row.get(name)) for name in LABEL_COLUMNS}
    values["date"] = parse_mdy(row.get("date") or "")
    values.update({name: parse_count(row.get(name)) for name in COUNT_COLUMNS})
    for name, value in values.items():
        if value is None:
            bad_fields[name] = bad_fields.get(name, 0) + 1
        else:
            gold.values[name] = value
    return gold


def _label(value: Any) -> str | None:
    text = str(value or "").strip().lower()
    return text or None


def parse_mdy(value: str) -> dt.date | None:
    """A FA-KES date, M/D/YY (or M/D/YYYY); two-digit years are 20YY."""
    match = _MDY.match(value)
    if not match:
        return None
    month, day, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    year = year + 2000 if year < 100 else year
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_count(value: Any) -> int | None:
    """A non-negative count from "12" or "12.0"; None when unreadable."""
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0 or number != int(number):
        return None
    return int(number)
