"""What each stage needs from the next, as ``typing.Protocol``s.

The pipeline holds an actor resolver, a place resolver and an extractor; any object
with these methods can stand in for the shipped ones (a learned extractor beside the
rule-based one, a gazetteer for another region), and ``mypy`` checks that it fits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from frontwatch.records import (
    Actor,
    ActorMatch,
    Article,
    ControlChange,
    Event,
    Mention,
    Place,
    Relation,
)

Extraction = tuple[list[Event], list[Relation], list[ControlChange]]


class ActorResolver(Protocol):
    """Names to canonical actors, and the dated edges between actors."""

    actors: dict[str, Actor]

    def get(self, actor_id: str) -> Actor | None: ...

    def resolve(
        self, text: str, *, label: str = "", date: dt.date | None = None
    ) -> ActorMatch | None: ...

    def top_of(self, actor_id: str) -> str: ...

    def acting_for(self, actor_id: str, date: dt.date | None = None) -> str: ...

    def entity_patterns(self) -> list[dict[str, Any]]: ...

    def resolve_doc(self, doc: Any, *, article: Any) -> list[Mention]: ...

    def resolve_generics_by_places(
        self,
        mentions: list[Mention],
        countries: list[str],
        date: dt.date | None = None,
        sentence_countries: dict[int, list[str]] | None = None,
    ) -> None: ...


class PlaceResolver(Protocol):
    """Place names in a parsed article to places with coordinates."""

    def get(self, place_id: str) -> Place | None: ...

    def entity_patterns(self) -> list[dict[str, Any]]: ...

    def resolve_doc(self, doc: Any, *, article: Article) -> tuple[list[Mention], list[Place]]: ...


class Extractor(Protocol):
    """A parsed article, with its resolved mentions, to events, relations and control."""

    def __call__(
        self,
        doc: Any,
        article: Article,
        *,
        actor_mentions: list[Mention],
        place_mentions: list[Mention],
        places: list[Place],
        kb: Any,
    ) -> Extraction: ...


class Parser(Protocol):
    """Texts to parsed documents (spaCy ``Doc``s), in order."""

    def pipe(self, texts: Sequence[str], *, batch_size: int = ...) -> list[Any]: ...
