"""CPU seconds of loading the engine (what every worker's fork server and every short
``frontwatch`` command pays), in all and by step, in this process.

Each step is timed where ``pipeline._engine`` calls it (the steps do not nest), with the
process's CPU clock (``imports`` holds the extractors' modules and the lexicons they read): on a shared machine wall-clock start-up moves with the load, CPU
seconds much less. Run it in two trees back to back to compare. Prints one JSON object.

    .venv/bin/python bench/bench_startup.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

CPU: dict[str, float] = {}


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[name] = CPU.get(name, 0.0) + time.process_time() - started

    return run


def main() -> None:
    started = time.process_time()
    import spacy

    from frontwatch import pipeline
    from frontwatch.extract import registry  # noqa: F401 - the extractors and their lexicons
    from frontwatch.kb import actors, places
    from frontwatch.kb.actors.kb import ActorKB
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.nlp import pipeline as nlp_pipeline

    CPU["imports"] = time.process_time() - started
    actors.load_actor_kb = _timed("actor_kb", actors.load_actor_kb)
    places.load_gazetteer = _timed("gazetteer", places.load_gazetteer)
    ActorKB.entity_patterns = _timed("actor_patterns", ActorKB.entity_patterns)  # type: ignore[method-assign]
    Gazetteer.entity_patterns = _timed("place_patterns", Gazetteer.entity_patterns)  # type: ignore[method-assign]
    spacy.load = _timed("spacy_load", spacy.load)
    nlp_pipeline._add_ruler = _timed("entity_ruler", nlp_pipeline._add_ruler)
    engine_started = time.process_time()
    pipeline.get_engine()
    CPU["get_engine"] = time.process_time() - engine_started
    CPU["total"] = time.process_time() - started
    print(json.dumps({name: round(seconds, 2) for name, seconds in CPU.items()}))


if __name__ == "__main__":
    main()
