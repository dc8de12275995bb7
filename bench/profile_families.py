"""Where the extraction's CPU goes, by rule family and by what a sentence holds.

Runs the main job (``frontwatch run``, the bundled sample) in this process in a fresh
temporary folder, with a CPU clock (``time.process_time``; cProfile charges each Token
made from Cython about ten times its cost) around:

* the steps of ``process_batch``: the parse, actor resolution, geocoding, extraction;
* each rule family run per sentence (``control_in``, ``triggers_in``, ``events_in``,
  ``relations_in`` and its relation cues ``_pairs_in``), split by the actor mentions the
  sentence holds (0, 1, 2 or more), whether it holds a place mention and, for
  ``events_in``, whether it has a trigger; with the number of facts each class yields;
* the parsed sentences and tokens that hold no actor or place mention (the most a
  "parse only where a fact can be" gate could keep from the parser).

It answers "which family could skip which sentences" with figures: a class that costs
CPU and yields nothing is a precondition to write; a class that yields is not.
``python bench/profile_families.py`` (about a minute); JSON in ``bench/results/``.
Nothing in the product is changed: the clocks wrap module attributes in this process only.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from common import on_each_engine, print_table, write_results

CPU: Counter[str] = Counter()
CALLS: Counter[str] = Counter()
BY_CLASS: defaultdict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
PARSED: Counter[str] = Counter()


def clocked(owner: Any, name: str, label: str) -> None:
    """Put a CPU clock around ``owner.name``."""
    inner = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            CPU[label] += time.process_time() - start
            CALLS[label] += 1

    setattr(owner, name, timed)


def sentence_class(sent: Any, ctx: Any) -> str:
    """ "actors=N places=yes|no" of the sentence (N capped at 2)."""
    actors = {id(ctx.actor_at[i]) for i in range(sent.start, sent.end) if i in ctx.actor_at}
    places = any(i in ctx.place_at for i in range(sent.start, sent.end))
    return f"actors={min(len(actors), 2)} places={'yes' if places else 'no'}"


def by_class(
    owner: Any, name: str, context_at: int, extra: Callable[..., str] | None = None
) -> None:
    """Clock ``owner.name(sent, ...)`` per sentence class; its ``context_at``-th argument
    after the sentence is the article context."""
    inner = getattr(owner, name)

    def timed(sent: Any, *args: Any) -> Any:
        key = sentence_class(sent, args[context_at]) + (extra(*args) if extra else "")
        start = time.process_time()
        found = inner(sent, *args)
        row = BY_CLASS[(name, key)]
        row[0] += 1
        row[1] += time.process_time() - start
        row[2] += len(found)
        return found

    setattr(owner, name, timed)


def count_parsed(owner: Any, name: str) -> None:
    """Count the parsed sentences and tokens with and without an actor or place mention."""
    inner = getattr(owner, name)

    def counted(doc: Any, article: Any, **found: Any) -> Any:
        spans = [(m.start, m.end) for m in [*found["actor_mentions"], *found["place_mentions"]]]
        for sent in doc.sents:
            if not any(t.dep_ for t in sent):
                kind = "not parsed (gate)"
            elif any(a < sent.end_char and b > sent.start_char for a, b in spans):
                kind = "parsed, a mention"
            else:
                kind = "parsed, no mention"
            PARSED[f"{kind} sentences"] += 1
            PARSED[f"{kind} tokens"] += len(sent)
        return inner(doc, article, **found)

    setattr(owner, name, counted)


def instrument() -> None:
    from frontwatch import pipeline
    from frontwatch.extract import article, relations

    clocked(pipeline, "process_batch", "process_batch")

    def prepare(found: Any) -> None:
        clocked(found, "parse", "parse")
        clocked(found.actor_kb, "resolve_doc", "actor resolution")
        clocked(found.gazetteer, "resolve_doc", "geocoding")
        clocked(found, "extractor", "extraction")

    on_each_engine(prepare)
    for family in ("control_in", "triggers_in"):
        by_class(article, family, 0)
    by_class(
        article, "events_in", 1, lambda triggers, *_: f" triggers={'yes' if triggers else 'no'}"
    )
    by_class(article, "relations_in", 1)
    by_class(relations, "_pairs_in", 0)
    count_parsed(article, "extract_article")


def main() -> None:
    instrument()
    from frontwatch.cli.main import app

    with tempfile.TemporaryDirectory(prefix="fw-families-") as folder:
        os.chdir(folder)
        app(prog_name="frontwatch", args=["run"], standalone_mode=False)
    steps = [{"step": k, "cpu_s": round(v, 3), "calls": CALLS[k]} for k, v in CPU.most_common()]
    families = [
        {"family": f, "sentences": k, "calls": int(n), "cpu_s": round(s, 3), "facts": int(out)}
        for (f, k), (n, s, out) in sorted(BY_CLASS.items())
    ]
    print_table(steps, ["step", "cpu_s", "calls"])
    print()
    print_table(families, ["family", "sentences", "calls", "cpu_s", "facts"])
    print()
    print_table(
        [{"sentences": k, "count": v} for k, v in sorted(PARSED.items())], ["sentences", "count"]
    )
    path = write_results("families", {"steps": steps, "families": families, "parsed": dict(PARSED)})
    print(f"\n{path}")


if __name__ == "__main__":
    main()
