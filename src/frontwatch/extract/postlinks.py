"""A class noun whose side is named after it: "groups affiliated with the IRGC",
"militias backed by Iran", "fighters loyal to the government".

The actor KB reads the side when it comes first ("IRGC-affiliated groups"); this module
turns the postposed wording into that phrase so the KB can resolve it
(``postposed_links`` in events.yaml).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention


def linked_phrase(token: Any, actor_at: dict[int, Mention]) -> str | None:
    """ "groups affiliated with the IRGC" -> "IRGC-affiliated groups", or None."""
    links: dict[str, list[str]] = get_lexicon().events["postposed_links"]
    for part in token.children:
        preps = links.get(part.lower_) if part.dep_ in ("acl", "amod", "relcl") else None
        if not preps:
            continue
        for obj in pobjs(part, frozenset(preps)):
            side = actor_at.get(obj.i)
            if side is not None:
                return f"{side.text}-{part.lower_} {token.text}"
    return None
