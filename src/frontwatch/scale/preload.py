"""Imported by the fork server before it forks any worker: loads the engine there once.

Workers fork from the fork server, so whatever it holds they share page for page
until they write to it: the model weights, the entity ruler's tables and the
knowledge bases are loaded once for all workers instead of once per worker, and a
worker is ready as soon as it is forked. The engine then runs once over a short text
(``pipeline.warm_up``), so that what it builds on first use is built here once, too. The
run's settings come through an environment variable (the fork server takes its
environment from the process that starts it, and imports only module names). Loading the engine ends with ``gc.freeze``
(``pipeline.get_engine``), which keeps the collector from writing to, and so copying,
every page of the loaded objects in each worker.
"""

from __future__ import annotations

import json
import os

from frontwatch.scale.processes import SETTINGS_VARIABLE
from frontwatch.settings import Settings


def _announced() -> Settings | None:
    encoded = os.environ.get(SETTINGS_VARIABLE)
    if not encoded:
        return None
    values = json.loads(encoded)
    return Settings().updated(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


def _preload() -> None:
    settings = _announced()
    if settings is None:
        return
    from frontwatch.pipeline import get_engine, warm_up

    try:
        get_engine(settings)
        warm_up(settings)  # once here, not in every worker's first task
    except Exception:  # noqa: BLE001 - a worker loads it again and reports the error itself
        return


_preload()
