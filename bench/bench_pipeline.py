"""End-to-end throughput and memory of the whole job, as ratios measured side by side.

Every workload runs in a fresh child process (bench/pipeline_child.py) while this
process samples the resident memory of the child and all its descendants:

* FrontWatch (ingest, nlp, resolution, extraction, store) vs bare spaCy ``nlp.pipe``
  on the same texts: words/s and the ratio;
* each stage's share of the one-process job's time (parse, resolution, geocoding,
  extraction, store, fusion);
* one long article (``--long-chars``, 1 MB by default, made of the sample's articles) on
  one line and in paragraphs: words/s against the one-process job on the sample;
* speed-up of 2 worker processes and of a 2-worker Dask LocalCluster over 1 process;
* peak memory at 1x, 10x and 100x the sample (bench/corpus_gen.py), time-capped.

    python bench/bench_pipeline.py                    # everything (about 10 minutes on 2 cores)
    python bench/bench_pipeline.py --limit 40 --cap 20 --scales 1    # a quick look
    python bench/bench_pipeline.py --scales ""                        # speed only
    python bench/bench_pipeline.py --kinds bare,serial,long_line,long_paragraphs --scales ""
    python bench/bench_pipeline.py --kinds "" --cap 45                # memory only

Results: a table here and JSON under bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from frontwatch.scale.stages import STAGES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_table, write_results
from corpus_gen import write_corpus, write_long_article

CHILD = Path(__file__).resolve().parent / "pipeline_child.py"
SPEED_KINDS = ("bare", "bare2", "engine_nlp", "serial", "processes", "dask", "long_line", "long_paragraphs")
SINGLE_PROCESS = ("bare", "engine_nlp", "serial", "long_line", "long_paragraphs")
LONG_KINDS = {"long_line": True, "long_paragraphs": False}  # kind -> on one line
COLUMNS = ["run", "articles", "words", "startup_s", "steady_s", "cpu_s", "workers_cpu_s", "workers_busy", "job_busy", "fuse_s", "tail_s",
           "articles_per_s", "words_per_s", "vs_bare", "vs_bare_cpu", "speedup", "per_word_vs_serial", "peak_tree_mb",
           "self_maxrss_mb", "watch_cpu_s", "capped"]
WORKERS = {"processes": 2}  # worker processes of each kind that has them


def measure(kind: str, paths: list[Path], workdir: Path, *, batch: int, cap: float | None = None) -> dict[str, Any]:
    """Run one workload in a child process; add the peak RSS of its process tree."""
    db = workdir / f"{kind}-{time.monotonic_ns()}.duckdb"
    command = [sys.executable, str(CHILD), kind, "--db", str(db), "--batch-size", str(batch),
               *(["--cap", str(cap)] if cap else []), *map(str, paths)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak, workers_cpu, watch_cpu = _watch(proc)
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} failed with exit code {proc.returncode}")
    row = {"run": kind, **json.loads(out.strip().splitlines()[-1]), "peak_tree_mb": peak, "watch_cpu_s": watch_cpu}
    if kind in WORKERS:  # how much of the steady run the workers spent computing, not waiting
        row["workers_cpu_s"] = workers_cpu
        row["workers_busy"] = workers_cpu / (WORKERS[kind] * row["steady_s"])
        # the writer runs on the same cores: with it, how much of them the job kept busy
        row["job_busy"] = (workers_cpu + row["cpu_s"]) / (WORKERS[kind] * row["steady_s"])
    return row


WATCH_EVERY = 0.1  # seconds between readings of the workers' CPU times (one small /proc read each)
TREE_EVERY = 0.5  # seconds between scans for the job's processes (each reads every process's /proc entry)
PSS_EVERY = 1.0  # seconds between memory readings (each costs ~10 ms of kernel time per 500 MB process)


def _watch(proc: subprocess.Popen) -> tuple[float, float, float]:
    """Peak summed memory (MB) of a process and its descendants, the CPU seconds of the
    processes two levels down (a pool's workers, forked by the fork server the job
    started), as last seen, and the CPU seconds this watching took.

    Each process counts its proportional set size (PSS): a page that worker processes
    share (forked from one fork server that loaded the model) counts once in all, as it
    sits in memory once; summing resident sizes would count it once per process.
    Watching runs beside the job on the same cores and takes from the job what it uses:
    reading the PSS of four processes of 500-800 MB and scanning /proc for children
    three times every 0.1 s took 13% of a core, about 0.5 s of the 2-worker run's 4 s
    steady state. Now the tree is scanned twice a second and PSS read once a second and
    whenever the tree changes: a Python process's memory rarely shrinks (its allocator
    keeps what it freed), so the peak is still read, at most a second late. The watching's
    own CPU time is reported (``watch_cpu_s``)."""
    root, peak, workers_cpu = psutil.Process(proc.pid), 0, {}
    tree: list[psutil.Process] = [root]
    workers: list[psutil.Process] = []
    started_cpu, last_scan, last_pss = time.process_time(), -TREE_EVERY, 0.0
    while proc.poll() is None:
        try:
            if time.monotonic() - last_scan >= TREE_EVERY:
                scanned, last_scan = [root, *root.children(recursive=True)], time.monotonic()
                changed, tree = {p.pid for p in scanned} != {p.pid for p in tree}, scanned
                workers = _grandchildren(root, tree)
                if changed or time.monotonic() - last_pss >= PSS_EVERY:
                    peak, last_pss = max(peak, sum(_pss(p) for p in tree)), time.monotonic()
            for worker in workers:  # a worker gone by now reads as 0: keep what it showed
                workers_cpu[worker.pid] = max(workers_cpu.get(worker.pid, 0.0), _cpu(worker))
        except psutil.NoSuchProcess:
            pass
        time.sleep(WATCH_EVERY)
    return peak / 2**20, sum(workers_cpu.values()), time.process_time() - started_cpu


def _grandchildren(root: psutil.Process, tree: list[psutil.Process]) -> list[psutil.Process]:
    """The processes of ``tree`` below ``root``'s children (read from the scan already made)."""
    children = {p.pid for p in tree if _ppid(p) == root.pid}
    return [p for p in tree if p.pid != root.pid and p.pid not in children]


