"""ACLED codes derived from FrontWatch actors and places: inter codes, ISO numbers, regions.

ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces (a foreign
state's forces acting in the event's country are 8).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, cast

import pycountry

from frontwatch.fuse.actors import STATE_SIDE, ActorBook
from frontwatch.yamldata import load_data

ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "MIL"})
CIVILIAN_SECTORS = frozenset({"CVL", "NGO", "MED", "HLH", "EDU", "REF", "LAB"})


def inter_code(actor_id: str, book: ActorBook, *, country: str, event_type: str = "", mode: str = "",
               as_source: bool = True) -> str:
    """The ACLED inter code of an actor in an event located in ``country`` ('' if unknown)."""
    if not actor_id:
        return ""
    info = book.info(actor_id)
    if as_source and event_type == "PROTEST":
        return "5" if mode == "riot" else "6"
    if "CIVILIAN" in actor_id.upper() or info.sector in CIVILIAN_SECTORS or info.type in ("ngo", "media"):
        return "7"
    if info.type in STATE_SIDE:
        return "1" if not country or info.country == country else "8"
    if info.type == "igo":
        return "8"
    if info.type == "party":
        return "3"
    if info.type == "armed_group" or (info.type == "generic" and info.sector in ARMED_SECTORS):
        return "2"
    return ""


def interaction(inter1: str, inter2: str) -> str:
    """ACLED's two-digit interaction: both codes sorted; a lone actor is '<code>0'."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return codes[0] + "0" if len(codes) == 1 else "".join(codes)


@lru_cache(maxsize=512)
def iso_numeric(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return str(int(country.numeric)) if country else ""


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    names = _acled_table()["country_names"]
    if iso3 in names:
        return cast(str, names[iso3])
    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return (getattr(country, "common_name", None) or country.name) if country else ""


def acled_region(iso3: str) -> str:
    return next((region for region, members in _acled_table()["regions"].items() if iso3 in members), "")


def unidentified_actor(acled_event_type: str, iso3: str) -> tuple[str, str]:
    """ACLED's name and inter code for an unnamed side of this event type: ('', '') when
    ACLED has none (the event then needs a named actor 1)."""
    entry = _acled_table()["unidentified_actors"].get(acled_event_type)
    return (_with_country(entry["name"], iso3), str(entry["inter"])) if entry else ("", "")


def civilian_actor(iso3: str) -> tuple[str, str]:
    """ACLED's victims actor, 'Civilians (Syria)', and its inter code (7)."""
    entry = _acled_table()["civilian_actor"]
    return _with_country(entry["name"], iso3), str(entry["inter"])


def _with_country(name: str, iso3: str) -> str:
    country = country_name(iso3)
    return f"{name} ({country})" if country else name


def geo_precision(*, has_place: bool, is_area: bool, kind: str) -> str:
    """1 a town or site, 2 a district or part of a region, 3 a governorate or wider."""
    if not has_place:
        return ""
    if not is_area:
        return "1"
    return "2" if kind in ("admin2", "district") else "3"


def time_precision(precision: str | None) -> str:
    return {"day": "1", "week": "2", "month": "3", "year": "3"}.get(precision or "", "")


@lru_cache(maxsize=1)
def _acled_table() -> dict[str, Any]:
    """ACLED's country names, regions and unnamed-actor names (export/data/acled_countries.yaml)."""
    text = resources.files("frontwatch.export").joinpath("data/acled_countries.yaml").read_text(encoding="utf-8")
    table = cast(dict[str, Any], load_data(text))
    actors = [*table.get("unidentified_actors", {}).values(), table.get("civilian_actor")]
    if not all(isinstance(a, dict) and {"name", "inter"} <= set(a) for a in actors):
        raise ValueError("export/data/acled_countries.yaml: every unidentified_actors entry and civilian_actor "
                         "needs a name and an inter code")
    return table
