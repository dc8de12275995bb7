"""Extractors by name, so a setting chooses one and a new one stands beside the rules.

    from frontwatch.extract.registry import register_extractor

    @register_extractor("my_model")
    def extract_with_my_model(doc, article, *, actor_mentions, place_mentions, places, kb):
        ...  # return (events, relations, control_changes)

then ``FRONTWATCH_EXTRACTOR=my_model frontwatch eval news ...`` scores it unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from frontwatch.contracts import Extractor
from frontwatch.errors import InvalidSetting

_EXTRACTORS: dict[str, Extractor] = {}


def register_extractor(name: str) -> Callable[[Extractor], Extractor]:
    """Register ``function`` under ``name`` (a decorator); names are unique."""

    def add(function: Extractor) -> Extractor:
        if name in _EXTRACTORS and _EXTRACTORS[name] is not function:
            raise InvalidSetting(f"an extractor named {name!r} is already registered")
        _EXTRACTORS[name] = function
        return function

    return add


def get_extractor(name: str) -> Extractor:
    """The extractor registered under ``name``; an unknown name is a clear error."""
    _load_shipped()
    try:
        return _EXTRACTORS[name]
    except KeyError:
        known = ", ".join(sorted(_EXTRACTORS))
        raise InvalidSetting(f"unknown extractor {name!r}; registered: {known}") from None


def extractor_names() -> list[str]:
    _load_shipped()
    return sorted(_EXTRACTORS)


def _load_shipped() -> None:
    from frontwatch.extract.article import extract_article

    register_extractor("rules")(extract_article)
    import frontwatch.extract.learnrel  # noqa: F401 - registers "rules+learned"
