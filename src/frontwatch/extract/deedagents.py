"""Who does a deed a noun names, when the noun stands where its doer should: "The Raqqa
campaign launched by the SDF drove the Islamic State from the city", "An offensive by Iraqi
forces retook the town", "The army's offensive pushed the rebels out": the campaign's
conductor is the doer. Also the conductor of a deed told in a passive clause ("the offensive,
which was conducted by X against Y"). The nouns are data (``relations.yaml``:
``against_nouns``, the deeds a side wages against another).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.passives import is_passive
from frontwatch.extract.prepobjects import pobjs
from frontwatch.records import Mention

_BY = frozenset({"by"})
_OWNER_DEPS = frozenset({"poss"})
_CARRIER_DEPS = frozenset({"acl", "relcl"})


def deed_agent(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side that conducts the deed ``noun`` names: its owner ("the army's offensive"),
    its "by" agent, or the agent of a participle or passive relative clause on it
    ("launched by X", "which was conducted by X"); None for any other noun."""
    if lemma_of(noun) not in get_lexicon().relation_words("against_nouns"):
        return None
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    carriers = [c for c in noun.children if c.dep_ in _CARRIER_DEPS and is_passive(c)]
    agents = [a for h in (noun, *carriers) for a in pobjs(h, _BY)]
    return first_actor([*owners, *agents], ctx)


__all__ = ["deed_agent"]
