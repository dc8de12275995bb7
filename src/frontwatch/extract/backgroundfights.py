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
    return (
        _with_a_war_since(tok)
        or _over_a_long_span(tok, lex)
        or _among_the_worst(tok, lex)
        or _ongoing_long(tok, lex, ctx)
    )


def _with_a_war_since(fight: Any) -> bool:
    """ "has been at war since 2014, with the Houthis fighting the government": the fight
    hung by "with" on a clause counted from a start (or on a noun of that clause: "since
    the fall of X after a revolt, with rival governments battling for territory")."""
    prep = fight.head
    if fight.dep_ not in ("pcomp", "pobj") or prep.lower_ != "with" or prep.head.i == prep.i:
        return False
    clause = prep.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return _since_child(clause) is not None


def _over_a_long_span(noun: Any, lex: Lexicon) -> bool:
    """ "21 months of fighting", "years of fighting": the fight is the span's stuff."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    return _span_days(prep.head, lex) >= _min_days(lex)


def _span_days(span: Any, lex: Lexicon) -> int:
    """ "21 months" 630, "years" 730, "three days" 3; no span 0."""
    units = lex.events["toll_span_days"]
    if lemma_of(span) not in units:
        return 0
    count = next((c for c in span.children if c.dep_ == "nummod" and c.like_num), None)
    number = (parse_number(count.text) if count is not None else None) or (
        2 if span.tag_ == "NNS" else 1
    )
    return number * int(units[lemma_of(span)])


def _min_days(lex: Lexicon) -> int:
    return int(lex.events["background_fights"]["min_days"])


def _among_the_worst(noun: Any, lex: Lexicon) -> bool:
    """ "has seen some of the fiercest fighting of the war", "one of the deadliest battles":
    the fight ranked among a war's, not told as one."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    ranked = any(c.tag_ == "JJS" for c in noun.children)
    return ranked and lemma_of(prep.head) in lex.events["background_fights"]["ranking_heads"]


def _ongoing_long(noun: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "fighting has been ongoing since May 10, 2024", "clashes have raged since 2019": the
    fight, or the state under it ("under fire since"), is a perfect counted from a start long
    before the article."""
    clause = noun if noun.pos_ == "VERB" else noun.head
    if noun.dep_ == "pobj" and clause.lower_ == "under":  # "under fire since May"
        clause = clause.head
    elif noun.pos_ != "VERB" and noun.dep_ != "nsubj":
        return False
    if ctx.published is None:
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
