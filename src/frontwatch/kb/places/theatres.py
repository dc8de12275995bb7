"""The countries of the wars FrontWatch follows and their neighbours, from data/theatres.yaml
(validated at load): the gazetteer keeps their places whole and resolution favours them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.yamldata import load_data

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Theatres:
    war: frozenset[str]  # ISO3: where an article that names no country is taken to be
    region: frozenset[str]  # ISO3: the neighbours and the other wars followed
    kept_whole: frozenset[str]  # ISO2 of both, as GeoNames writes countries


@lru_cache(maxsize=1)
def theatres() -> Theatres:
    text = resources.files("frontwatch.kb.places").joinpath("data", "theatres.yaml").read_text("utf-8")
    return parse_theatres(load_data(text))


def parse_theatres(data: Any) -> Theatres:
    """The two lists, each entry checked: a bad one fails loudly, naming itself."""
    if not isinstance(data, dict):
        raise InvalidKnowledgeBase("theatres.yaml: expected a mapping with 'war' and 'region'")
    lists = {key: _entries(data, key) for key in ("war", "region")}
    return Theatres(
        frozenset(iso3 for iso3, _ in lists["war"]),
        frozenset(iso3 for iso3, _ in lists["region"]),
        frozenset(iso2 for entries in lists.values() for _, iso2 in entries),
    )


def _entries(data: dict[str, Any], key: str) -> list[tuple[str, str]]:
    found = []
    for number, entry in enumerate(data.get(key) or [], start=1):
        iso3, iso2 = (str(entry.get(k, "")) for k in ("iso3", "iso2")) if isinstance(entry, dict) else ("", "")
        if not _ISO3.match(iso3) or not _ISO2.match(iso2):
            raise InvalidKnowledgeBase(f"theatres.yaml {key} entry {number}: needs iso3 and iso2 codes, got {entry!r}")
        found.append((iso3, iso2))
    if not found:
        raise InvalidKnowledgeBase(f"theatres.yaml: '{key}' lists no country")
    return found
