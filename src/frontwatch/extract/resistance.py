"""Resistance met: "Iraqi forces faced fierce resistance from Islamic State fighters", "the
junta faces an insurgency led by ethnic armies such as the Arakan Army" (relations.yaml
``resistance_nouns``, ``facing_verbs``): the side that meets it fights whoever puts it up.
Resistance put up: "the militants put up stiff resistance to the army's advance", "IS
offered fierce resistance as Iraqi troops closed in" (``offering_verbs``): the side that
puts it up fights the side its "to"/"against" or its "as"/"while" clause names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.armed import armed, armed_non_state
from frontwatch.extract.coalitions import coordinated_actors, coordinated_modifiers
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.extract.sidelists import named_examples
from frontwatch.records import Mention

_FROM = frozenset({"from"})
_BY = frozenset({"by"})
_RESISTED = frozenset({"to", "against"})


def resistance_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The subject of a facing verb whose object is a resistance noun fights the sides the
    noun's "from" (or the verb's) names, or the "by" of a participle on it ("led by X")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or lemma_of(noun) not in words("resistance_nouns"):
        return
    verb = noun.head
    if _offering(verb):
        yield from _offered_pairs(noun, verb, ctx)
        return
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


def _offered_pairs(noun: Any, verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X put up resistance to/against Y", "X offered resistance as Y advanced": X fights Y
    (both armed sides)."""
    subj = acting_subject(verb, ctx)
    resisters = [m for m in (coordinated_actors(subj, ctx) if subj is not None else []) if armed(m.actor_id, ctx)]
    heads = pobjs(noun, _RESISTED) or pobjs(verb, _RESISTED)
    heads += [s for c in verb.children if _while_clause(c) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    opposed = [m for h in heads for m in _sides_of(h, ctx) if armed(m.actor_id, ctx)]
    for resister in resisters:
        for side in opposed:
            yield from pair_of("fights", resister, side, noun)


def _offering(verb: Any) -> bool:
    """ "offered", "mounted", "put up" (the verb with its particle)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    forms = {lemma_of(verb), *(f"{lemma_of(verb)} {p}" for p in particles)}
    return not forms.isdisjoint(words("offering_verbs"))


def _while_clause(clause: Any) -> bool:
    """ "as Y advanced", "while Y closed in": a clause of the same time as the resistance."""
    marks = words("resisted_clause_marks")
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _sides_of(head: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides a noun names: "Y and Z", or the owner of an advance ("the army's push",
    "the advancing army")."""
    return coordinated_modifiers(head, ctx) or coordinated_actors(head, ctx) or _owner(head, ctx)


def _owner(head: Any, ctx: ArticleContext) -> list[Mention]:
    owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")] + pobjs(head, _BY)
    found = [ctx.actor_at.get(o.i) for o in owners]
    return [m for m in found if m is not None]


def _armed_non_state(mention: Mention, ctx: ArticleContext) -> bool:
    """Resistance put up by an armed side that is no state or government: "resistance from
    Russia at the talks", "from the United States over the plan" is politics, not war."""
    return armed_non_state(mention.actor_id, ctx)
