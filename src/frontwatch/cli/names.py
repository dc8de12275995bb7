"""Filter values checked before a query runs: an unknown actor, event type, certainty,
place or region is one line naming the closest known names, and exit code 2, rather
than an empty answer that looks like "nothing happened"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn, get_args

import typer
from rapidfuzz import fuzz, process, utils
from rich.markup import escape

from frontwatch.cli.common import err_console
from frontwatch.records import Certainty
from frontwatch.store import Store

CLOSE_MATCHES = 3
MIN_SCORE = 70
CERTAINTY_WORDS = ("facts", "all", *get_args(Certainty))


def close_matches(value: str, choices: Iterable[str], limit: int = CLOSE_MATCHES) -> list[str]:
    """The known names nearest to ``value``, best first (case and punctuation ignored)."""
    found = process.extract(value, set(choices), scorer=fuzz.QRatio, processor=utils.default_process,
                            limit=limit * 3, score_cutoff=MIN_SCORE)
    distinct: dict[str, str] = {}  # one spelling per name: of 'HEZBOLLAH' (an id) and 'Hezbollah', the name
    for name, _score, _key in found:
        key = name.casefold()
        if key not in distinct or distinct[key].isupper():
            distinct[key] = name
    return list(distinct.values())[:limit]


def refuse_unknown(what: str, value: str, choices: Iterable[str]) -> NoReturn:
    matches = close_matches(value, choices)
    hint = f"; did you mean {', '.join(repr(m) for m in matches)}?" if matches else "; no close match"
    err_console.print(f"[red]error:[/red] {escape(f'unknown {what} {value!r}{hint}')}", soft_wrap=True)
    raise typer.Exit(2)


def check_event_type(value: str | None) -> None:
    from frontwatch.eventtypes import event_type_table

    types = list(event_type_table()["types"])
    if value and value.upper() not in types:
        refuse_unknown("event type", value, types)


def check_certainty(value: str | None) -> None:
    if value and value not in CERTAINTY_WORDS:
        refuse_unknown("certainty", value, CERTAINTY_WORDS)


def check_actor(store: Store, value: str | None) -> None:
    """Known: an id, name or alias of the knowledge base, or text some stored event names."""
    from frontwatch.store.vocabulary import actor_names, actor_text_seen

    if not value or actor_text_seen(store, value):
        return
    names = actor_names(store) or _knowledge_base_names()
    if value.casefold() not in {name.casefold() for name in names}:
        refuse_unknown("actor", value, names)


def check_place(store: Store, value: str | None, what: str = "place") -> None:
    """Known: a place, governorate or country of the store, or any name the gazetteer knows."""
    from frontwatch.store.vocabulary import place_names

    if not value:
        return
    names = place_names(store)
    wanted = value.casefold()
    if any(wanted in name.casefold() for name in names):
        return
    from frontwatch.kb.places import load_gazetteer
    from frontwatch.settings import load_settings

    gazetteer = load_gazetteer(load_settings().place_files())
    if any(candidate.match != "fuzzy" for candidate in gazetteer.candidates(value)):
        return
    fuzzy = [place.name for place in gazetteer.lookup(value)]
    refuse_unknown(what, value, [*names, *fuzzy])


def _knowledge_base_names() -> list[str]:
    """Names and aliases of the shipped knowledge base (a store not yet written has no actors)."""
    from frontwatch.kb.actors import load_actor_kb

    kb = load_actor_kb()
    return [name for actor in kb.actors.values() for name in (actor.id, actor.name, *actor.aliases)]
