"""Turn files, folders and stdin into Articles (or IngestFailures, with the reason).

Ids are a sha256 of the normalised text, so the same article ingested twice, from
any format, gets the same id and the store can skip it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from frontwatch.errors import UnreadableInput, UnsupportedFormat
from frontwatch.ingest import readers
from frontwatch.ingest.dates import dateline_date, parse_metadata_date
from frontwatch.ingest.furniture import blank_out, find_furniture
from frontwatch.ingest.language import guess_language
from frontwatch.records import Article, DateSource, IngestFailure

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
STDIN = "<stdin>"
_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_FORMAT_OF_SUFFIX = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def article_id(text: str) -> str:
    """Stable id: sha256 of the text with Unicode and whitespace normalised."""
    normal = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    columns: readers.ColumnMap | None = None,
    user_date: dt.date | None = None,
) -> Iterator[Article | IngestFailure]:
    """Every article in the given files and folders ('-' is stdin), in a stable order."""
    columns = columns or readers.ColumnMap()
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(sys.stdin.buffer, columns, user_date)
            continue
        for file in _files_under(Path(path)):
            yield from _read_file(file, columns, user_date)


def _files_under(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    else:
        yield path


def _read_file(file: Path, columns: readers.ColumnMap, user_date: dt.date | None) -> Iterator[Article | IngestFailure]:
    try:
        if file.stat().st_size > MAX_ARTICLE_BYTES:
            yield IngestFailure(str(file), f"file larger than {MAX_ARTICLE_BYTES // 2**20} MB")
            return
        data = file.read_bytes()
    except OSError as err:
        yield IngestFailure(str(file), f"cannot read file: {err.strerror or err}")
        return
    suffix_format = _FORMAT_OF_SUFFIX.get(file.suffix.lower())
    chooser = (lambda _data: suffix_format) if suffix_format else _unsupported(file)
    yield from _read_one(data, str(file), chooser, columns, user_date)


def _unsupported(file: Path) -> Callable[[bytes], str]:
    def fail(_data: bytes) -> str:
        raise UnsupportedFormat(f"{file}: unsupported file type {file.suffix or '(none)'!r}")

    return fail


def _sniff_format(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith((b"[", b"{")):
        return "json"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    if head.startswith((b"<!doctype", b"<html")):
        return "html"
    return "txt"


def _read_stdin(stream: BinaryIO, columns: readers.ColumnMap, user_date: dt.date | None) -> Iterator[Article | IngestFailure]:
    """stdin: JSON lines are read a line at a time (memory holds one article, and a pipe
    still flowing yields its articles as they come); other formats are read whole."""
    head = _lines_through_first_text(stream)
    if head and _is_json_line(head[-1]):
        raws = readers.read_jsonl_lines(itertools.chain(head, stream), STDIN, columns)
        yield from _articles(raws, STDIN, user_date)
    else:
        yield from _read_one(b"".join(head) + stream.read(), STDIN, _sniff_format, columns, user_date)


def _lines_through_first_text(stream: BinaryIO) -> list[bytes]:
    """Leading blank lines and the first line with text: enough to tell JSON lines."""
    head = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    return head


def _is_json_line(line: bytes) -> bool:
    """A whole JSON object on one line, other than a one-line ``{"articles": [...]}`` document."""
    text = line.removeprefix(b"\xef\xbb\xbf").strip()
    if not text.startswith(b"{"):
        return False
    try:
        record = json.loads(text)
    except ValueError:  # invalid JSON or not UTF-8: left to the whole-input readers
        return False
    return isinstance(record, dict) and "articles" not in record


def _read_one(
    data: bytes,
    origin: str,
    choose_format: Callable[[bytes], str],
    columns: readers.ColumnMap,
    user_date: dt.date | None,
) -> Iterator[Article | IngestFailure]:
    def raws() -> Iterator[readers.RawArticle | UnreadableInput]:
        yield from _raw_articles(choose_format(data), data, origin, columns)

    yield from _articles(raws(), origin, user_date)


def _articles(
    raws: Iterable[readers.RawArticle | UnreadableInput], origin: str, user_date: dt.date | None
) -> Iterator[Article | IngestFailure]:
    try:
        for raw in raws:
            if isinstance(raw, UnreadableInput):
                yield IngestFailure(origin, str(raw))
            else:
                yield build_article(raw, user_date=user_date)
    except UnreadableInput as err:
        yield IngestFailure(origin, str(err))
    except Exception as err:  # noqa: BLE001 - a hostile file must never stop the run
        yield IngestFailure(origin, f"unexpected {type(err).__name__}: {err}")


def _raw_articles(
    kind: str, data: bytes, origin: str, columns: readers.ColumnMap
) -> Iterator[readers.RawArticle | UnreadableInput]:
    read: Callable[..., Iterator[readers.RawArticle | UnreadableInput]]
    read = getattr(readers, f"read_{kind}")
    if kind in ("jsonl", "json", "csv"):
        return read(data, origin, columns)
    return read(data, origin)


def build_article(raw: readers.RawArticle, *, user_date: dt.date | None = None) -> Article | IngestFailure:
    """An Article from raw fields: cleaned text, id, and a date whose origin is recorded."""
    text = clean_text(raw.text)
    if len(text) < 20 or not any(ch.isalpha() for ch in text):
        return IngestFailure(raw.origin, "no readable text (empty, too short or not text)")
    published, date_source = _publication_date(raw, text, user_date)
    furniture = find_furniture(text)
    return Article(
        id=article_id(text),  # of the text as read: the same input keeps its id whatever the rules
        text=blank_out(text, furniture),
        title=clean_text(raw.title)[:500],
        source=raw.source.strip(),
        url=raw.url.strip(),
        published=published,
        date_source=date_source,
        language=guess_language(text),
        origin=raw.origin,
        furniture=furniture,
    )


def _publication_date(
    raw: readers.RawArticle, text: str, user_date: dt.date | None
) -> tuple[dt.date | None, DateSource]:
    metadata = parse_metadata_date(raw.date)
    if metadata:
        return metadata, "metadata"
    dateline = dateline_date(text)
    if dateline:
        return dateline, "dateline"
    if user_date:
        return user_date, "user"
    return None, "unknown"


def clean_text(text: str) -> str:
    """Text without control or zero-width characters, with tidy line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text).strip()
