"""Backing told through the arms a side received: "X received American missiles", "X and Y,
both of which have received American missiles", "Saudi-supplied arms reached X", "X fired
its U.S.-supplied missiles" -> the giver backs X.

The giver is the state or side whose name modifies the arms noun of a receiving verb
(``owned_arms_verbs``: "received American missiles"; "obtained", "captured" or a maker's
"Russian-made rifles" name no giver), or the name before a hyphenated participle of giving
(``supplying_participles``: "Saudi-supplied arms"), wherever those arms go: to the object of
an arriving verb (``arriving_verbs``), to the receiver of a receiving verb, or to the owner
of the arms; and the name on the arms a side was supplied with ("the Peshmerga, supplied with
German missiles": ``supplied_with_verbs``). The words are data (``relations.yaml``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relpairs import name_in_words
from frontwatch.extract.relsubjects import doer_of
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.records import Mention

_OWNER_DEPS = frozenset({"amod", "compound", "nmod"})
_TO = frozenset({"to"})
_OF = frozenset({"of"})
_WITH = frozenset({"with"})
_PARTICIPLE_DEPS = frozenset({"acl", "relcl"})


def received_arms_pairs(noun: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X received American missiles", "Saudi-supplied arms reached X": the giver backs X."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in words("giving_objects"):
        return
    if lemma_of(noun) in words("support_nouns"):
        return  # "American support" is the support cues' to read
    listed = _first_listed(noun)  # "supplied with Saudi rifles and American missiles"
    if listed.dep_ == "pobj" and listed.head.lower_ in _WITH:
        yield from _supplied_with(noun, listed.head.head, ctx)
        return
    supplier = _supplier(noun, ctx)
    verb = noun.head
    received = noun.dep_ == "dobj" and not _fired(noun)
    receiving = received and lemma_of(verb) in words("owned_arms_verbs") and _held(noun)
    flowing = supplier is None and _money_arriving(noun, verb)
    if flowing and not _given_money(noun, ctx):
        return  # "stolen Iraqi oil money flowed to X": no gift of Iraq's
    giver = supplier or (_owner(noun, ctx) if receiving or flowing else None)
    if giver is None:
        return
    for receiver in _receivers(noun, verb, receiving, supplier is not None or flowing, ctx):
        if not (flowing and _names_a_place(receiver, ctx)):  # "money reached Beirut": a city
            yield from pair_of("backs", giver, receiver, noun)


def _first_listed(noun: Any) -> Any:
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _supplied_with(noun: Any, verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "the Peshmerga, supplied with German missiles", "the rebels were resupplied with
    American rockets": the state the arms are named by gave them to the side supplied. Only
    a participle or a passive of supplying (``supplied_with_verbs``: not "armed with" or
    "equipped with", whose arms may be captured or merely of that make), and never a maker's
    "American-made"; in "X supplied Y with Z" X is the giver (the backing verbs' to read)."""
    if lemma_of(verb) not in words("supplied_with_verbs") or not _held(noun):
        return
    if any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    side = passive if passive is not None else (verb.head if verb.dep_ == "acl" else None)
    giver = _owner(noun, ctx)
    receiver = actor_near(ctx, side, depth=1) if side is not None else None
    if giver is not None and receiver is not None:
        yield from pair_of("backs", giver, receiver, noun)


def _money_arriving(noun: Any, verb: Any) -> bool:
    """ "Qatari money reached X", "Iranian cash flowed to X": money, the subject of an
    arriving verb, names its giver by its modifier as a hyphenated participle would."""
    return (
        noun.dep_ == "nsubj"
        and lemma_of(noun) in words("flowing_money_nouns")
        and lemma_of(verb) in words("arriving_verbs")
    )


