"""A state of war told with a preposition: "X is at war with Y (and with Z)", "X has been at
war with Y since 2015", "X is locked in a war with Y", "X is embroiled in a conflict with Y".

"At war" takes the war nouns alone; "in" only after a verb of being held in it
(``engaged_verbs``: "locked", "embroiled", "engaged"), so "a role in the war with Y" or
"killed in a battle with Y" are left to the cues of the deed. Split from extract/enmity.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.extract.relsubjects import acting_subject


def at_war_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X is at war with Y (and with Z)", "X has been at war with Y since 2015", "X is
    locked in a war with Y", "X is engaged in a battle with Y"."""
    if tok.dep_ != "pobj":
        return
    holder = tok.head.head
    if _engaged_in(tok) and holder.dep_ == "acomp":
        holder = holder.head  # "remains engaged in a war with Y": the subject of "remains"
    elif not (_at_war(tok) and holder.pos_ in ("VERB", "AUX")) and not _engaged_in(tok):
        return
    subj = acting_subject(holder, ctx)
    fighter = actor_near(ctx, subj)
    withs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"]
    withs += [c for p in withs for c in p.children if c.dep_ == "conj" and c.lower_ == "with"]
    for prep in withs:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for enemy in coordinated_actors(obj, ctx):
                yield from pair_of("fights", fighter, enemy, tok)


def _at_war(noun: Any) -> bool:
    return noun.head.lower_ == "at" and noun.lemma_.lower() in words("war_nouns")


def _engaged_in(noun: Any) -> bool:
    """ "locked in a war with Y", "embroiled in a conflict with Y"; not "a power struggle"."""
    return (
        noun.head.lower_ == "in"
        and lemma_of(noun.head.head) in words("engaged_verbs")
        and noun.lemma_.lower() in words("engaged_war_nouns")
    )
