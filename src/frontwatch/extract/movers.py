"""Acts whose "of" names who does them: "the withdrawal of Iraqi troops from Mosul", "the
surrender of 300 IS fighters", "the deployment of Russian jets" (the lexicon's
``doer_of_nouns``), unlike "the shelling of X", whose "of" names what it is done to."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention

_OF = frozenset({"of"})


def doer_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side the noun's "of" names, for an act its own mover does; None otherwise."""
    if lemma_of(noun) not in get_lexicon().events["doer_of_nouns"]:
        return None
    return first_actor(pobjs(noun, _OF), ctx)
