"""Alert rules: which changes are worth an alert, read from a TOML or YAML settings file.

The defaults are a data file (``watch/data/alerts.toml``); a user's file has the same
sections, each optional, and is validated when loaded: an unknown section or key, or a
value of the wrong type, is an error naming the file and the key, never silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from frontwatch.errors import InvalidSetting

TIE_CHANGES = ("appeared", "ended", "flipped")


@dataclass(frozen=True, slots=True)
class HandsRule:
    enabled: bool = True
    regions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TiesRule:
    enabled: bool = True
    kinds: tuple[str, ...] = ("backs", "fights")
    changes: tuple[str, ...] = TIE_CHANGES
    actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CasualtiesRule:
    enabled: bool = True
    min_killed: int = 10


@dataclass(frozen=True, slots=True)
class NewActorRule:
    enabled: bool = True
    skip_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ContradictionRule:
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class AlertRules:
    change_of_hands: HandsRule = HandsRule()
    ties: TiesRule = TiesRule()
    casualties: CasualtiesRule = CasualtiesRule()
    new_actor: NewActorRule = NewActorRule()
    contradiction: ContradictionRule = ContradictionRule()


def default_rules_path() -> Path:
    return Path(str(resources.files("frontwatch.watch.data").joinpath("alerts.toml")))


def load_rules(path: Path | None = None) -> AlertRules:
    """The default rules, overlaid by ``path`` (.toml, .yaml or .yml) when given."""
    rules = _parse(_read(default_rules_path()), default_rules_path(), AlertRules())
    return _parse(_read(path), path, rules) if path else rules


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InvalidSetting(f"{path}: cannot read the alert rules: {err.strerror or err}") from err
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as err:
        raise InvalidSetting(f"{path}: not valid {path.suffix.lstrip('.').upper() or 'YAML'}: {err}") from err
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InvalidSetting(f"{path}: expected sections such as [change_of_hands], got {type(data).__name__}")
    return data


def _parse(data: dict[str, Any], path: Path, base: AlertRules) -> AlertRules:
    sections = {f.name: getattr(base, f.name) for f in fields(AlertRules)}
    for name, values in data.items():
        if name not in sections:
            raise InvalidSetting(f"{path}: unknown section {name!r} (known: {', '.join(sections)})")
        if not isinstance(values, dict):
            raise InvalidSetting(f"{path}: [{name}] must be a table of settings")
        sections[name] = _section(sections[name], values, f"{path}: [{name}]")
    return AlertRules(**sections)


def _section(base: Any, values: dict[str, Any], where: str) -> Any:
    known = {f.name: getattr(base, f.name) for f in fields(base)}
    for key, value in values.items():
        if key not in known:
            raise InvalidSetting(f"{where}: unknown key {key!r} (known: {', '.join(known)})")
        known[key] = _typed(value, known[key], f"{where} {key}")
    if "changes" in known and not set(known["changes"]) <= set(TIE_CHANGES):
        raise InvalidSetting(f"{where} changes: each must be one of {', '.join(TIE_CHANGES)}")
    return type(base)(**known)


def _typed(value: Any, default: Any, where: str) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise InvalidSetting(f"{where}: expected true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidSetting(f"{where}: expected a whole number >= 0, got {value!r}")
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InvalidSetting(f"{where}: expected a list of names, got {value!r}")
    return tuple(v.strip() for v in value)
