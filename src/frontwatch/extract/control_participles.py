"""A change of hands told in passing by a participle of recency: "residents returned to the
recently recaptured town of T", "aid reached the newly liberated city of T".

The participle says the place changed hands shortly before; its taker is the one the
context names (extract/takers.py), as for "the town was retaken". It is told as done
(a plan about the sentence's own act, "plan to return to the recently retaken town", does
not make it hypothetical) and tells no assault of its own. Without a word of recency a
participle describes a standing state ("the occupied Golan Heights", "the liberated areas")
and changes no hands.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.observations import (
    Observation,
    control_words,
    place_in,
    town_or_district,
)


def recent_capture(participle: Any, ctx: ArticleContext) -> Iterator[Observation]:
    """ "the recently recaptured town of T" (see the module docstring)."""
    recency = control_words("recency_marks")
    if not any(c.dep_ == "advmod" and c.lower_ in recency for c in participle.children):
        return
    place = place_in(participle.head, ctx)
    if place is not None and town_or_district(place):
        yield Observation("capture", participle, place, presupposed=True, returned=True)
