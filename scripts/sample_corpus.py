"""Build the bundled sample corpus from collected parts, check it, and write its attribution.

    python scripts/sample_corpus.py PART.jsonl [PART.jsonl ...]

Each part holds one JSON object a line: title, text, url, site, licence, published
(YYYY-MM-DD or null) and war. Only public-domain US government texts (VOA, US military
releases) and Wikinews are accepted; a text must not repeat the evaluation data's or the
development set's wording (a tenth of its seven-word runs, or twenty, in common), nor another
record's. Records are interleaved by part, so the first articles of the file (which
tests read) come from every part, and written to src/frontwatch/data/sample/, with
ATTRIBUTION.md rewritten from them. Without arguments, the bundled file is checked again.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src/frontwatch/data/sample/news_articles.jsonl"
ATTRIBUTION = SAMPLE.with_name("ATTRIBUTION.md")
NOT_TO_REPEAT = [ROOT.parent / "shared/eval", ROOT / "tests/data/news/dev"]
LICENCES = ("public domain (VOA, US government work)", "public domain (US government work)",
            "CC BY 2.5 (Wikinews)")
WIRE_MARKERS = re.compile(r"\((AP|Reuters|AFP)\)|Associated Press|Agence France|\bReuters\b|\bAFP\b")
WORD = re.compile(r"[a-z0-9]+")
RUN = 7  # words in a run
# a tenth of a text's runs in common, or twenty, is a copied passage; fewer are stock
# phrases and the boilerplate paragraphs that every strike release repeats
COPIED_SHARE, COPIED_RUNS = 0.10, 20
# within the corpus only a story given twice is left out: releases of one series share
# their standard paragraphs, so half the text in common is the mark of a duplicate
DUPLICATE_SHARE = 0.5
FIELDS = ("title", "text", "url", "source", "licence", "published", "war")  # "source": the site


def runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def protected_runs() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for root in NOT_TO_REPEAT:
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file() and path.suffix in {".json", ".jsonl", ".csv"}:
                found |= runs(path.read_text(encoding="utf-8", errors="replace"))
    return found


def problems(record: dict, protected: set, earlier: set) -> list[str]:
    found = [f"missing {key}" for key in FIELDS if key not in record]
    if record.get("licence") not in LICENCES:
        found.append(f"licence {record.get('licence')!r} not accepted")
    if marker := WIRE_MARKERS.search(record.get("text", "")):
        found.append(f"wire-agency copy ({marker.group(0)})")
    own = runs(record.get("text", ""))
    if copied(own, protected):
        found.append("repeats evaluation or development-set wording")
    if len(own & earlier) >= DUPLICATE_SHARE * max(len(own), 1):
        found.append("repeats another record")
    return found


def copied(own: set, other: set) -> bool:
    common = len(own & other)
    return common >= COPIED_RUNS or common >= COPIED_SHARE * max(len(own), 1)


def interleaved(parts: list[list[dict]]) -> list[dict]:
    return [record for row in zip_longest(*parts) for record in row if record is not None]


def attribution(records: list[dict]) -> str:
    sites = Counter(record["source"] for record in records)
    words = sum(len(record["text"].split()) for record in records)
    lines = [
        "# Sample corpus: public-domain reporting on the wars in Syria and Iraq",
        "",
        f"`news_articles.jsonl` holds {len(records)} news texts ({words:,} words) on the wars in",
        "Syria and Iraq, 2011–2024, as stored by a public web-page index: the beginning of each",
        "page, verbatim, with page furniture (menus, share buttons, photo credits) left out and an",
        "unfinished last sentence dropped. Collected by FrontWatch developers on 2026-12-05.",
        "",
        "- Licence: works of the United States government (Voice of America, the Department of",
        "  Defense, U.S. Central Command, Combined Joint Task Force – Operation Inherent Resolve),",
        "  in the public domain in the United States; Wikinews texts, if any, are CC BY 2.5. VOA",
        "  stories carrying wire-agency copy (AP, Reuters, AFP) were not used. Where a text was",
        "  found republished on another host, `source` says so and the licence is the original's.",
        "- Not used: the evaluation data in `../shared/eval` and the development set in",
        "  `tests/data/news/dev` (no text repeats their wording: `python scripts/sample_corpus.py`",
        "  checks it), and every other outlet.",
        "- `published` is the date the page or its address states, or null.",
        "",
        "Sites: " + ", ".join(f"{site} {count}" for site, count in sites.most_common()) + ".",
        "",
        "| # | site | published | title | url |",
        "|---|---|---|---|---|",
    ]
    for number, record in enumerate(records, 1):
        title = record["title"].replace("|", "/") or "(untitled)"
        lines.append(f"| {number} | {record['source']} | {record['published'] or ''} | {title} | {record['url']} |")
    return "\n".join(lines) + "\n"


def read(path: Path) -> list[dict]:
    """Records of a part or of the bundled file; a part's ``site`` is the corpus's ``source``
    (the key ingest reads as the outlet)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"source": r.pop("site"), **r} if "site" in r else r for r in records]


def main(paths: list[Path]) -> int:
    records = interleaved([read(path) for path in paths]) if paths else read(SAMPLE)
    protected, earlier, kept, failed = protected_runs(), set(), [], 0
    for record in records:
        if found := problems(record, protected, earlier):
            failed += 1
            print(f"left out {record.get('url')}: {'; '.join(found)}", file=sys.stderr)
            continue
        earlier |= runs(record["text"])
        kept.append({key: record[key] for key in FIELDS})
    if paths:
        SAMPLE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        ATTRIBUTION.write_text(attribution(kept), encoding="utf-8")
    print(f"{len(kept)} records kept, {failed} left out")
    return 1 if failed and not paths else 0


if __name__ == "__main__":
    sys.exit(main([Path(arg) for arg in sys.argv[1:]]))
