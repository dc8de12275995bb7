"""Lists that pair off in order: "X and Y are backed by A and B respectively", "A and B
respectively arm X and Y" (relations.yaml ``respective_words``)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention


def respective_pairs(verb: Any, ctx: ArticleContext) -> list[tuple[Mention, Mention]] | None:
    """The (giver, receiver) pairs of a verb said of two lists "respectively"; None when the
    verb has no such word or its lists are not of one length (read as without the word)."""
    respective = get_lexicon().relation_words("respective_words")
    if not any(c.dep_ == "advmod" and c.lower_ in respective for c in verb.children):
        return None
    subj = acting_subject(verb, ctx)
    subjects = coordinated_actors(subj, ctx) if subj is not None else []
    agents = pobjs(verb, frozenset({"by"}))
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    others = coordinated_actors((agents or objects)[0], ctx) if agents or objects else []
    givers, receivers = (others, subjects) if agents else (subjects, others)
    if len(givers) < 2 or len(givers) != len(receivers):
        return None
    return list(zip(givers, receivers, strict=True))
