"""Sides named together as the doers of one act did it together: neither is its target.

"Two assaults spearheaded by Ahrar al-Sham and the Nusra Front", "an offensive launched by
Hezbollah and the Syrian army": a step reading the clause, or one filling a side the
clause leaves open from the article's foes, may make one of the joined names the act's
target; the two are partners in it. A mutual fight keeps its pair apart ("Turkish troops
and Kurdish fighters clashed": ``reciprocal_fight_verbs`` and ``reciprocal_verbs`` in
relations.yaml), as does "X and Y attacked each other" (``reciprocal_phrases`` in
events.yaml); only a list in the doer's place counts (a subject, or an agent after "by"):
"an attack on US, coalition and Iraqi forces" lists whom it hit.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.text import span_text
from frontwatch.records import Event

_AGENT_PREPS = frozenset({"by"})


def partners_are_no_targets(events: list[Event], ctx: ArticleContext) -> None:
    """Clear, in place, the target of hostile acts whose target is joined to the doer by
    "and"; talks and deals of two ("Iran and Iraq discussed X") are theirs together."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    for event in events:
        sided = event.type in hostile and event.source_actor and event.target_actor
        trigger = ctx.trigger_token(event.id) if sided else None
        if trigger is None or _mutual(trigger) or _each_other(trigger.sent):
            continue
        doers = _heads(event.source_actor, trigger.sent, ctx)
        aimed = _heads(event.target_actor, trigger.sent, ctx)
        if any(_joined(doer, other) for doer in doers for other in aimed):
            event.target_actor = ""
            event.target_text = ""


def _heads(actor_id: str, sent: Any, ctx: ArticleContext) -> list[Any]:
    """The head words of the sentence's mentions of the actor, or of an organ of its state
    ("the Lebanese Armed Forces" for Lebanon)."""
    heads = []
    top = ctx.kb.top_of(actor_id)
    for mention in ctx.actor_mentions:
        if not mention.actor_id or not sent.start_char <= mention.start < sent.end_char:
            continue
        if mention.actor_id != actor_id and ctx.kb.top_of(mention.actor_id) != top:
            continue
        span = expanded_span(ctx.doc, mention.start, mention.end)
        if span is not None:
            heads.append(span.root)
    return heads


def _joined(doer: Any, other: Any) -> bool:
    """Two words of one "and" list that names who did something: a subject, or the agent
    after "by"; not a list of whom an act hit ("an attack on US, coalition and Iraqi
    forces"), nor the pair of "between X and Y", nor that of a mutual verb."""
    if other not in doer.conjuncts:
        return False
    first = min((doer, *doer.conjuncts), key=lambda tok: tok.i)
    doing = first.dep_ == "nsubj" or (first.dep_ == "pobj" and first.head.lower_ in _AGENT_PREPS)
    return doing and not _mutual(first.head) and not _under_between(first)


def _under_between(tok: Any) -> bool:
    """ "between factions led by X and Y": the parser's list of leaders inside a "between"
    phrase pairs the two sides (extract/argsides.py), not two partners."""
    return any(a.lower_ == "between" and a.dep_ == "prep" for a in tok.ancestors)


def _mutual(word: Any) -> bool:
    words = get_lexicon().relation_words
    return lemma_of(word) in words("reciprocal_fight_verbs") | words("reciprocal_verbs")


def _each_other(sent: Any) -> bool:
    text = span_text(sent).lower()  # a slice: ``sent.text`` joins a Token per word
    return any(phrase in text for phrase in get_lexicon().events["reciprocal_phrases"])
