"""Write N copies of the bundled sample corpus, each article varied so none is deduplicated.

Copy 0 is the sample as shipped; copy k appends a short dated update line to every
article, which changes the article id (a sha256 of the text) without changing what
the article says. Output is JSONL shards (ingest reads one file at a time, so shards
keep reading streamed and under the 64 MB per-file limit).

    python bench/corpus_gen.py --copies 10 --out /tmp/corpus10
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from frontwatch.runner import sample_corpus_path

SHARD_ARTICLES = 4000


def sample_records() -> list[dict]:
    with open(sample_corpus_path(), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def varied_records(copies: int) -> Iterator[dict]:
    """Every sample article ``copies`` times; copy k carries an update line of its own."""
    records = sample_records()
    for copy in range(copies):
        for record in records:
            yield _vary(record, copy) if copy else record


def _vary(record: dict, copy: int) -> dict:
    day = dt.date(2018, 1, 1) + dt.timedelta(days=copy % 3000)
    note = f" Update {copy}: this report was checked again on {day:%d %B %Y}."
    return {**record, "text": record["text"] + note}


def write_corpus(copies: int, out: Path, *, limit: int | None = None) -> list[Path]:
    """Write the varied corpus under ``out`` as JSONL shards; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    handle = None
    for number, record in enumerate(varied_records(copies)):
        if limit is not None and number >= limit:
            break
        if number % SHARD_ARTICLES == 0:
            handle = _next_shard(handle, out, shards)
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return shards


def write_long_article(chars: int, out: Path, *, one_line: bool) -> Path:
    """One article of at least ``chars`` characters made of the sample's articles, in
    paragraphs or on one line. Past the sample's end the articles come again with each
    sentence marked by its pass ("(pass 2)"), so no sentence repeats word for word (a
    repeated one is parsed once, which would flatter the figure)."""
    parts, size = [], 0
    records = sample_records()
    for number in range(chars):
        record = records[number % len(records)]
        text = record["text"]
        if number >= len(records):
            text = text.replace(". ", f" (pass {number // len(records) + 1}). ")
        parts.append(" ".join(text.split()) if one_line else text)
        size += len(parts[-1]) + 2
        if size >= chars:
            break
    out.parent.mkdir(parents=True, exist_ok=True)
    article = {"text": (" " if one_line else "\n\n").join(parts), "title": "Long article", "source": "bench"}
    out.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _next_shard(handle, out: Path, shards: list[Path]):
    if handle:
        handle.close()
    shards.append(out / f"part-{len(shards):05d}.jsonl")
    return open(shards[-1], "w", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="How many times the sample (default 10).")
    parser.add_argument("--out", type=Path, required=True, help="Folder for the JSONL shards.")
    parser.add_argument("--limit", type=int, default=None, help="Stop after this many articles.")
    args = parser.parse_args()
    shards = write_corpus(args.copies, args.out, limit=args.limit)
    print(f"wrote {len(shards)} shard(s) to {args.out}")


if __name__ == "__main__":
    main()
