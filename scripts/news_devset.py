"""Check the real-news development set, split it once, and write its attribution file.

    python scripts/news_devset.py tests/data/news/dev

Every item must carry a url, site and licence from the allowed families (public-domain
US government and VOA texts, Wikinews, Wikipedia; copies on other hosts are named so in
``site``). Items that have no split yet get one,
stratified by war and source family: in (war, family, id) order, the first two of every
three go to ``tune``, the third to ``check``. Items that already have a split keep it, so running this
again never moves an item. ATTRIBUTION.md is rewritten from the items.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def family(item: dict) -> str:
    """VOA, Wikipedia, Wikinews or US government, from the site and licence; '' otherwise."""
    site, licence = item.get("site", "").lower(), item.get("licence", "").lower()
    for name in ("VOA", "Wikipedia", "Wikinews"):
        if name.lower() in site:
            return name
    return "US government" if licence.startswith("public domain (us government") else ""


def check(items: list[dict]) -> list[str]:
    problems = []
    for item in items:
        if not family(item):
            problems.append(f"{item['id']}: source not in an allowed family: {item.get('url')}")
        if not item.get("licence"):
            problems.append(f"{item['id']}: no licence")
    return problems


def assign_splits(items: list[dict]) -> None:
    """Every third item in (war, family, id) order goes to check: systematic sampling keeps
    each war and each source family about one third check, small strata included."""
    ordered = sorted(items, key=lambda i: (i.get("war", ""), family(i), i["id"]))
    for position, item in enumerate(ordered):
        item.setdefault("split", "check" if position % 3 == 2 else "tune")


def attribution(items: list[dict]) -> str:
    lines = [
        "# Real-news development set: sources and licences",
        "",
        "Each item is a verbatim excerpt of published reporting, annotated by hand from the",
        "excerpt alone (FrontWatch developers, December 2026). Only texts whose licence allows",
        "copying were used: works of the US government (VOA, US military and State Department",
        "releases: public domain in the United States), Wikinews (CC BY 2.5) and Wikipedia",
        "(CC BY-SA 4.0; the excerpts from Wikipedia are shared under the same licence). VOA",
        "pages that carry wire-agency copy (AP, Reuters, AFP) were not used. Where a text was",
        "found on another host (a republished VOA story, a re-posted US government release, a",
        "Wikipedia mirror), `url` gives that host, `site` says so, and the licence is the",
        "original's.",
        "",
        "| item | site | licence | url |",
        "|---|---|---|---|",
    ]
    for item in sorted(items, key=lambda i: i["id"]):
        lines.append(
            f"| {item['id']} | {item.get('site', '')} | {item['licence']} | {item['url']} |"
        )
    return "\n".join(lines) + "\n"


def main(folder: Path) -> int:
    files = sorted(folder.glob("*.json"))
    sets = {f: json.loads(f.read_text(encoding="utf-8")) for f in files}
    items = [item for data in sets.values() for item in data["items"]]
    problems = check(items)
    for problem in problems:
        print(problem, file=sys.stderr)
    assign_splits(items)
    for file, data in sets.items():
        file.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "ATTRIBUTION.md").write_text(attribution(items), encoding="utf-8")
    counts = Counter((i.get("war"), family(i), i["split"]) for i in items)
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t")
    print("items", len(items), "problems", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
