"""Backing told as help to a deed of war: "X sent fighters to help Y fight Z", "Russian jets
helped the army recapture the town", "X deployed jets to help Y retake T".

The one helped (the subject of the deed "help" governs, or its object) is backed by the
helper: the subject of "help", or of the clause whose purpose it is ("X sent troops to
help ..."). Help to any other end ("helped negotiate a truce", "helped civilians flee")
ties no one; nor does help to two sides together ("helped Y and Z hold talks"), and an
everyday verb ("hold", "break") is a deed of war only done to a place, a side or a fight
("hold the port", "break the siege"; not "hold talks", "break the deadlock"). The words
are data (``relations.yaml``: ``helping_verbs``,
``helped_deed_verbs``, ``everyday_deed_verbs``, ``war_objects``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import is_combatant
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_DEED_DEPS = frozenset({"ccomp", "xcomp"})
_BY = frozenset({"by"})
_FIGHT_TYPES = frozenset({"ASSAULT", "COERCE"})  # "break the siege", "hold off the offensive"
_PLACE_CLASSES = ("control", "territory")


def helping_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X helped Y retake T", "X sent troops to help Y fight Z": X backs Y."""
    if tok.pos_ == "VERB" and lemma_of(tok) in words("sent_help_verbs"):
        yield from _armed_men_sent_to_help(tok, ctx)
    if tok.pos_ != "VERB" or lemma_of(tok) not in words("helping_verbs"):
        return
    deed = next(
        (c for c in tok.children
         if c.dep_ in _DEED_DEPS and lemma_of(c) in words("helped_deed_verbs")),
        None,
    )  # fmt: skip
    if deed is None:
        yield from _plain_help(tok, ctx)
        return
    if not deed_of_war(deed, ctx):
        return
    helped = _helped(tok, deed, ctx)
    helper = _helper(tok, ctx)
    if helped is not None and helper is not None and helped.actor_id != helper.actor_id:
        yield "backs", helper, helped, tok


def _plain_help(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "The YPG were helping the Syrian army", "Turkey helped the rebels at al-Bab": help
    given to an armed side with no end named backs it, as "aided" would; help with an end
    named is read above ("helped Y negotiate a truce" ties no one), and help to people
    ("helped civilians", "helped the wounded"), to a side's things ("helped Russia's
    economy") and to two sides together back no one."""
    if any(c.dep_ in _DEED_DEPS for c in verb.children):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ in ("cc", "conj") for o in objects for c in o.children):
        return  # two sides helped together, or a list the parser broke ("helped Y and Z hold talks")
    helped = next((actor_near(ctx, o, depth=1) for o in objects if _names_a_side(o, ctx)), None)
    helper = _helper(verb, ctx)
    if (
        helped is not None
        and helper is not None
        and helped.actor_id != helper.actor_id
        and is_combatant(helped, ctx)
        and is_combatant(helper, ctx)
    ):
        yield "backs", helper, helped, verb


def _names_a_side(noun: Any, ctx: ArticleContext) -> bool:
    """The object of plain help names a side itself ("the Syrian army", "ISIS fighters"), not
    a thing a side owns ("helped Russia's economy", "the government's finances")."""
    return noun.i in ctx.actor_at or lemma_of(noun) in get_lexicon().events["member_from_nouns"]


def _armed_men_sent_to_help(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Damascus sent militias to help the Kurds", "Iran dispatched fighters to reinforce
    the army", "fighters sent by Iran to shore up the army": armed men sent to help an armed side are backing, with or without a deed
    named; help sent to people ("to protect civilians") or as goods backs no one."""
    sending = verb.head if verb.dep_ in ("advcl", "xcomp", "acl") else None
    if sending is not None and verb.dep_ == "acl":
        sending = sending.head if sending.dep_ == "dobj" else None
    if sending is None or lemma_of(sending) not in words("sending_verbs"):
        return
    sent, helper = _sent_and_sender(sending, ctx)
    if not any(is_combatant(actor_near(ctx, s, depth=1), ctx) for s in sent):
        return
    helped = next((actor_near(ctx, c, depth=1) for c in verb.children if c.dep_ == "dobj"), None)
    if (
        is_combatant(helped, ctx)
        and helper is not None
        and helped is not None
        and helped.actor_id != helper.actor_id
    ):
        yield "backs", helper, helped, verb


def _sent_and_sender(sending: Any, ctx: ArticleContext) -> tuple[list[Any], Mention | None]:
    """The men sent and who sent them: "X sent fighters", or "fighters sent by X" (a
    participle on the men, its sender the "by" agent)."""
    if sending.dep_ == "acl" and sending.tag_ == "VBN":
        return [sending.head], first_actor(pobjs(sending, _BY), ctx)
    sent = [c for c in sending.children if c.dep_ == "dobj"]
    return sent, actor_near(ctx, acting_subject(sending, ctx), depth=1)


def deed_of_war(deed: Any, ctx: ArticleContext) -> bool:
    """An everyday verb ("hold", "break") only with a place, a side or a fight as object."""
    if lemma_of(deed) not in words("everyday_deed_verbs"):
        return True
    objects = [c for c in deed.children if c.dep_ == "dobj"]
    return any(_of_war(o, ctx) for o in objects)


def _of_war(noun: Any, ctx: ArticleContext) -> bool:
    lexicon = get_lexicon()
    lemma = noun.lemma_.lower()
    if noun.i in ctx.place_at or actor_near(ctx, noun, depth=1) is not None:
        return True
    if lemma in words("war_objects") or any(
        lemma in lexicon.object_class(c) for c in _PLACE_CLASSES
    ):
        return True
    return lexicon.nouns.get(lemma, {}).get("type") in _FIGHT_TYPES


def _helped(verb: Any, deed: Any, ctx: ArticleContext) -> Mention | None:
    """Y of "helped Y retake T" (the deed's subject) or "helped Y to retake T" (the object);
    no one when two sides are helped together ("helped Y and Z hold talks")."""
    heads = [c for c in deed.children if c.dep_ == "nsubj"]
    heads += [c for c in verb.children if c.dep_ == "dobj"]
    if any(actor_near(ctx, c, depth=1) for h in heads for c in h.children if c.dep_ == "conj"):
        return None
    return next((m for m in (actor_near(ctx, h, depth=1) for h in heads) if m), None)


def _helper(verb: Any, ctx: ArticleContext) -> Mention | None:
    """The subject of "help", or of the clause "to help" is the purpose of: "X sent troops
    to help" (on the verb), "X deployed jets to help" (on its object, "jets to help"); not
    the object the parser gives "to help" as its subject ("jets")."""
    governor = None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        if verb.dep_ in ("advcl", "xcomp"):
            governor = verb.head
        elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            governor = verb.head.head
        if governor is not None and governor.pos_ == "ADJ" and governor.dep_ == "acomp":
            governor = governor.head  # "X is committed / ready to help Y ...": X helps
    subject = acting_subject(governor if governor is not None else verb, ctx)
    return actor_near(ctx, subject, depth=1) if subject is not None else None
