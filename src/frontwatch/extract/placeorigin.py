"""A place a weapon was sent from or a party comes from ("missiles fired from the city of
Saada", "rebels from Zintan", "the Misrata militia", "Raqqa's police"): where the act's doer
started, not where the act happened. The event-place pass skips such a name, and the note
the article pass writes keeps it from counting towards the article's main town."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import add_role, has_role
from frontwatch.extract.relspan import mention_head
from frontwatch.records import Mention

ORIGIN_ROLE = "role:origin"


def named_as_origin(mention: Mention) -> bool:
    """Whether the article pass found the name used as a doer's or weapon's origin."""
    return has_role(mention, ORIGIN_ROLE)


def mark_origin_roles(doc: Any, ctx: ArticleContext) -> None:
    """Note on each place mention the sentence uses as an origin (see ``came_from``)."""
    for index, mention in ctx.place_at.items():
        if came_from(mention_head(doc[index], mention), ctx):
            add_role(mention, ORIGIN_ROLE)


def came_from(tok: Any, ctx: ArticleContext) -> bool:
    """ "fired from the city of X", "launched from X" (events.yaml: origin_launch_verbs),
    "fighters from X", "the X militia", "X's police", "a drone attack from X": the name
    says where a weapon, a strike or a party came from."""
    if tok.dep_ in ("compound", "poss") and _a_party_itself(tok.head, ctx):
        return tok.head.i not in ctx.place_at  # not "the Aleppo city council": a place too
    preposition = _preposition_over(tok)
    if preposition is None or preposition.lower_ != "from":
        return False
    sender = preposition.head
    launches = get_lexicon().events["origin_launch_verbs"]
    if sender.dep_ in ("dobj", "nsubjpass") and sender.head.lemma_.lower() in launches:
        return True  # "fired mortar rounds from X": the rounds' flight began at X
    if sender.pos_ in ("VERB", "AUX"):
        return sender.lemma_.lower() in launches
    return _a_party_itself(sender, ctx) or _an_act_sent(sender)


def _an_act_sent(noun: Any) -> bool:
    """ "a drone attack from X", "rocket fire from X": a strike or what it hurls comes from
    X and lands elsewhere (events.yaml: origin_act_nouns, means_nouns)."""
    events = get_lexicon().events
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in events["origin_act_nouns"] or lemma in events["means_nouns"])


def _a_party_itself(noun: Any, ctx: ArticleContext) -> bool:
    """The word is an actor's name or a group's ("rebels", "the X militia"), not an act
    done by one near it ("Russian troop withdrawals from X": the withdrawal was at X)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i in ctx.actor_at or noun.ent_type_ in ("ORG", "NORP"):
        return True
    return noun.lemma_.lower() in get_lexicon().events["origin_party_nouns"]


def _preposition_over(tok: Any) -> Any | None:
    """The preposition whose object the name's phrase is: "from the Yemeni city of X" gives
    "from", past the "of" of "the city of X"."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return None
    preposition = tok.head
    if preposition.lower_ == "of" and preposition.head.dep_ == "pobj":
        return preposition.head.head
    return preposition


def names_a_party(noun: Any, ctx: ArticleContext) -> bool:
    """An actor, a person or whoever speaks ("a rights group based in X said"), not a
    thing ("gas fields located in X": X is theirs)."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP") or actor_near(ctx, noun) is not None:
        return True
    speech = get_lexicon().certainty("attribution_verbs")
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in speech
