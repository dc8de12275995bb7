"""Peak memory and time of end-of-run fusion on stores of 1x, 10x and 100x the sample.

The 1x store is the bundled sample run through ``frontwatch run`` (or ``--sample-db``).
An Nx store is a copy of it whose event reports and articles are replicated N-1 times
in SQL, copy k with ``-k`` appended to the article and event ids and every date moved
``k * --shift-days`` later (so the copies are distinct reports, spread over time as a
longer corpus would be). Actors, places and relations are shared: fusion reads them
whole (the actor book) or not at all.

Each fusion runs in a fresh child process (this script with ``--child``), which
reports its own peak RSS (VmHWM) and that before fusing (imports, open store):

* ``stream``: ``fuse_store`` as a run calls it (reports read in date order, fused
  events written as they complete);
* ``at_once``: every report read into memory, fused, then written (fusion before
  streaming: ``write_fused(store, fuse_events(store))``).

Both write the fused tables; ``same`` says whether the stream wrote exactly what
``at_once`` wrote (a digest of every fused event and member row).

    python bench/bench_fuse.py                      # 1x, 10x, 100x
    python bench/bench_fuse.py --scales 1,10 --sample-db /tmp/sample.duckdb
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import peak_rss_mb, print_table, write_results

COLUMNS = ["scale", "mode", "reports", "fused_events", "peak_mb", "before_mb", "fuse_s", "same"]
# Every fused event and member row, for comparing what two fusions wrote: a sum of row
# hashes, which DuckDB computes without holding the rows (a sorted string_agg would not fit).
DIGEST = """SELECT concat_ws(':',
    (SELECT sum(hash(concat_ws('|', id, type, mode, source_actor, target_actor, actors::VARCHAR, place_id,
                               place_name, latitude, longitude, admin1, country, date_start, date_end,
                               date_precision, killed_min, killed_max, civilians_min, civilians_max, n_sources,
                               n_reports, confidence, contradiction, sentence))::HUGEINT) FROM fused_events),
    (SELECT sum(hash(concat_ws('|', fused_id, event_id, article_id, outlet))::HUGEINT) FROM fused_event_members))"""


def build_sample_store(path: Path) -> None:
    """Run the bundled sample corpus through the whole job into ``path``."""
    command = [sys.executable, "-m", "frontwatch", "run", "--db", str(path), "--out", str(path.with_suffix(".html")),
               "--json"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def scaled_store(sample: Path, scale: int, out: Path, shift_days: int) -> Path:
    """A copy of the sample store whose events and articles are there ``scale`` times."""
    shutil.copyfile(sample, out)
    con = duckdb.connect(str(out))
    try:
        if scale > 1:
            con.execute("BEGIN")
            con.execute(
                """INSERT INTO articles SELECT a.* REPLACE (a.id || '-' || r.k AS id,
                          a.published + CAST(r.k * ? AS INTEGER) AS published)
                   FROM articles a CROSS JOIN range(1, ?) r(k)""", [shift_days, scale])
            con.execute(
                """INSERT INTO events_machine SELECT e.* REPLACE (e.id || '-' || r.k AS id,
                          e.article_id || '-' || r.k AS article_id, e.date + CAST(r.k * ? AS INTEGER) AS date,
                          e.fact_key || '-' || r.k AS fact_key)
                   FROM events_machine e CROSS JOIN range(1, ?) r(k)""",
                [shift_days, scale])
            con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return out


def measure(db: Path, mode: str) -> dict[str, Any]:
    """Fuse ``db`` in a fresh child process; its figures."""
    command = [sys.executable, __file__, "--child", mode, str(db)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"fusing {db.name} ({mode}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(mode: str, db: Path) -> dict[str, Any]:
    from frontwatch.fusion import fuse_events, fuse_store
    from frontwatch.store import Store
    from frontwatch.store.fused import write_fused

    with Store(db) as store:
        before = peak_rss_mb()
        started = time.perf_counter()
        if mode == "stream":
            fused = fuse_store(store)["fused_events"]
        else:
            events = fuse_events(store)
            write_fused(store, events)
            fused = len(events)
        seconds = time.perf_counter() - started
        reports = store.scalar("SELECT count(*) FROM fused_event_members")
        digest = store.scalar(DIGEST)
    return {"mode": mode, "reports": reports, "fused_events": fused, "peak_mb": peak_rss_mb(),
            "before_mb": before, "fuse_s": seconds, "digest": digest}


def run(sample: Path, scales: list[int], modes: list[str], workdir: Path, shift_days: int) -> list[dict[str, Any]]:
    rows = []
    for scale in scales:
        db = scaled_store(sample, scale, workdir / f"fuse-{scale}x.duckdb", shift_days)
        figures = {mode: measure(db, mode) for mode in modes}
        reference = figures.get("at_once", {}).get("digest")
        for mode, row in figures.items():
            same = None if reference is None or mode == "at_once" else row["digest"] == reference
            rows.append({"scale": f"{scale}x", **row, "same": same})
            print_table([rows[-1]], COLUMNS)  # progress, one row at a time
        db.unlink()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--scales", default="1,10,100", help="Comma-separated multiples of the sample.")
    parser.add_argument("--modes", default="at_once,stream", help="Fusions to measure: at_once, stream.")
    parser.add_argument("--sample-db", type=Path, help="A store of the sample run (default: run it now).")
    parser.add_argument("--shift-days", type=int, default=397, help="Days between consecutive copies.")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))), flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="bench_fuse-") as tmp:
        workdir = Path(tmp)
        sample = args.sample_db or workdir / "sample.duckdb"
        if args.sample_db is None:
            build_sample_store(sample)
        rows = run(sample, [int(s) for s in args.scales.split(",")], args.modes.split(","), workdir, args.shift_days)
    print()
    print_table(rows, COLUMNS)
    path = write_results("fuse", {"scales": args.scales, "shift_days": args.shift_days, "rows": rows})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
