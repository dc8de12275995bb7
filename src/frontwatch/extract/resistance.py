"""Resistance met: "Iraqi forces faced fierce resistance from Islamic State fighters", "the
junta faces an insurgency led by ethnic armies such as the Arakan Army" (relations.yaml
``resistance_nouns``, ``facing_verbs``): the side that meets it fights whoever puts it up."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.armed import armed
from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import named_examples
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_STATE_TYPES = frozenset({"state", "state_agency"})
_BY = frozenset({"by"})


def resistance_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The subject of a facing verb whose object is a resistance noun fights the sides the
    noun's "from" (or the verb's) names, or the "by" of a participle on it ("led by X")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or lemma_of(noun) not in words("resistance_nouns"):
        return
    verb = noun.head
    if lemma_of(verb) not in words("facing_verbs"):
        return
    subj = acting_subject(verb, ctx)
    faced = coordinated_actors(subj, ctx) if subj is not None else []
    heads = pobjs(noun, _FROM) or pobjs(verb, _FROM)
    heads += [h for acl in noun.children if acl.dep_ == "acl" for h in pobjs(acl, _BY)]
    resisters = [m for h in heads for m in (named_examples(h, ctx) or coordinated_actors(h, ctx))]
    resisters = [m for m in resisters if _armed_non_state(m, ctx)]
    for side in faced:
        for resister in resisters:
            yield from pair_of("fights", side, resister, noun)


def _armed_non_state(mention: Mention, ctx: ArticleContext) -> bool:
    """Resistance put up by an armed side that is no state or government: "resistance from
    Russia at the talks", "from the United States over the plan" is politics, not war."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type not in _STATE_TYPES and armed(mention.actor_id, ctx)
