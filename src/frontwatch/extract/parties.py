"""Whether a trigger has the parties its sense needs.

Some verbs are events only between parties: one meets or visits someone ("met with
officials", "visited Moscow"; not "met pockets of resistance", "visited the base"), one
blames someone ("blamed the rebels", "blamed the attack on X"; not "blamed navigational
error"). Some are events only when a party does them: a party threatens ("Turkey threatened
..."); "violations that threaten the truce" is no threat; a side flees, civilians fleeing
are displaced. Lexicon entries ask for this with
``needs_party`` and ``needs_party_subject`` (``data/events.yaml``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relatives import RELATIVE_PRONOUNS
from frontwatch.extract.verbsubjects import kept_from_subject, subject_of

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr"})


def has_other_party(verb: Any, ctx: ArticleContext) -> bool:
    """An object or prepositional object naming a party, or two parties as subject
    ("Putin and Erdogan met", "the two sides met")."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS] + _prep_objects(verb)
    objects += [g for o in list(objects) for g in _prep_objects(o)]  # "blamed the attack on X"
    objects += _misplaced_parties(verb)
    if any(_is_party(obj, ctx) for obj in objects):
        return True
    subject = subject_of(verb)
    if subject is None:
        return False
    # "the two sides met", "leaders met": a plural noun for parties; not "Iraqi forces were
    # meeting resistance", one party
    plural = subject.tag_ in ("NNS", "NNPS") and actor_near(ctx, subject, depth=1) is None
    meeting = plural and lemma_of(subject) in get_lexicon().object_class("party")
    return meeting or any(c.dep_ == "conj" for c in subject.children)


def _misplaced_parties(verb: Any) -> list[Any]:
    """Parties the parser hung one step off: "blamed the shelling of the market on X" ("on
    X" on "market"; "attributed responsibility for the blast to X" alike), "blamed the attack on airstrikes by X" ("by X" on the active verb, where
    it can only belong to the act named in its object)."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    # "attributed responsibility for the bombing of T to X": "to X" on the act owned
    owned = [g for o in objects for p in o.children if p.lower_ in ("of", "for") for g in p.children]
    deeper = [g for o in owned for g in _prep_objects(o)]
    active = any(c.dep_ == "nsubj" for c in verb.children)
    agents = [g for c in verb.children if c.dep_ == "agent" and active for g in c.children]
    return deeper + agents


def _prep_objects(tok: Any) -> list[Any]:
    """Objects of the prepositions that introduce a party: "met with X", not "resistance
    from X"."""
    preps = get_lexicon().events["party_preps"]
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children]


def has_party_subject(verb: Any, ctx: ArticleContext) -> bool:
    """The doer is a party or a pronoun for one, not a thing or an act; in the passive, the
    agent ("the town was surrounded by the army")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents[0].pos_ == "PRON" or _is_party(agents[0], ctx)
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "violations that threaten the truce": the violations
    if subject is None and verb.dep_ == "pcomp":
        subject = _clause_doer(verb)  # "airstrikes played a part in allowing X to advance"
    if subject is None:
        return verb.dep_ not in ("relcl", "acl")  # a headline or an elided subject
    return subject.pos_ == "PRON" or _is_party(subject, ctx)


def _clause_doer(gerund: Any) -> Any | None:
    """The subject of the clause a gerund after a preposition hangs in ("the rain helped the
    rebels by allowing them to slip out": the rain does the allowing), else None."""
    governor = next((t for t in gerund.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return subject_of(governor) if governor is not None else None


def has_fighting_subject(verb: Any, ctx: ArticleContext) -> bool:
    """ "Iraqi troops fled the city" is a retreat; "thousands of civilians fled to Turkey",
    "families were evacuated" is flight from war, not a side giving ground; nor "kept
    civilians from leaving"."""
    subject = subject_of(verb) or kept_from_subject(verb)
    if subject is None:
        return True
    words = get_lexicon().events["displaced"]
    mention = actor_near(ctx, subject)
    actor = ctx.kb.get(mention.actor_id) if mention is not None and mention.actor_id else None
    if actor is not None and (actor.sector in words["sectors"] or actor.id in words["communities"]):
        return False
    civilians = get_lexicon().casualty("civilian_nouns") | frozenset(words["nouns"])
    return lemma_of(subject) not in civilians


def _is_party(tok: Any, ctx: ArticleContext) -> bool:
    lex = get_lexicon()
    if lex.nouns.get(lemma_of(tok), {}).get("type"):
        return False  # "coalition airstrikes allowed the Kurds to advance": an act, not its doer
    persons = lex.object_class("person") | lex.object_class("party")
    # "elements of the army surrounded T", "an array of Iraqi forces": a body of a party
    depth = 2 if lemma_of(tok) in lex.object_class("body") else 1
    return actor_near(ctx, tok, depth=depth) is not None or lemma_of(tok) in persons