def _ppid(process: psutil.Process) -> int | None:
    try:
        return process.ppid()
    except psutil.NoSuchProcess:
        return None


def _cpu(process: psutil.Process) -> float:
    try:
        times = process.cpu_times()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0.0
    return float(times.user + times.system)


def _pss(process: psutil.Process) -> int:
    try:
        info = process.memory_full_info()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0
    return int(getattr(info, "pss", info.rss))  # PSS where the system tells it (Linux)


def speed_rows(sample: list[Path], workdir: Path, kinds: tuple[str, ...], batch: int,
               long_chars: int) -> list[dict[str, Any]]:
    rows = [measure(kind, _inputs(kind, sample, workdir, long_chars), workdir, batch=batch) for kind in kinds]
    by = {row["run"]: row for row in rows}
    for row in rows:
        if "bare" in by:
            row["vs_bare"] = row["words_per_s"] / by["bare"]["words_per_s"]
            if row["run"] in SINGLE_PROCESS:  # all its work is in its own CPU time
                bare_cpu_per_word = by["bare"]["cpu_s"] / by["bare"]["words"]
                row["vs_bare_cpu"] = bare_cpu_per_word / (row["cpu_s"] / row["words"])
        if "serial" in by and row["run"] in ("processes", "dask"):
            row["speedup"] = by["serial"]["steady_s"] / row["steady_s"]
        if "serial" in by and row["run"] in LONG_KINDS:  # > 1: a long word costs more than a sample one
            row["per_word_vs_serial"] = by["serial"]["words_per_s"] / row["words_per_s"]
    return rows


