"""Whose operation a noun names, and ties stated through an operation.

"The SDF offensive", "the campaign launched by the SDF", "the SDF launched an offensive"
name the operation's doer in the phrase; "the offensive" alone is the operation an
earlier sentence told of ("The SDF initiated ground operations on Monday. The ground
offensive, supported by coalition strikes, ..."): the one supported, or fighting, is
that operation's doer. Operation nouns are the lexicon's ``co_agent_nouns``.

Also here: "anti-X" modifiers ("anti-IS militias", "the anti-ISIS
coalition"), which name an enemy of the head, never the head itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.context import (
    ArticleContext,
    actor_near,
    anti_mention,
    opposing_prefix,
)
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.postlinks import article_state_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relspan import mention_head
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.kb.actors.articlestate import class_in_state
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]
_LOOK_BACK = 2  # sentences an operation noun may point back over
_OWNER_DEPS = frozenset({"compound", "poss", "nmod"})


@cache
def _words(key: str) -> frozenset[str]:
    return get_lexicon().relation_words(key)


def is_operation(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _words("co_agent_nouns")


def operation_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Who carries out the operation the noun names: in its phrase, else (for "the
    offensive") the doer of the last operation the previous sentences name."""
    if not is_operation(noun):
        return None
    found = doer_in_phrase(noun, ctx)
    if found is not None or not _definite(noun):
        return found
    return _earlier_doer(noun, ctx)


def doer_in_phrase(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the SDF offensive", "the offensive launched by the SDF" (a verb of doing, not
    "supported by"), "the SDF launched an offensive" (the subject of the verb the
    operation is the object of)."""
    for child in noun.children:
        if child.dep_ in _OWNER_DEPS:
            found = actor_near(ctx, child, depth=1)
            if found is not None and not anti_mention(found, ctx):
                return found
        if child.dep_ == "acl" and child.lemma_.lower() in _words("co_agent_verbs"):
            agents = pobjs(child, frozenset({"by"}))
            if agents:
                return actor_near(ctx, agents[0])
    if noun.dep_ == "dobj":
        subj = acting_subject(noun.head, ctx)
        return actor_near(ctx, subj)
    # "the campaign was launched by X"; not "the offensive was backed by X", whose X backs it
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _words("co_agent_verbs"):
        agents = pobjs(noun.head, frozenset({"by"}))
        return actor_near(ctx, agents[0]) if agents else None
    return None


def _definite(noun: Any) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
        for c in noun.children
    )


def _earlier_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    sent = noun.sent
    for _ in range(_LOOK_BACK):
        if sent.start == 0:
            return None
        sent = noun.doc[sent.start - 1].sent
        for tok in reversed(sent):
            if is_operation(tok):
                found = doer_in_phrase(tok, ctx)
                if found is not None:
                    return found
    return None


def anti_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "the anti-ISIS coalition", "anti-Assad rebels": the head fights the named enemy,
    whether the name is a mention of its own or inside the head's mention."""
    mention = ctx.actor_at.get(tok.i)
    if mention is None or tok.idx != mention.start:
        return
    if anti_mention(mention, ctx):
        head = mention_head(tok, mention)
        fighter = ctx.actor_at.get(head.head.i)
        if fighter is not None and fighter is not mention:
            yield "fights", fighter, mention, tok
    elif opposing_prefix(mention.text):
        enemy = _enemy_inside(mention, ctx)
        named = (
            next((t for t in tok.doc[tok.i : tok.i + 4] if t.idx == enemy.start), None)
            if enemy
            else None
        )
        if enemy is not None and named is not None:
            yield "fights", mention, enemy, named  # the enemy's own word is the cue


def _enemy_inside(mention: Mention, ctx: ArticleContext) -> Mention | None:
    """The X of a mention "anti-X heads" ("anti-ISIS coalition" -> ISIS)."""
    prefix = opposing_prefix(mention.text)
    words = mention.text[len(prefix) :].split()
    for size in range(len(words) - 1, 0, -1):
        name = " ".join(words[:size])
        match = ctx.kb.resolve(name, label="ORG", date=ctx.published)
        if match is not None and match.actor_id != mention.actor_id:
            start = mention.start + len(prefix)
            in_state = class_in_state(ctx.kb, match.actor_id, article_state_of(ctx), ctx.published)
            return Mention(
                mention.article_id,
                mention.sentence_index,
                start,
                start + len(name),
                name,
                "ORG",
                actor_id=in_state or match.actor_id,  # "anti-regime": the state's government
                resolution=match.method,
            )
    return None
