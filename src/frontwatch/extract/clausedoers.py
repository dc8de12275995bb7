"""The doer a relative clause on an act noun names: "the attacks that ISIL has perpetrated
in Baghdad", "the rocket strikes that emanated from Iran". Statements name the act first
and its author in a clause after it; the clause's verb is one that carries an act out (its
subject did it: ``carrier_verbs`` with "by" in events.yaml) or one of the act's origin (the
"from" object sent it: ``origin_clause_verbs``). The parser may hang such a clause on the
time phrase that follows the act ("the strikes on Erbil last night that emanated from
Iran"): a clause on a time phrase of the act noun's own verb is read as the act's too.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.nounacts import quantity_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relatives import RELATIVE_TAGS
from frontwatch.records import Mention

_TIME_ENTS = frozenset({"DATE", "TIME"})
_FROM = frozenset({"from"})


def relative_clause_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side a relative clause on the act noun names as the act's author, if any."""
    rules = get_lexicon().events
    doing = {verb for verb, prep in rules["carrier_verbs"].items() if prep == "by"}
    origin = set(rules["origin_clause_verbs"])
    for clause in _clauses_of(noun):
        lemma = lemma_of(clause)
        if lemma in origin:
            found = first_actor(pobjs(clause, _FROM), ctx)
        elif lemma in doing and not any(c.dep_ == "auxpass" for c in clause.children):
            found = first_actor([c for c in clause.children if c.dep_ == "nsubj"], ctx)
        else:
            continue
        if found is not None:
            return found
    return None


def _clauses_of(noun: Any) -> list[Any]:
    """Relative clauses on the noun (or on the quantity word holding its place: "the string of
    bombings that X carried out"), or on a time phrase right after it under the same verb;
    also one the parser calls a participle clause though a relative pronoun opens it ("the
    wave of attacks that X carried out")."""
    holders = [noun] if quantity_of(noun) is noun else [noun, quantity_of(noun)]  # "a wave of attacks that"
    clauses = [c for h in holders for c in h.children if c.dep_ == "relcl" or _opened_by_a_relative(c)]
    for time in noun.head.children if noun.head.i != noun.i else ():
        if time.i > noun.i and time.dep_ == "npadvmod" and time.ent_type_ in _TIME_ENTS:
            clauses += [c for c in time.children if c.dep_ == "relcl"]
    return clauses


def _opened_by_a_relative(clause: Any) -> bool:
    return clause.dep_ == "acl" and any(
        c.tag_ in RELATIVE_TAGS and c.i < clause.i for c in clause.children
    )
