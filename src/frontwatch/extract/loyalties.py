"""Allies named by a word of loyalty: a named armed group described as loyal to the
government is allied with the government of the article's state.

The description is found on the group's own noun ("pro-government Palestinian factions",
"the loyalist Desert Hawks"), on a noun beside the name ("X, a pro-regime militia",
"pro-government militiamen known as X", "X is a government-aligned militia") or on the
noun a founding or a role names it as ("X was founded as a pro-government militia", "it
emerged as a loyalist force"). Which government is the article's state's (as "the regime"
is: ``loyal_to`` names the class). A class ("pro-government militias", "loyalist forces")
names no one, nor do the members it counts ("pro-government fighters, among them X"), and the government's own forces ("the pro-government Syrian army") are no
ally of it. Words are data (``relations.yaml``: ``loyal_prefixes``, ``loyal_objects``,
``loyal_words``, ``loyal_participles``, ``loyal_to``; events.yaml: ``naming_participles``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.amongthem import listed_among
from frontwatch.extract.armed import GENERIC_PREFIX
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.memberallies import armed_group
from frontwatch.extract.postlinks import article_state_of
from frontwatch.extract.relpairs import Pair, words
from frontwatch.kb.actors.articlestate import class_in_state
from frontwatch.records import Mention

_SUBJECTS = ("nsubj", "nsubjpass")


def loyal_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X, a pro-government militia": X is allied with the article's government."""
    noun = _described_noun(tok)
    if noun is None:
        return
    group = _named_group(noun, ctx)
    if group is None:
        return
    government = _government(tok, ctx)
    if government is None or ctx.kb.body_of(government.actor_id) == ctx.kb.body_of(group.actor_id):
        return
    yield "allied", group, government, tok


def _described_noun(tok: Any) -> Any:
    """The noun a loyalty word describes, or None when the token is no such word."""
    doc, form = tok.doc, tok.lower_
    if form in words("loyal_words"):
        return tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") else None
    if form in words("loyal_prefixes"):  # "pro - government", "pro - Syrian government"
        after = doc[tok.i + 2 : min(tok.i + 4, tok.sent.end)]
        if tok.i + 1 >= tok.sent.end or doc[tok.i + 1].text != "-":
            return None
        if not any(t.lemma_.lower() in words("loyal_objects") for t in after):
            return None
    elif form in words("loyal_participles"):  # "government - aligned"
        if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 2].lemma_.lower() not in words("loyal_objects"):
            return None
    else:
        return None
    noun = tok.head
    while noun.dep_ in ("amod", "compound") and noun.pos_ != "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # "pro - government": each piece hangs on the next
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _named_group(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The named armed group the described noun is or stands for."""
    members = {m.start for m in listed_among(noun, ctx)}  # counted by a class: not its name
    for candidate in _candidates(noun):
        mention = actor_near(ctx, candidate) if candidate.pos_ == "PRON" else ctx.actor_at.get(candidate.i)
        if mention is not None and mention.start not in members and _named_armed(mention, ctx):
            return mention
    return None


def _candidates(noun: Any) -> Iterator[Any]:
    yield noun  # "pro-government Palestinian factions"
    for child in noun.children:
        if child.dep_ == "appos":
            yield child  # "a loyalist militia, the Desert Hawks"
        preps = get_lexicon().events["naming_participles"].get(child.lemma_.lower())
        if child.dep_ == "acl" and preps is not None:  # "militiamen known as shabiha", "called X"
            for prep in child.children:
                yield from (o for o in prep.children if prep.lower_ in preps and o.dep_ == "pobj")
            yield from (o for o in child.children if o.dep_ in ("oprd", "dobj", "attr"))
    if noun.dep_ == "appos":
        yield noun.head  # "X, a pro-regime militia"
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        yield from (c for c in head.children if c.dep_ in _SUBJECTS)  # "X is a ... militia"
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        yield from (c for c in head.head.children if c.dep_ in _SUBJECTS)  # "founded as"


def _named_armed(mention: Mention, ctx: ArticleContext) -> bool:
    return not mention.actor_id.startswith(GENERIC_PREFIX) and armed_group(mention, ctx)


def _government(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The government of the article's state, named by the loyalty word itself."""
    state = article_state_of(ctx)
    actor_id = next(
        (found for c in sorted(words("loyal_to")) if (found := class_in_state(ctx.kb, c, state, ctx.published))),
        "",
    )
    if not actor_id:
        return None
    return Mention(ctx.article.id, -1, tok.idx, tok.idx + len(tok.text), tok.text, "ACTOR", actor_id=actor_id, resolution="context")


__all__ = ["loyal_pairs"]
