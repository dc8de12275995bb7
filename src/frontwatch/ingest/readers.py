"""One reader per input format. Each yields raw article fields or raises UnreadableInput.

Readers do not decide ids or dates: :mod:`frontwatch.ingest.articles` does that the
same way for every format.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from frontwatch.errors import UnreadableInput

TEXT_KEYS = ("text", "content", "body", "article_content", "article", "story")
TITLE_KEYS = ("title", "headline", "article_title")
DATE_KEYS = ("published", "date", "pubdate", "publication_date", "datetime", "time")
SOURCE_KEYS = ("source", "publisher", "outlet", "sourcename")
URL_KEYS = ("url", "link", "sourceurl")
_BLOCK_TAGS = ("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption")


@dataclass
class RawArticle:
    """Fields as found in the input, before normalisation."""

    text: str
    origin: str
    title: str = ""
    date: Any = None
    source: str = ""
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnMap:
    """Which input column holds each article field (None: guess from common names)."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


def decode_bytes(data: bytes, origin: str) -> str:
    """Text from bytes: UTF-8, else UTF-16 with a BOM, else lossless-ish latin-1."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableInput(f"{origin}: binary data (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Stray bytes in real feeds: keep the text, mark the bad bytes.
        return data.decode("utf-8", errors="replace")


def read_txt(data: bytes, origin: str) -> Iterator[RawArticle]:
    text = decode_bytes(data, origin)
    first_line = text.strip().split("\n", 1)[0].strip()
    title = first_line if 0 < len(first_line) <= 200 else ""
    yield RawArticle(text=text, origin=origin, title=title)


def read_html(data: bytes, origin: str) -> Iterator[RawArticle]:
    import trafilatura

    html = decode_bytes(data, origin)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    # a dict only comes with as_dict=True; it would have no ``text`` attribute either
    if extracted is None or isinstance(extracted, dict) or not extracted.text:
        raise UnreadableInput(f"{origin}: no article text found in the HTML")
    yield RawArticle(
        text=extracted.text,
        origin=origin,
        title=extracted.title or "",
        date=extracted.date,
        source=extracted.sitename or "",
        url=extracted.url or "",
    )


def read_jsonl(data: bytes, origin: str, columns: ColumnMap) -> Iterator[RawArticle | UnreadableInput]:
    # Lines end at "\n" only (JSON Lines): str.splitlines would also cut at U+2028 and
    # other separators that JSON strings may hold unescaped.
    for number, line in enumerate(decode_bytes(data, origin).split("\n"), start=1):
        yield from _jsonl_record(line, f"{origin}:{number}", columns)


def read_jsonl_lines(lines: Iterable[bytes], origin: str, columns: ColumnMap) -> Iterator[RawArticle | UnreadableInput]:
    """JSON lines from a stream (stdin), one line at a time: a long or endless feed is never
    held whole, and each article is ready as soon as its line is."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        try:
            line = decode_bytes(raw, where)
        except UnreadableInput as err:
            yield err
            continue
        yield from _jsonl_record(line, where, columns)


def _jsonl_record(line: str, where: str, columns: ColumnMap) -> Iterator[RawArticle | UnreadableInput]:
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        yield UnreadableInput(f"{where}: invalid JSON ({err.msg})")
        return
    yield _from_mapping(record, where, columns)


def read_json(data: bytes, origin: str, columns: ColumnMap) -> Iterator[RawArticle | UnreadableInput]:
    try:
        document = json.loads(decode_bytes(data, origin))
    except json.JSONDecodeError as err:
        # Many ".json" files are really JSON lines.
        if "Extra data" in err.msg:
            yield from read_jsonl(data, origin, columns)
            return
        raise UnreadableInput(f"{origin}: invalid JSON ({err.msg} at line {err.lineno})") from err
    records = document if isinstance(document, list) else document.get("articles", [document]) if isinstance(document, dict) else None
    if records is None:
        raise UnreadableInput(f"{origin}: expected a JSON object or a list of objects")
    for index, record in enumerate(records):
        yield _from_mapping(record, f"{origin}[{index}]", columns)


def read_csv(data: bytes, origin: str, columns: ColumnMap) -> Iterator[RawArticle | UnreadableInput]:
    text = decode_bytes(data, origin)
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise UnreadableInput(f"{origin}: empty CSV (no header row)")
    try:
        for number, row in enumerate(reader, start=2):
            yield _from_mapping(row, f"{origin}:row {number}", columns)
    except csv.Error as err:
        yield UnreadableInput(f"{origin}: malformed CSV ({err})")


def read_feed(data: bytes, origin: str) -> Iterator[RawArticle | UnreadableInput]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no entries"
        raise UnreadableInput(f"{origin}: not a readable RSS/Atom feed ({reason})")
    source = feed.feed.get("title", "")
    for index, entry in enumerate(feed.entries):
        where = f"{origin}#entry{index + 1}"
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary", "")
        text = _strip_markup(body)
        if not text.strip():
            yield UnreadableInput(f"{where}: entry has no text")
            continue
        date = entry.get("published") or entry.get("updated")
        yield RawArticle(text=text, origin=where, title=entry.get("title", ""), date=date,
                         source=source, url=entry.get("link", ""))


def _strip_markup(fragment: str) -> str:
    if "<" not in fragment:
        return fragment
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.LxmlError, ValueError):  # junk markup: keep the raw text
        return fragment
    # A line break after each block keeps paragraphs apart, so lines of page furniture
    # ("Read more: ...") stay lines of their own.
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return cast(str, root.text_content())


def _from_mapping(record: Any, where: str, columns: ColumnMap) -> RawArticle | UnreadableInput:
    if not isinstance(record, Mapping):
        return UnreadableInput(f"{where}: expected an object, got {type(record).__name__}")
    lowered = {str(k).lower(): v for k, v in record.items() if k is not None}
    text = _pick(lowered, columns.text, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return UnreadableInput(f"{where}: no text field (looked for {columns.text or ', '.join(TEXT_KEYS)})")
    return RawArticle(
        text=text,
        origin=where,
        title=str(_pick(lowered, columns.title, TITLE_KEYS) or ""),
        date=_pick(lowered, columns.date, DATE_KEYS),
        source=str(_pick(lowered, columns.source, SOURCE_KEYS) or ""),
        url=str(_pick(lowered, columns.url, URL_KEYS) or ""),
    )


def _pick(record: Mapping[str, Any], chosen: str | None, candidates: tuple[str, ...]) -> Any:
    if chosen:
        return record.get(chosen.lower())
    for key in candidates:
        if record.get(key) not in (None, ""):
            return record[key]
    return None
