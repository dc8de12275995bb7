"""The live watch over a simulated stream: resident memory as articles keep coming, and the
time from a file landing in a watched folder to its alert.

A feeder drops bursts of small wire-style articles into a folder the watcher polls (every
0.2 s here); each burst holds one probe, a change of hands of a town, whose alert time minus
its drop time is the latency. The feeder waits for the watcher to catch up before the next
burst, so the figures are the steady state of a stream, not of a backlog. Towns come from
the curated gazetteer file; the sentences are generic newswire phrasing.

    python bench/bench_watch.py                      # 10,000 articles in bursts of 100
    python bench/bench_watch.py --articles 500       # a quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

import psutil
import yaml
from common import print_table, write_results

from frontwatch.pipeline import get_engine
from frontwatch.store import Store
from frontwatch.watch.alerts import Alert
from frontwatch.watch.rules import load_rules
from frontwatch.watch.sources import FolderSource
from frontwatch.watch.watcher import Watcher

SIDES = [("Government forces", "rebels"), ("Rebels", "government forces"), ("Islamic State fighters", "Kurdish-led forces"),
         ("Kurdish-led forces", "Islamic State fighters")]
FILLERS = [
    "Air strikes hit {town} on {day}, killing {n} people, a monitor said.",
    "Shelling on the outskirts of {town} wounded {n} civilians on {day}, rescuers said.",
    "Residents of {town} said food prices had doubled since {day}.",
    "Clashes were reported near {town} on {day}, activists said.",
]


def towns() -> list[str]:
    data = yaml.safe_load(resources.files("frontwatch.kb.places.data").joinpath("towns.yaml").read_text("utf-8"))
    return [p["name"] for p in data["places"] if p.get("country") == "SYR" and p.get("name")]


class ProbeTimes:
    """A sink noting when each probe file's change-of-hands alert arrives."""

    def __init__(self) -> None:
        self.alerted: dict[str, float] = {}

    def send(self, alerts: Sequence[Alert]) -> None:
        now = time.monotonic()
        for alert in alerts:
            for ev in alert.evidence:
                if alert.kind == "change_of_hands":
                    self.alerted.setdefault(Path(ev.get("source", "")).name, now)

    def close(self) -> None:
        return None


def burst(folder: Path, number: int, size: int, places: list[str], rng: random.Random) -> tuple[str, int]:
    """Write one burst (probe first); return the probe's file name."""
    day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
    taker, loser = SIDES[(number // len(places)) % len(SIDES)]  # each visit to a town: another holder
    probe = f"b{number:05d}-probe.txt"
    texts = {probe: f"DAMASCUS, {day:%b %d, %Y} (Wire) - {taker} captured the town of {places[number % len(places)]} "
                    f"from {loser} on {day:%A}, a war monitor said."}
    for i in range(1, size):
        filler = rng.choice(FILLERS).format(town=rng.choice(places), day=f"{day:%A}", n=rng.randint(2, 40))
        texts[f"b{number:05d}-{i:03d}.txt"] = f"DAMASCUS, {day:%b %d, %Y} (Wire) - {filler} (item {number}-{i})"
    for name, text in texts.items():
        partial = folder / f"{name}.part"
        partial.write_text(text, encoding="utf-8")
        partial.rename(folder / name)
    return probe, len(texts)


def wait_for(check: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--burst", type=int, default=100)
    args = parser.parse_args()
    get_engine()  # loaded before the clock starts, as a running watcher has it
    process, rng, places = psutil.Process(), random.Random(7), towns()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        probes = ProbeTimes()
        store = Store(Path(tmp) / "watch.duckdb")
        cycles = [0]
        watcher = Watcher(store, [FolderSource(folder, settle_s=0.0, max_items=args.burst)], load_rules(), [probes],
                          interval_s=0.2, on_cycle=lambda _stats: cycles.__setitem__(0, cycles[0] + 1))
        stop = threading.Event()
        thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
        thread.start()
        rows, latencies, missed, dropped, start = [], [], [], 0, time.monotonic()
        for number in range(args.articles // args.burst):
            probe, count = burst(folder, number, args.burst, places, rng)
            at = time.monotonic()
            dropped += count
            wait_for(lambda n=dropped: watcher.stats.articles_processed + watcher.stats.articles_skipped >= n, 600)
            caught_up = cycles[0]
            wait_for(lambda c=caught_up: cycles[0] > c, 600)  # a whole round after: the burst's alerts are out
            if probe in probes.alerted:
                latencies.append(probes.alerted[probe] - at)
            else:
                missed.append(probe)  # the sentence was not read as a change of hands: no latency to take
            if number % max(1, (args.articles // args.burst) // 10) == 0 or dropped >= args.articles:
                rows.append({"articles": dropped, "rss_mb": round(process.memory_info().rss / 2**20),
                             "probe_latency_s": round(latencies[-1], 2) if latencies else None,
                             "elapsed_s": round(time.monotonic() - start)})
                print(rows[-1], flush=True)
        stop.set()
        thread.join(60)
        stored = store.scalar("SELECT count(*) FROM articles")
        store.close()
    print_table(rows, ["articles", "rss_mb", "probe_latency_s", "elapsed_s"])
    summary = {"articles": dropped, "stored": stored, "alerts": watcher.stats.alerts, "probes_missed": len(missed),
               "rss_start_mb": rows[0]["rss_mb"], "rss_end_mb": rows[-1]["rss_mb"],
               "latency_median_s": round(statistics.median(latencies), 2),
               "latency_p95_s": round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 2),
               "latency_max_s": round(max(latencies), 2), "articles_per_s": round(dropped / (time.monotonic() - start), 1)}
    print(summary)
    print("probes with no alert (not read as a change of hands):", missed[:10])
    print("results:", write_results("watch", {"summary": summary, "rows": rows}))


if __name__ == "__main__":
    main()
