"""Where the CPU before extraction goes: the parse by pipeline component, actor resolution
and geocoding, on the bundled sample in this process (``time.process_time``).

The engine is loaded and warmed first; the sample's articles are then processed in the
run's batches (``Settings().batch_size``) as ``process_batch`` does: the staged parse
(tokenizing, the gate and plan, each component of the full pipeline over the cue
pieces, the names-only pieces, the join), then actor resolution and geocoding of each
doc. Each step is timed around the whole batch; the components are stepped one after
another over the batch's pieces (``proc.pipe``), which is what ``nlp.pipe`` does lazily.
``--rounds N`` runs the sample N times: the first round (memos as cold as in a run) and
the best round of each step.

    python bench/profile_prepass.py             # about a minute
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from typing import Any

from common import print_table, write_results


def read_articles() -> list[Any]:
    """The sample's articles as a run ingests them (dates, furniture blanked)."""
    from frontwatch.ingest import iter_inputs
    from frontwatch.records import Article
    from frontwatch.runner import sample_corpus_path

    return [item for item in iter_inputs([sample_corpus_path()]) if isinstance(item, Article)]


def staged_parse(parser: Any, texts: list[str], cpu: Counter[str], batch_size: int) -> list[Any]:
    """``StagedParser.pipe``, its steps clocked apart."""
    from frontwatch.nlp import staged

    start = time.process_time()
    docs = [staged.mark_line_starts(parser.nlp.tokenizer(text), text) for text in texts]
    cpu["tokenize"] += time.process_time() - start
    start = time.process_time()
    plans = [parser._plan(doc, text) for doc, text in zip(docs, texts, strict=True)]
    wanted = [staged._piece(d, c, len(p)) for d, p in zip(docs, plans, strict=True) for c in p if c.parse]
    cpu["gate+plan+pieces"] += time.process_time() - start
    order = sorted(range(len(wanted)), key=lambda index: len(wanted[index]))
    pieces = [wanted[i] for i in order]
    for name, proc in parser.nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            pieces = list(proc.pipe(pieces, batch_size=batch_size))
        else:
            pieces = [proc(doc) for doc in pieces]
        cpu[f"  {name}"] += time.process_time() - start
    parsed_by = dict(zip(order, pieces, strict=True))
    parsed = iter([parsed_by[i] for i in range(len(wanted))])
    start = time.process_time()
    out = [parser._assemble(d, t, p, parsed) for d, t, p in zip(docs, texts, plans, strict=True)]
    cpu["names-only+join"] += time.process_time() - start
    return out


def main() -> None:
    argparse_ = argparse.ArgumentParser()
    argparse_.add_argument("--rounds", type=int, default=1)
    args = argparse_.parse_args()
    from frontwatch.pipeline import _NLP_BATCH, get_engine, warm_up
    from frontwatch.settings import Settings

    engine = get_engine()
    warm_up()
    articles = read_articles()
    size = Settings().batch_size
    rounds: list[Counter[str]] = []
    for _round in range(args.rounds):
        cpu: Counter[str] = Counter()
        for first in range(0, len(articles), size):
            batch = articles[first : first + size]
            start = time.process_time()
            docs = staged_parse(engine.parser, [a.text for a in batch], cpu, _NLP_BATCH)
            cpu["parse"] += time.process_time() - start
            for article, doc in zip(batch, docs, strict=True):
                start = time.process_time()
                engine.actor_kb.resolve_doc(doc, article=article)
                cpu["actor resolution"] += time.process_time() - start
                start = time.process_time()
                engine.gazetteer.resolve_doc(doc, article=article)
                cpu["geocoding"] += time.process_time() - start
        rounds.append(cpu)
    total = ("parse", "actor resolution", "geocoding")
    for cpu in rounds:
        cpu["total (parse+resolution+geocoding)"] = sum(cpu[step] for step in total)
    rows = [
        {"step": step, "first_round_s": round(first, 3), "best_round_s": round(min(r[step] for r in rounds), 3)}
        for step, first in rounds[0].items()
    ]
    print_table(rows, ["step", "first_round_s", "best_round_s"])
    print(f"\n{write_results('prepass', {'steps': rows, 'articles': len(articles), 'rounds': len(rounds)})}")


if __name__ == "__main__":
    main()
