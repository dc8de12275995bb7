"""A place name in an act's clause that tells of a party, not of where the act was: whose
("U.S. airstrikes", "Syria's army", "talks with Ankara", "the armed forces of the Russian
Federation") or where a party sits ("terrorists positioned in X fired at Y"), unless the
party is struck there. Split from extract/eventplace.py, which skips such names."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placeorigin import names_a_party

_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def names_whose(tok: Any, ctx: ArticleContext) -> bool:
    """A place name that modifies an actor's name, or lies inside it, says whose."""
    mention = ctx.actor_at.get(tok.i)
    if mention is None:
        return False
    if tok.dep_ == "npadvmod" and tok.head.dep_ == "amod":
        return True  # "US-led", "Iranian-backed": the name qualifies who leads or backs
    if tok.dep_ in _MODIFIER_DEPS or ctx.actor_at.get(tok.head.i) is mention:
        return True
    return _party_object(tok, ctx)


def _party_object(tok: Any, ctx: ArticleContext) -> bool:
    """A name that is also an actor's, behind a preposition of dealings ("at war with
    Damascus", "talks with Ankara and Doha") or of belonging ("the armed forces
    of the Russian Federation"): the party, not the act's place."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    preposition = tok.head
    if preposition.lower_ in _DEALINGS or _an_author(preposition):
        return True
    return preposition.lower_ == "of" and preposition.head.i in ctx.actor_at


def _an_author(preposition: Any) -> bool:
    """ "rejected a demand from Tehran", "welcomed the offer by Damascus": the name after
    "by" or "from" on a thing said or proposed (events.yaml: ``authored_nouns``) is who
    made it, not where."""
    authored = get_lexicon().events["authored_nouns"]
    if preposition.lower_ not in get_lexicon().events["author_preps"]:
        return False
    holder = preposition.head
    # the parser hangs "from X" on the verb as often as on its object ("rejected a proposal
    #   from Ankara")
    things = [holder, *(c for c in holder.children if c.dep_ == "dobj" and c.i < preposition.i)]
    return any(lemma_of(t) in authored for t in things)


# "strikes against Syria" keep Syria: a target's name may be where it is hit; "by" too
# ("a truce announced by Russia"): the gold lists such a name among the text's places
_DEALINGS = frozenset({"with", "between", "among", "alongside"})


def where_a_party_stands(tok: Any, ctx: ArticleContext) -> bool:
    """ "terrorists positioned in X fired shells at Y", "the monitor, based in Britain,
    said": X says where a party sits or fires from, and a shell lands, a strike hits and
    a report tells of somewhere else (events.yaml: party_position_participles)."""
    words = frozenset(get_lexicon().events["party_position_participles"])
    for above in tok.ancestors:
        if above.dep_ == "acl" and above.lemma_.lower() in words:
            return names_a_party(above.head, ctx) and not _struck(above.head)
        if above.dep_ not in ("prep", "pobj", "compound", "appos"):
            return False
    return False


def locates_a_doer(tok: Any, ctx: ArticleContext) -> bool:
    """ "militants in Somalia stormed the base", "a militia group in Iraq fired rockets at
    the camp": the name after "in" on a party says where the party is, a weaker sign of
    where its act was than the place the act names, unless the party is struck there
    ("strikes on militants in X")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return False
    party = tok.head.head
    return (
        party.pos_ in ("NOUN", "PROPN")
        and party.i in ctx.actor_at
        and names_a_party(party, ctx)
        and not _struck(party)
    )


def _struck(noun: Any) -> bool:
    """The party is hit where it stands: "jets bombed troops stationed at the airbase",
    "fighters based in the town were attacked", "strikes on militants based in X"; or what
    it holds there is ("an assault on a base belonging to forces stationed in X", "attacked
    the headquarters of soldiers stationed in X"): the party's phrase hangs on the target."""
    for _ in range(_HOLDER_STEPS):
        if noun.dep_ in ("dobj", "nsubjpass"):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ in _ON_A_TARGET:
            return True
        holder = _holder_of(noun)
        if holder is None:
            return False
        noun = holder
    return False


def _holder_of(noun: Any) -> Any | None:
    """The noun whose phrase holds the party's: "a base belonging to forces" (through the
    participle), "the headquarters of soldiers" (through "of")."""
    link = noun.head
    if noun.dep_ != "pobj" or link.dep_ not in ("prep", "agent"):
        return None
    above = link.head
    if above.dep_ == "acl" and of_possession(above):
        above = above.head  # "a base belonging to forces", "a depot owned by militants"
    return above if above.pos_ in ("NOUN", "PROPN") and above.i != noun.i else None


def of_possession(participle: Any) -> bool:
    """ "belonging to", "owned by" (events.yaml: possession_participles)."""
    return lemma_of(participle) in get_lexicon().events["possession_participles"]


_HOLDER_STEPS = 3  # the party, what it holds, and what holds that


_ON_A_TARGET = frozenset({"on", "against", "at", "upon", "targeting"})
