"""Ties a group profile states by what the group is part of or close to (issue #12).

Encyclopaedic paragraphs about one armed group ("X is an Iraqi Shia militia formed in
2013. The group has close ties to Y, and is one of the original militias that formed Z")
tell the group's place in the war by description, not by a deed:

- close ties: "X has close ties to Y", "X maintains strong links with Y", "a militia with
  deep ties to Y", "X's close relationship with Y", "X deepened its bonds with Y": a tie
  noun (``close_tie_nouns``) held by one armed group and reaching another ("to", "with")
  allies them, when an adjective says it is close (``close_tie_adjectives``) or a verb says
  it was made closer (``tie_deepening_verbs``). A tie to a state ("close ties to Tehran")
  is no alliance: whether it is backing is not said.
- founding members: "X is one of the original militias that formed Y", "X was among the
  groups that founded Y", "X is one of the factions that make up Y": the group is one of the
  class a relative clause of founding or forming (``founding_verbs``) says made Y, so a
  member of Y (and, both being armed groups, its ally: extract/memberallies.py).

The subject is read as the other cue rules read it: "It" and "The group" stand for the
profile's group (extract/anaphora.py, extract/crossrefs.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.memberallies import armed_group
from frontwatch.extract.oneofclass import one_of_the_class
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relpairs import Pair, pair_of, side_named, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_REACHING = frozenset({"to", "with"})
_HOLDING = frozenset({"with"})


def close_tie_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X has close ties to Y", "a militia with strong links to Y", "X deepened its bonds
    with Y": X and Y are allies when both are armed groups of no state."""
    if lemma_of(tok) not in words("close_tie_nouns") or not _close(tok):
        return
    reaching = pobjs(tok, _REACHING)
    if not reaching and tok.dep_ == "dobj":  # "deepened its bonds with Y": the "with" on the verb
        reaching = pobjs(tok.head, _REACHING)
    other = next((m for m in (actor_near(ctx, o, depth=1) for o in reaching) if m), None)
    holder = _holder(tok, ctx)
    if other is None or holder is None or not armed_group(holder, ctx) or not armed_group(other, ctx):
        return
    yield from pair_of("allied", holder, other, tok)


def _ties(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def _close(noun: Any) -> bool:
    """The tie is said to be close, or a verb makes it closer ("deepened its bonds")."""
    close = _ties("close_tie_adjectives")
    for mod in (c for c in noun.children if c.dep_ == "amod"):
        whole = noun.doc[mod.left_edge.i : mod.i + 1].text.lower().replace(" ", "")  # "long-standing"
        if lemma_of(mod) in close or whole in close:
            return True
    return noun.dep_ == "dobj" and lemma_of(noun.head) in _ties("tie_deepening_verbs")


def _holder(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Who holds the tie: its possessor ("X's close ties"), the noun a "with" phrase hangs
    on ("a militia with close ties to Y" describing X), or the subject of the verb it is the
    object of ("X has / maintains / deepened ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return actor_near(ctx, owner, depth=1)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _HOLDING and head.head.pos_ in ("NOUN", "PROPN"):
        return _described(head.head, ctx)
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return side_named(acting_subject(head, ctx), ctx)
    return None


def _described(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The group a describing noun stands for: its own name, the name it is in apposition
    to, or the subject it is the predicate of ("X is a militia with ...")."""
    own = actor_near(ctx, noun, depth=0)
    if own is not None and not own.actor_id.startswith("GEN_"):
        return own
    if noun.dep_ == "appos":
        return actor_near(ctx, noun.head, depth=1)
    if noun.dep_ == "attr":
        return side_named(acting_subject(noun.head, ctx), ctx)
    return None


def founding_member_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X is one of the (original) militias that formed Y", "X was among the groups that
    founded Y": X is a member of Y."""
    if tok.dep_ != "relcl" or not _founding(tok):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in tok.children):
        return  # the class noun must be the founder: "the militias that Iran formed" is not
    founded = next((actor_near(ctx, c, depth=1) for c in tok.children if c.dep_ == "dobj"), None)
    member = one_of_the_class(tok.head, ctx)
    if founded is None or member is None:
        return
    yield from pair_of("member_of", member, founded, tok.head)


def _founding(verb: Any) -> bool:
    """A verb of founding or forming, alone ("formed") or with its particle ("make up")."""
    lemma, founding = lemma_of(verb), words("founding_verbs")
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return (lemma in founding and not particles) or any(f"{lemma} {p}" in founding for p in particles)