def _inputs(kind: str, sample: list[Path], workdir: Path, long_chars: int) -> list[Path]:
    if kind not in LONG_KINDS:
        return sample
    return [write_long_article(long_chars, workdir / f"{kind}.jsonl", one_line=LONG_KINDS[kind])]


def stage_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each stage's share of the time the stages took, per whole-job run: of the wall-clock
    time (``wall``) and of the job process's CPU time (``cpu``, which load from other jobs
    moves far less); ``stages_s`` is their sum in seconds."""
    shares = []
    for row in rows:
        for clock, key in (("wall", "stages"), ("cpu", "stages_cpu")):
            seconds = row.get(key) or {}
            total = sum(seconds.values())
            if total:
                shares.append({"run": row["run"], "clock": clock, "stages_s": total,
                               **{s: f"{seconds.get(s, 0.0) / total:.0%}" for s in STAGES}})
    return shares


def worker_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"run": row["run"], "worker": index, **worker}
            for row in rows for index, worker in enumerate(row.get("timeline") or [])]


def memory_rows(workdir: Path, scales: list[int], *, cap: float, batch: int) -> list[dict[str, Any]]:
    """Whole N-copy corpora: the full job time-capped, ingest and store to the end."""
    rows = []
    for scale in scales:
        shards = write_corpus(scale, workdir / f"x{scale}")
        for kind in ("serial", "ingest_only"):
            row = measure(kind, shards, workdir, batch=batch, cap=cap if kind == "serial" else None)
            rows.append({**row, "run": f"{kind} {scale}x"})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="FrontWatch pipeline benchmark")
    parser.add_argument("--limit", type=int, default=None, help="Speed runs use only the first N articles.")
    parser.add_argument("--cap", type=float, default=90.0, help="Seconds each memory run may process.")
    parser.add_argument("--scales", default="1,10,100", help="Corpus sizes for memory, in samples.")
    parser.add_argument("--kinds", default=",".join(SPEED_KINDS), help="Speed workloads to run.")
    parser.add_argument("--batch-size", type=int, default=32, help="Articles per batch (and nlp.pipe batch).")
    parser.add_argument("--long-chars", type=int, default=1_000_000, help="Size of the long article.")
    args = parser.parse_args()
    setting = {"load_before": os.getloadavg(), **_versions()}
    with tempfile.TemporaryDirectory(prefix="fw-bench-") as tmp:
        workdir = Path(tmp)
        sample = write_corpus(1, workdir / "sample", limit=args.limit)
        kinds = tuple(k for k in args.kinds.split(",") if k)
        speed = speed_rows(sample, workdir, kinds, args.batch_size, args.long_chars) if kinds else []
        scales = [int(s) for s in args.scales.split(",") if s]
        memory = memory_rows(workdir, scales, cap=args.cap, batch=args.batch_size) if scales else []
    print_table(speed + memory, COLUMNS)
    if workers := worker_rows(speed):
        print("\neach worker's tasks, in seconds from the steady run's start (noted by the workers)")
        print_table(workers, ["run", "worker", "tasks", "first_start_s", "last_end_s", "in_tasks_s",
                              "between_tasks_s", "after_last_s"])
    if stages := stage_rows(speed):
        print("\nshare of each stage's time (measured in the job's own process; with workers, only the writer's)")
        print_table(stages, ["run", "clock", "stages_s", *STAGES])
    setting["load_after"] = os.getloadavg()
    # bare spaCy's pace, and so every ratio, depends on the spaCy release and the load
    print("\n" + ", ".join(f"{key} {value}" for key, value in setting.items()))
    path = write_results("pipeline", {"args": vars(args), "setting": setting, "speed": speed,
                                      "memory": memory})
    print(f"results: {path}")


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("spacy", "thinc")}


if __name__ == "__main__":
    main()
