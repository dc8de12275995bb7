"""Who a pronoun subject stands for when its clause names no one else: the speaker of the
clause above ("Rebels said they had shot down a jet"), or, under a passive, whichever of the
agent and the passive's subject agrees with it in number ("the unit was ambushed by the
militants as it shelled the village": the unit)."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import (
    GENERIC_PREFIX,
    ArticleContext,
    actor_near,
    clause_head,
    clause_tokens,
    doer_near,
)
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relatives import relative_antecedent
from frontwatch.extract.verbsubjects import passive_agent_noun, subject_of
from frontwatch.records import Mention

# Clauses whose pronoun subject is the subject above: "X said they ...", "X declared victory
# when they announced they had taken T".
_SPEAKER_CHAIN = frozenset({"ccomp", "conj", "xcomp", "advcl"})


def speaker_subject(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "Rebels said they had shot down...": a pronoun subject is the speaker."""
    current = verb
    while current.dep_ in _SPEAKER_CHAIN and current.head.i != current.i:
        adverbial = current.dep_ == "advcl"
        current = current.head
        subj = subject_of(current)
        if subj is None or subj.pos_ == "PRON":
            continue
        if adverbial and subj.dep_ == "nsubjpass":
            return _passive_pronoun_doer(subject_of(verb), current, subj, ctx)
        if adverbial and _names_another_actor(current, subj, ctx):
            return None  # "X supports Y as they advance": they may be either
        return actor_near(ctx, subj)
    return None


def relative_doer(verb: Any, pronoun: Any, ctx: ArticleContext) -> Mention | None:
    """The doer a relative clause's pronoun subject stands for: "were the Iraqi special
    forces, who launched the attack" (the noun "who" follows), "advanced to T, where they
    attacked Y" (whoever moved to the place "where" points back to)."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    antecedent = relative_antecedent(pronoun)
    if antecedent.i != pronoun.i:
        if not _names_the_clause_noun(antecedent, verb, ctx):
            return None
        found = ctx.actor_at.get(antecedent.i)
        # "the commander, who planned the 2014 assault": a person's relative clause tells
        # his past, not the deed the sentence reports; "rebels are fighters that oppose X"
        # describes a class, it names no side
        if found is None or a_person(found, ctx):
            return None
        return None if _a_class(found, antecedent, pronoun) else found
    if not any(c.tag_ == "WRB" for c in verb.children):
        return None
    mover = _clause_above(verb.head)
    subj = subject_of(mover) if mover is not None else None
    return doer_near(ctx, subj) if subj is not None and subj.pos_ != "PRON" else None


def _a_class(found: Mention, antecedent: Any, pronoun: Any) -> bool:
    """A class the clause defines ("rebels are fighters that oppose X") names no side; a
    class set off by a comma is the side the sentence already named ("Ankara arms the
    rebel groups, who clashed with X"), and so is the class a deed is done to ("jets
    killed militants who had fired rockets at the base": those militants fired them)."""
    if not found.actor_id.startswith(GENERIC_PREFIX):
        return False
    set_off = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
    return antecedent.dep_ == "attr" or not (set_off or _done_to(antecedent))


def _done_to(noun: Any) -> bool:
    """The object of an act's verb: "killed militants who ...", "struck fighters who ..."."""
    return bool(noun.dep_ == "dobj" and noun.head.pos_ == "VERB")


def _names_the_clause_noun(antecedent: Any, verb: Any, ctx: ArticleContext) -> bool:
    """The antecedent is the noun the clause hangs on (or a conjunct of it), a name of its own
    and no place: not "an Iraqi base that hosts ..." (a facility; "Iraqi" names its owner),
    not "forces operating in Syria, which ..." (a place), not the subject a name after "of"
    was climbed to ("the ally of Assad, who ..." is Assad's clause)."""
    head = verb.head
    described = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == antecedent.i
    return (
        (antecedent.i == head.i or described or (antecedent.dep_ == "conj" and antecedent.head.i == head.i))
        and antecedent.i in ctx.actor_at
        and not _a_place_there(antecedent, ctx)
    )


def _a_place_there(noun: Any, ctx: ArticleContext) -> bool:
    """A place named as where things are ("forces operating in Syria, which ..."), not a
    capital or country standing for its state as the object of a verb ("the advance worries
    Ankara, which has shelled X")."""
    return noun.i in ctx.place_at and (noun.dep_ == "pobj" or noun.dep_ not in ("dobj", "nsubj", "appos", "conj"))


def a_person(mention: Mention, ctx: ArticleContext) -> bool:
    """The mention names one person (a relative clause or a pronoun of "it"/"they" is no
    person's)."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return actor is not None and actor.type == "person"


def _clause_above(noun: Any) -> Any | None:
    """The verb whose clause a noun is part of ("advancing to Gwa", "pushed toward T")."""
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def told_by_a_pronoun(event_id: str, ctx: ArticleContext) -> bool:
    """ "X were pushed back by Y when they shelled T", "X opened fire on Y after they attacked
    T": the act's subject is a pronoun in a clause told of another act, and both that act's
    sides (agent and subject; subject and whom it is aimed at) agree with it; either side
    may be meant, so no other act's sides are its own."""
    token = ctx.trigger_token(event_id)
    if token is None:
        return False
    verb = clause_head(token)
    pronoun, governing = subject_of(verb), verb.head
    if pronoun is None or pronoun.pos_ != "PRON" or verb.dep_ != "advcl":
        return False
    undergoer = next((c for c in governing.children if c.dep_ == "nsubjpass"), None)
    agent = passive_agent_noun(governing) or next(iter(pobjs(governing, frozenset({"by"}))), None)
    if undergoer is None or agent is None:
        agent, undergoer = subject_of(governing), _aimed_at(governing)
        if undergoer is None or agent is None:
            return False
    return _plural(agent) == _plural(pronoun) == _plural(undergoer)


def _aimed_at(verb: Any) -> Any | None:
    """Whom an active act is aimed at: "on/at/against Y" ("opened fire on Y"), else its object."""
    aimed = pobjs(verb, frozenset({"on", "at", "against"}))
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return next(iter(aimed + objects), None)


def _passive_pronoun_doer(
    pronoun: Any | None, verb: Any, undergoer: Any, ctx: ArticleContext
) -> Mention | None:
    """ "The Kurdish fighters were beaten by a militant group as it swept on": the pronoun
    of a clause told of a passive is whichever of the agent and the passive's subject
    agrees with it in number ("it" the group); both or neither: no one."""
    agent = passive_agent_noun(verb) or next(iter(pobjs(verb, frozenset({"by"}))), None)
    if pronoun is None:
        return None
    fits = [n for n in (agent, undergoer) if n is not None and _plural(n) == _plural(pronoun)]
    return doer_near(ctx, fits[0]) if len(fits) == 1 else None


def _plural(tok: Any) -> bool:
    """ "they", "forces", "jets": plural by tag or morphology; "it", "the unit" are not."""
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")


def _names_another_actor(head: Any, subj: Any, ctx: ArticleContext) -> bool:
    own = {t.i for t in subj.subtree}
    return any(t.i in ctx.actor_at and t.i not in own for t in clause_tokens(head))
