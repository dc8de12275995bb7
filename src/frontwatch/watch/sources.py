"""Watched sources: a folder (new and changed files, any format the ingest readers know) or an
RSS/Atom feed (a URL or a file), optionally with the pages its items link to.

A poll returns the items not read before, or read with other contents (an item's digest
changed), as Articles or IngestFailures; which items were read is the store's to remember
(``store/watch.py``), so a source holds no state of its own between polls.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from frontwatch.errors import UnreadableInput
from frontwatch.ingest import build_article, iter_inputs
from frontwatch.ingest.articles import MAX_ARTICLE_BYTES
from frontwatch.ingest.readers import RawArticle, read_feed, read_html
from frontwatch.records import Article, IngestFailure
from frontwatch.store.watch import SourceState
from frontwatch.watch.fetch import FetchFailed, FetchLimits, fetch

# Names editors and downloaders give files still being written: read once they are renamed.
PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", "~", ".swp")


class SourceFailed(Exception):
    """The source could not be read this time (down, malformed, too big...): retried later."""


@dataclass(slots=True)
class Item:
    key: str
    digest: str
    entries: list[Article | IngestFailure]


@dataclass(slots=True)
class Poll:
    items: list[Item] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    backlog: bool = False  # more items wait: poll again without sleeping


class Source(Protocol):
    name: str
    kind: str

    def poll(self, state: SourceState, seen: dict[str, str]) -> Poll: ...


def digest_of(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class FolderSource:
    """Every file under a folder; a file is read once it is ``settle_s`` old and not hidden or partial."""

    path: Path
    settle_s: float = 1.0
    max_items: int = 100
    kind: str = "folder"
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or str(self.path)

    def poll(self, state: SourceState, seen: dict[str, str]) -> Poll:
        if not self.path.is_dir():
            raise SourceFailed(f"{self.path}: not a folder (missing or removed)")
        poll, now = Poll(), time.time()
        for file in sorted(self.path.rglob("*")):
            if not _readable_name(file):
                continue
            try:
                stat = file.stat()
            except OSError:  # removed while listing: gone, nothing to read
                continue
            key, digest = str(file.relative_to(self.path)), f"{stat.st_mtime_ns}:{stat.st_size}"
            if seen.get(key) == digest or now - stat.st_mtime < self.settle_s:
                continue
            if len(poll.items) >= self.max_items:
                poll.backlog = True
                break
            poll.items.append(Item(key, digest, list(iter_inputs([file]))))
        return poll


def _empty_feed(body: bytes) -> bool:
    import feedparser

    parsed = feedparser.parse(body)
    return bool(parsed.get("version")) and not parsed.get("bozo") and not parsed.entries


def _readable_name(file: Path) -> bool:
    return (not any(part.startswith(".") for part in file.parts[-1:]) and not file.name.endswith(PARTIAL_SUFFIXES)
            and file.is_file())


@dataclass(slots=True)
class FeedSource:
    """An RSS or Atom feed at a URL (fetched conditionally) or in a file."""

    location: str
    follow_links: bool = False
    limits: FetchLimits = field(default_factory=FetchLimits)
    kind: str = "feed"
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or self.location

    @property
    def is_url(self) -> bool:
        return self.location.lower().startswith(("http://", "https://"))

    def poll(self, state: SourceState, seen: dict[str, str]) -> Poll:
        body, etag, modified = self._body(state)
        if body is None:
            return Poll(etag=etag, last_modified=modified)
        poll = Poll(etag=etag, last_modified=modified)
        try:
            raws = list(read_feed(body, self.location))
        except UnreadableInput as err:
            if _empty_feed(body):
                return poll  # a well-formed feed with no items yet
            raise SourceFailed(str(err)) from err
        for raw in raws:
            item = self._item(raw)
            if seen.get(item.key) != item.digest:
                poll.items.append(self._followed(item, raw) if isinstance(raw, RawArticle) else item)
        return poll

    def _body(self, state: SourceState) -> tuple[bytes | None, str, str]:
        """The feed's bytes, or None when the server says it has not changed."""
        if self.is_url:
            try:
                got = fetch(self.location, etag=state.etag, last_modified=state.last_modified, limits=self.limits)
            except FetchFailed as err:
                raise SourceFailed(str(err)) from err
            return (None if got.status == 304 else got.body), got.etag, got.last_modified
        path = Path(self.location)
        try:
            if path.stat().st_size > self.limits.max_bytes:
                raise SourceFailed(f"{path}: larger than {self.limits.max_bytes} bytes")
            return path.read_bytes(), "", ""
        except OSError as err:
            raise SourceFailed(f"{path}: cannot read the feed: {err.strerror or err}") from err

    def _item(self, raw: RawArticle | UnreadableInput) -> Item:
        if isinstance(raw, UnreadableInput):
            return Item(f"unreadable:{digest_of(raw)}", "-", [IngestFailure(self.location, str(raw))])
        key = raw.url or f"{raw.title}|{raw.origin}"
        return Item(key, digest_of(raw.title, raw.text, raw.date), [])

    def _followed(self, item: Item, raw: RawArticle) -> Item:
        """The entry as an article: its linked page's main text when following links and the page reads."""
        entries: list[Article | IngestFailure] = []
        if self.follow_links and raw.url:
            page, failure = self._page(raw)
            raw = page or raw
            entries += [failure] if failure else []
        entries.append(build_article(raw))
        return Item(item.key, item.digest, entries)

    def _page(self, entry: RawArticle) -> tuple[RawArticle | None, IngestFailure | None]:
        try:
            body = fetch(entry.url, limits=dataclasses.replace(self.limits, max_bytes=min(
                self.limits.max_bytes, MAX_ARTICLE_BYTES))).body
            page = next(read_html(body, entry.url))
        except (FetchFailed, UnreadableInput, StopIteration) as err:
            return None, IngestFailure(entry.url, f"linked page not read, kept the feed's text: {err}")
        return dataclasses.replace(page, title=page.title or entry.title, date=entry.date or page.date,
                                   source=entry.source or page.source, url=entry.url, origin=entry.origin), None
