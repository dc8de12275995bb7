"""Fighting told as the background of a war, no event: "Yemen has been at war since 2014,
with the Houthis fighting the government", "during 21 months of fighting between the army
and the RSF", "fighting between them has been ongoing since May 2024". A fight told over a
span of months or more, from a start long before the article, sums a war's many acts; the
acts themselves are told elsewhere. Words and spans are data (events.yaml:
``background_fights``, ``toll_span_days``, ``toll_short_period_days``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.casualties import parse_number
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import Lexicon, lemma_of
from frontwatch.extract.timing import sentence_times


def is_background_fight(tok: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """Whether a fighting word (``background_fights.words``) tells a war's course, not an act."""
    table = lex.events["background_fights"]
    if lemma_of(tok) not in table["words"]:
        return False
    return _with_a_war_since(tok) or _over_a_long_span(tok, lex) or _ongoing_long(tok, lex, ctx)


def _with_a_war_since(verb: Any) -> bool:
    """ "has been at war since 2014, with the Houthis fighting the government": the fight
    hung by "with" on a clause counted from a start."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "with" or prep.head.i == prep.i:
        return False
    return _since_child(prep.head) is not None


def _over_a_long_span(noun: Any, lex: Lexicon) -> bool:
    """ "21 months of fighting", "years of fighting": the fight is the span's stuff."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    span, units = prep.head, lex.events["toll_span_days"]
    if lemma_of(span) not in units:
        return False
    count = next((c for c in span.children if c.dep_ == "nummod" and c.like_num), None)
    number = (parse_number(count.text) if count is not None else None) or (
        2 if span.tag_ == "NNS" else 1
    )
    return number * int(units[lemma_of(span)]) >= int(lex.events["background_fights"]["min_days"])


def _ongoing_long(noun: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "fighting has been ongoing since May 10, 2024", "clashes have raged since 2019": the
    fight is the subject of a perfect counted from a start long before the article."""
    clause = noun.head
    if noun.dep_ != "nsubj" or ctx.published is None:
        return False
    if not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in clause.children):
        return False
    since = _since_child(clause)
    if since is None:
        return False
    lo, hi = since.left_edge.idx, since.right_edge.idx + len(since.right_edge.text)
    starts = [
        m.time.date for m in sentence_times(noun.sent, ctx) if lo <= m.start < hi and m.time.date
    ]
    short = int(lex.events["toll_short_period_days"])
    return bool(starts) and (ctx.published - starts[0]).days > short


def _since_child(clause: Any) -> Any:
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return child
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in child.children
        ):
            return child
    return None
