"""Read real-news gold sets (``shared/eval/news/FORMAT.md``): texts first, claims after.

A set is one JSON object with ``actors`` and ``items``, given as one file or as a
folder of such files. Each file keeps its own actor list, since gold ids are only
unique within a file. A malformed item or claim is counted with its reason and
skipped; the rest of the set is still scored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.errors import UnknownDataset
from frontwatch.eval.files import data_files

PLAIN = ("asserted", "attributed")
CERTAINTIES = ("asserted", "attributed", "hedged", "hypothetical", "negated")
RELATION_TYPES = ("backs", "fights", "allied")
ITEM_FIELDS = ("id", "text", "control_changes", "relations", "events", "places")


@dataclass(frozen=True, slots=True)
class GoldActor:
    id: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldPlace:
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GoldTime:
    """A gold claim's date as written (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and its precision."""

    text: str
    precision: str


@dataclass(frozen=True, slots=True)
class GoldControl:
    place: GoldPlace
    new_controller: str
    old_controller: str
    certainty: str
    when: GoldTime | None = None


@dataclass(frozen=True, slots=True)
class GoldRelation:
    type: str
    a: str
    b: str
    certainty: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    a: str
    b: str
    place: GoldPlace | None
    certainty: str
    when: GoldTime | None = None


@dataclass(slots=True)
class NewsItem:
    """One excerpt: its text, date and site (all the product sees: where a text was
    published is metadata a run has too, the article's source), then its gold claims."""

    id: str
    text: str
    date: dt.date | None
    war: str
    split: str
    file: str
    actors: dict[str, GoldActor]
    control: list[GoldControl] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)
    site: str = ""


@dataclass(slots=True)
class NewsSet:
    items: list[NewsItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file#item: field: message"


def read_news(path: Path) -> NewsSet:
    """Every item of the file, or of every ``.json`` file in the folder (sorted)."""
    news = NewsSet()
    files = data_files(path, (".json",))
    for file in files:
        _read_file(file, news)
    if not news.items:
        detail = "; ".join(news.problems[:5]) or "no items"
        raise UnknownDataset(f"{path}: no news gold items ({detail})")
    return news


def _read_file(file: Path, news: NewsSet) -> None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        news.problems.append(f"{file}: not readable JSON: {err}")
        return
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        news.problems.append(f"{file}: not a news gold set (an object with 'items')")
        return
    actors = _actors(data.get("actors"))
    seen: set[str] = {item.id for item in news.items}
    for position, raw in enumerate(data["items"]):
        where = f"{file.name}#{position}"
        item = _item(raw, actors, file.name, where, news.problems)
        if item is None:
            continue
        if item.id in seen:
            news.problems.append(f"{where}: id: {item.id!r} repeats an earlier item")
            continue
        seen.add(item.id)
        news.items.append(item)


def _actors(raw: Any) -> dict[str, GoldActor]:
    actors: dict[str, GoldActor] = {}
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            aliases = tuple(a for a in entry.get("aliases") or [] if isinstance(a, str))
            actors[entry["id"]] = GoldActor(entry["id"], aliases)
    return actors


def _item(
    raw: Any, actors: dict[str, GoldActor], file: str, where: str, problems: list[str]
) -> NewsItem | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: not an object")
        return None
    missing = [name for name in ITEM_FIELDS if name not in raw]
    text = raw.get("text")
    if missing or not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: missing or empty: {', '.join(missing) or 'text'}")
        return None
    item = NewsItem(
        id=str(raw["id"]),
        text=text,
        date=_date(raw.get("publication_date"), f"{where}: publication_date", problems),
        war=str(raw.get("war") or "unknown").lower(),
        split=str(raw.get("split") or ""),
        file=file,
        actors=actors,
        site=str(raw.get("site") or ""),
    )
    _claims(raw, item, where, problems)
    return item


def _claims(raw: dict[str, Any], item: NewsItem, where: str, problems: list[str]) -> None:
    readers = (
        ("control_changes", _control, item.control),
        ("relations", _relation, item.relations),
        ("events", _event, item.events),
        ("places", _place_entry, item.places),
    )
    for name, read, into in readers:
        entries = raw.get(name)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            try:
                into.append(read(entry))  # type: ignore[arg-type]
            except (KeyError, TypeError, ValueError) as err:
                problems.append(f"{where}: {name}[{index}]: {err}")


def _date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: not a YYYY-MM-DD date: {value!r}")
        return None


def _certainty(entry: dict[str, Any]) -> str:
    value = entry.get("certainty") or "asserted"
    if value not in CERTAINTIES:
        raise ValueError(f"certainty {value!r} is not one of {', '.join(CERTAINTIES)}")
    return str(value)


def _coordinate(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def _place(entry: dict[str, Any], key: str = "place") -> GoldPlace | None:
    name = entry.get(key)
    lat, lon = _coordinate(entry.get("lat")), _coordinate(entry.get("lon"))
    if not name and lat is None:
        return None
    if (lat is None) != (lon is None):
        raise ValueError("lat and lon must both be given or both be null")
    return GoldPlace(str(name or ""), lat, lon)


def _actor_id(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _control(entry: dict[str, Any]) -> GoldControl:
    place = _place(entry)
    if place is None or not _actor_id(entry.get("new_controller")):
        raise ValueError("a control change needs a place and a new_controller")
    return GoldControl(
        place,
        entry["new_controller"],
        _actor_id(entry.get("old_controller")),
        _certainty(entry),
        _when(entry),
    )


def _relation(entry: dict[str, Any]) -> GoldRelation:
    kind = entry.get("type")
    if kind not in RELATION_TYPES or not _actor_id(entry.get("a")) or not _actor_id(entry.get("b")):
        raise ValueError(f"a relation needs type in {RELATION_TYPES} and actors a and b")
    return GoldRelation(str(kind), entry["a"], entry["b"], _certainty(entry))


def _event(entry: dict[str, Any]) -> GoldEvent:
    kind = entry.get("plover_type")
    if not isinstance(kind, str) or not kind:
        raise ValueError("an event needs a plover_type")
    return GoldEvent(
        kind.upper(),
        _actor_id(entry.get("a")),
        _actor_id(entry.get("b")),
        _place(entry),
        _certainty(entry),
        _when(entry),
    )


_DATE_FORMS = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "day": r"\d{4}-\d\d-\d\d"}


def _when(entry: dict[str, Any]) -> GoldTime | None:
    """The claim's date, checked against its precision (``None`` when it gives none)."""
    text, precision = entry.get("date"), entry.get("date_precision")
    if not text:
        return None
    if precision not in _DATE_FORMS or not re.fullmatch(_DATE_FORMS[precision], str(text)):
        raise ValueError(f"date {text!r} does not fit date_precision {precision!r}")
    return GoldTime(str(text), str(precision))


def _place_entry(entry: dict[str, Any]) -> GoldPlace:
    place = _place(entry, "name")
    if place is None:
        raise ValueError("a place needs a name or coordinates")
    return place