def _given_money(noun: Any, ctx: ArticleContext) -> bool:
    """Money whose modifiers can name its giver: no word of money taken from its owner
    ("stolen", "smuggled", "looted": ``taken_money_modifiers``) and no noun before it that
    names no side ("Iraqi oil money" is the oil's, not Iraq's gift)."""
    taken = words("taken_money_modifiers")
    for mod in (c for c in noun.children if c.dep_ in _OWNER_DEPS):
        if mod.lower_ in taken or lemma_of(mod) in taken:
            return False
        if mod.dep_ == "compound" and mod.pos_ == "NOUN" and mod.i not in ctx.actor_at:
            return False
    return True


def _names_a_place(mention: Mention, ctx: ArticleContext) -> bool:
    return any(mention.start <= ctx.doc[i].idx < mention.end for i in ctx.place_at)


def _held(noun: Any) -> bool:
    """Arms a side can hold ("received American missiles"), not an attack it took ("received
    Turkish airstrikes", "received Israeli missile strikes")."""
    return lemma_of(noun) in words("held_arms_nouns")


def _fired(noun: Any) -> bool:
    """Arms told as fired ("received Iranian rockets fired by militants") were no gift."""
    return any(
        c.dep_ in _PARTICIPLE_DEPS and lemma_of(c) in words("arms_firing_participles")
        for c in noun.children
    )


def _supplier(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The name before a hyphenated participle of giving: "Saudi-supplied", "U.S.-provided"."""
    for mod in (c for c in noun.children if c.dep_ == "amod"):
        head, _hyphen, participle = mod.text.rpartition("-")
        if head and participle and _supplying(participle.lower()):  # one token: "U.S.-supplied"
            return actor_near(ctx, mod) or name_in_words(head, mod.idx, _sentence_of(noun, ctx), ctx)
        if _supplying(mod.lower_) and any(c.dep_ == "punct" and c.text == "-" for c in mod.children):
            return next(
                (m for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                 if (m := actor_near(ctx, c)) is not None),
                None,
            )  # fmt: skip
    return None


def _supplying(word: str) -> bool:
    return word in words("supplying_participles")


def _owner(noun: Any, ctx: ArticleContext) -> Mention | None:
    """A state or side named by a modifier of the arms ("American missiles"); a word with a
    hyphen ("Russian-made", "anti-tank") names a maker or a kind, no giver."""
    for mod in (c for c in noun.children if c.dep_ in _OWNER_DEPS and "-" not in c.text):
        if any(c.text == "-" for c in mod.children):
            continue
        found = actor_near(ctx, mod)
        if found is not None:
            return found
    return None


def _receivers(
    noun: Any, verb: Any, receiving: bool, supplied: bool, ctx: ArticleContext
) -> list[Mention]:
    if receiving:
        return _doers(verb, ctx)
    if not supplied:
        return []
    if noun.dep_ == "nsubj" and lemma_of(verb) in words("arriving_verbs"):
        heads = [c for c in verb.children if c.dep_ == "dobj"] or pobjs(verb, _TO)
        found = first_actor(heads, ctx)
        return [found] if found is not None else []
    if noun.dep_ == "dobj" and lemma_of(verb) in words("arms_receiving_verbs"):
        return [] if _fired(noun) else _doers(verb, ctx)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        using = verb_above(noun)  # "X fired its U.S.-supplied missiles", not "X destroyed its ..."
        return _doers(using, ctx) if lemma_of(using) in words("arms_using_verbs") else []
    found = actor_near(ctx, owner) if owner is not None else None
    return [found] if found is not None else []


def _sentence_of(tok: Any, ctx: ArticleContext) -> int:
    """The index of the token's sentence in its document."""
    return bisect.bisect_right(ctx.sentence_starts, tok.sent.start_char) - 1


def _doers(verb: Any, ctx: ArticleContext) -> list[Mention]:
    """The receivers: the clause's doer, or each side a partitive relative stands for
    ("X and Y, both of which have received ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and any(
        p.lower_ in words("partitive_relatives") for p in pobjs(subject, _OF)
    )
    if relative and verb.dep_ == "relcl":
        return coordinated_actors(verb.head, ctx)
    found = doer_of(verb, ctx)
    return [found] if found is not None else []


__all__ = ["received_arms_pairs"]
