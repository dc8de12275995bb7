"""Where actor resolution's and geocoding's CPU goes, by function and line, sampled.

The sample's articles are parsed first (as a run batches them); then each doc goes through
actor resolution, geocoding and the generics settled by places, in a fresh process, so the
memos start as cold as in a run. A CPU-time timer (``ITIMER_PROF``) interrupts the process
every few milliseconds of CPU and counts the stack it finds, under the step it is in:
unlike cProfile, it charges nothing per call, so spaCy's Token making is not inflated ten
times. Printed per step: the CPU seconds (``time.process_time``), the share of samples in
each FrontWatch function (inclusive) and on each line, and the leaf functions.

    python bench/profile_resolution.py [--top 40]        # about a minute; Linux and macOS
"""

from __future__ import annotations

import argparse
import signal
import time
from collections import Counter
from typing import Any

from common import write_results
from profile_prepass import read_articles

STEP: list[str | None] = [None]
INCLUSIVE: Counter[tuple[str, str]] = Counter()
LINES: Counter[tuple[str, str]] = Counter()
LEAVES: Counter[tuple[str, str]] = Counter()


def _where(frame: Any) -> tuple[str, bool]:
    code = frame.f_code
    name = code.co_filename.split("/src/")[-1].split("site-packages/")[-1]
    return f"{name}:{code.co_name}", "frontwatch" in code.co_filename


def _sample(_signal: int, frame: Any) -> None:
    step = STEP[0]
    if step is None or frame is None:
        return
    LEAVES[(step, _where(frame)[0])] += 1
    seen: set[str] = set()
    while frame is not None:
        where, ours = _where(frame)
        if ours and where not in seen:
            seen.add(where)
            INCLUSIVE[(step, where)] += 1
            LINES[(step, f"{where}:{frame.f_lineno}")] += 1
        frame = frame.f_back


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--top", type=int, default=40)
    options.add_argument("--every", type=float, default=0.001, help="CPU seconds between samples")
    args = options.parse_args()
    from frontwatch.nlp.pipeline import other_mentions
    from frontwatch.pipeline import _NLP_BATCH, _resolve_generics_by_places, get_engine, warm_up

    engine = get_engine()
    warm_up()
    articles = read_articles()
    docs = [doc for first in range(0, len(articles), _NLP_BATCH)
            for doc in engine.parse([a.text for a in articles[first : first + _NLP_BATCH]])]
    cpu: Counter[str] = Counter()
    signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, args.every, args.every)
    for article, doc in zip(articles, docs, strict=True):
        start, STEP[0] = time.process_time(), "actor resolution"
        actors = engine.actor_kb.resolve_doc(doc, article=article)
        after, STEP[0] = time.process_time(), "geocoding"
        cpu["actor resolution"] += after - start
        places, found = engine.gazetteer.resolve_doc(doc, article=article)
        start, STEP[0] = time.process_time(), "generics and other mentions"
        cpu["geocoding"] += start - after
        _resolve_generics_by_places(engine, actors, places, found, article)
        other_mentions(doc, article.id, actors, places)
        STEP[0] = None
        cpu["generics and other mentions"] += time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    samples = Counter(step for (step, _where), n in LEAVES.items() for _ in range(n))
    report: dict[str, Any] = {}
    for step, seconds in cpu.items():
        total = samples[step] or 1
        print(f"\n=== {step}: {seconds:.3f} CPU s, {samples[step]} samples")
        rows = {}
        for title, table in (("functions (inclusive)", INCLUSIVE), ("lines", LINES), ("leaves", LEAVES)):
            top = sorted(((n, where) for (s, where), n in table.items() if s == step), reverse=True)
            rows[title] = [(where, round(n / total, 4)) for n, where in top[: args.top]]
            print(f"-- {title}")
            for where, share in rows[title]:
                print(f"{share:7.1%}  {where}")
        report[step] = {"cpu_s": round(seconds, 3), "samples": samples[step], **rows}
    print(f"\n{write_results('resolution', report)}")


if __name__ == "__main__":
    main()
