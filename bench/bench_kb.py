"""How long the actor knowledge base takes to load, beside spaCy's English model.

Both are read once per process (and once per worker with --workers), so their ratio says
what the knowledge packs add to every start. Prints one JSON object.

    .venv/bin/python bench/bench_kb.py
"""

from __future__ import annotations

import json
import time

from frontwatch.kb.actors import _load
from frontwatch.nlp.pipeline import load_nlp
from frontwatch.settings import Settings


def _seconds(load) -> float:
    started = time.perf_counter()
    load()
    return time.perf_counter() - started


def main() -> None:
    _load.cache_clear()
    kb_seconds = _seconds(lambda: _load(()))
    model_seconds = _seconds(lambda: load_nlp(Settings().model))
    print(
        json.dumps(
            {
                "actor_kb_load_s": round(kb_seconds, 3),
                "spacy_model_load_s": round(model_seconds, 3),
                "kb_over_model": round(kb_seconds / model_seconds, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
