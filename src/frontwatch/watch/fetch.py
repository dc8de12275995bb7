"""HTTP fetching for feeds and the pages they link to: conditional, bounded, never crawling.

Every request has a connect/read timeout and an overall deadline (a server that drips bytes
cannot hold the watcher), a size limit checked while reading (an enormous or endless body
is cut off, not buffered), and a bounded number of redirects (a loop ends as an error).
Only the URL asked for (and where it redirects) is fetched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from frontwatch import __version__

USER_AGENT = f"FrontWatch/{__version__} (+watch)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout_s: float = 10.0  # connect and each read
    deadline_s: float = 30.0  # the whole response
    max_bytes: int = 5 * 2**20
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200, or 304 when unchanged since the validators given
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""


class FetchFailed(Exception):
    """A fetch that gave no usable body; the message says why (logged, then retried later)."""


def fetch(url: str, *, etag: str = "", last_modified: str = "", limits: FetchLimits = FetchLimits()) -> Fetched:
    """GET ``url``, with If-None-Match / If-Modified-Since when validators are known."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchFailed(f"{url}: only http and https URLs are fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with httpx.Client(timeout=limits.timeout_s, follow_redirects=True, max_redirects=limits.max_redirects,
                          trust_env=False) as client, client.stream("GET", url, headers=headers) as response:
            return _read(response, url, limits, etag, last_modified)
    except httpx.TooManyRedirects as err:
        raise FetchFailed(f"{url}: more than {limits.max_redirects} redirects") from err
    except httpx.TimeoutException as err:
        raise FetchFailed(f"{url}: timed out ({type(err).__name__})") from err
    except httpx.HTTPError as err:
        raise FetchFailed(f"{url}: {type(err).__name__}: {err}") from err


def _read(response: httpx.Response, url: str, limits: FetchLimits, etag: str, last_modified: str) -> Fetched:
    if response.status_code == 304:
        return Fetched(304, b"", etag, last_modified)
    if response.status_code >= 400:
        raise FetchFailed(f"{url}: HTTP {response.status_code}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchFailed(f"{url}: {declared} bytes, over the limit of {limits.max_bytes}")
    deadline = time.monotonic() + limits.deadline_s
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchFailed(f"{url}: body over the limit of {limits.max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchFailed(f"{url}: body not complete within {limits.deadline_s:g} s")
        chunks.append(chunk)
    return Fetched(response.status_code, b"".join(chunks), response.headers.get("etag", ""),
                   response.headers.get("last-modified", ""))
