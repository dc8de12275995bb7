"""Tolls over a period: statistics about a stretch of time, never one event's dead.

"More than 330,000 people have been killed since 2011", "the war has killed 300,000",
"the death toll since the offensive began has risen to 1,200": each counts the dead of
a period. Such a toll is stored as a :class:`CasualtyStatistic` with its period (from
its "since ..." start, when it names one, to the article's date) and lends its figure
to no event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract import casualties as cas
from frontwatch.extract.certainty import claim_for
from frontwatch.extract.context import ArticleContext, evidence_of, record_id
from frontwatch.extract.lexicon import Lexicon, get_lexicon
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import LazyTimes
from frontwatch.extract.verbsubjects import is_participle_adjunct
from frontwatch.extract.wartolls import is_war_toll
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.wordtest import any_flagged, flagged_before, part_of_speech_in, words_passing
from frontwatch.records import CasualtyStatistic, Mention


def is_period_toll(
    statement: cas.CasualtyStatement, lex: Lexicon, ctx: ArticleContext, times: Sequence[TimeMatch]
) -> bool:
    """Whether a casualty statement counts a period's dead rather than one act's: a war's
    toll, or any toll counted from a start more than a week before the article's date
    ("coalition strikes have killed 600 since September 2014") or over a longer span
    ("killed during the past month")."""
    tok = statement.token
    if tok.lemma_.lower() == "toll":
        return _toll_over_period(tok, lex, ctx)
    # "the war has caused the deaths of 300,000 since 2011": the verb governing the deaths
    verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    return (
        is_war_toll(verb, lex, ctx)
        or _counts_from_long_before(verb, ctx, times)
        or bool(_span_phrase(verb, lex))
        or _between_dates(verb, lex, times)
        or _counted_countrywide_or_per_day(verb, lex)
    )


def tolls_an_earlier_act_there(statement: cas.CasualtyStatement, lex: Lexicon) -> bool:
    """ "attacked Houla again, where 100 were massacred last week", "the village where 40
    died in a raid in 2014": a toll told of the place, in a clause dated before the act, is
    an earlier act's -- unlike "stormed the base, where 12 soldiers were killed"."""
    verb = statement.token
    if verb.dep_ != "relcl" or not _of_the_place(verb):
        return False
    earlier = set(lex.events["earlier_time_words"])
    return any(_earlier_time(t, earlier) for t in _clause_words(verb))


def _of_the_place(verb: Any) -> bool:
    """A clause told of a place: "where ..." or "in/at which ..." on the clause's own verb
    (not "..., which killed 20 people": the act's own clause)."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "where":
            return True
        if child.dep_ == "prep" and any(g.lower_ == "which" for g in child.children):
            return True
    return False


def _earlier_time(tok: Any, earlier: set[str]) -> bool:
    """ "last week", "two days ago", "a week earlier", "in 2014": a time before the act.
    A bare "before the army withdrew" or "earlier on Tuesday" dates nothing before it."""
    if tok.lower_ == "ago" or _is_a_year(tok):
        return True
    if tok.lower_ in earlier and tok.dep_ in ("amod", "advmod", "npadvmod"):
        head = tok.head if tok.dep_ == "amod" else next(iter(tok.lefts), None)
        return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() != "hour"
    return False


def _is_a_year(tok: Any) -> bool:
    text = tok.text
    return tok.dep_ in ("pobj", "nummod", "npadvmod") and len(text) == 4 and text.isdigit() and 1900 < int(text) < 2100


def _counted_countrywide_or_per_day(verb: Any, lex: Lexicon) -> bool:
    """ "have been killed nationwide", "are wounded daily", "die every day": a sum over a
    whole country or a rate per day is many acts' toll, never one act's."""
    words = lex.events["toll_rate_words"]
    every = set(words["every"])
    for tok in verb.children:  # the toll's own words, not "a day after the truce ended"
        if tok.lower_ in words["adverbs"] and tok.dep_ in ("advmod", "npadvmod", "amod"):
            return True
        if tok.lemma_.lower() in words["units"] and tok.dep_ == "npadvmod":
            kids = {c.dep_: c.lower_ for c in tok.children}
            if kids.get("det") in every and "prep" not in kids:  # not "a day before"
                return True
    return False


def _between_dates(verb: Any, lex: Lexicon, times: Sequence[TimeMatch]) -> bool:
    """ "died under torture from April 2011 to May 2016": a toll counted between two dates
    further apart than the short period."""
    short = int(lex.events["toll_short_period_days"])
    ends = set(lex.events["toll_span_ends"])
    tokens = list(verb.subtree)
    for start in (t for t in tokens if t.lower_ == "from" and t.dep_ == "prep"):
        end = next((t for t in tokens if t.i > start.i and t.lower_ in ends), None)
        if end is None:
            continue
        last = max(t.idx + len(t.text) for t in end.subtree)
        dates = sorted(m.time.date for m in times if start.idx <= m.start and m.end <= last + 1 and m.time.date)
        if len(dates) >= 2 and (dates[-1] - dates[0]).days > short:
            return True
    return False


def _counts_from_long_before(verb: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> bool:
    """ "have been killed since ...": a sum up to now (a perfect) from a start long before
    the article -- not "killing all five, the worst loss since it intervened"."""
    phrase = _since_phrase_in_scope(verb) if _counts_up_to_now(verb) else []
    if not phrase:
        return False
    start = _start_in(phrase, times)
    if start is None or start.time.date is None:  # "since the offensive began": from an event
        starts = get_lexicon().events["toll_period_starts"]  # "since the war began", "since the coup"
        return any(t.lemma_.lower() in starts for t in phrase)  # an undated article's too
    if ctx.published is None:
        return False
    short = int(get_lexicon().events["toll_short_period_days"])
    return (ctx.published - start.time.date).days > short


def _span_phrase(verb: Any, lex: Lexicon) -> list[Any]:
    """ "killed during the past month", "in two weeks of bombing", "over three years": the
    words of a span longer than the short period, over which the toll is a period's."""
    units: dict[str, int] = lex.events["toll_span_days"]
    short = int(lex.events["toll_short_period_days"])
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            # "in two weeks", or a span on the act: "in the three-week battle"
            spans = [noun] if noun.lemma_.lower() in units else _span_modifiers(noun, units)
            if any(_days_in(span, units) > short for span in spans):
                return _clause_words(prep)
    return []


def _span_modifiers(noun: Any, units: dict[str, int]) -> list[Any]:
    return [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in units]


def _days_in(span: Any, units: dict[str, int]) -> int:
    """ "two weeks" 14, "three-week" 21; a bare plural ("weeks") at least two of them."""
    count = next((cas.parse_number(c.text) for c in span.children if c.dep_ == "nummod"), None)
    if count is None:
        count = 2 if span.tag_ in ("NNS", "NNPS") else 1
    return count * units[span.lemma_.lower()]


def _counts_up_to_now(verb: Any) -> bool:
    """A perfect ("have killed"), or a participle of one ("have struck T since May, killing
    hundreds")."""
    if _is_participle_of(verb):
        return _counts_up_to_now(verb.head)
    gapped = verb.head.dep_ == "conj" and verb.head.head.pos_ in ("VERB", "AUX")
    if verb.dep_ in ("acl", "amod") and gapped:  # "have been detained and 2,000 killed since"
        return _counts_up_to_now(verb.head.head)
    auxiliaries = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in auxiliaries)


def _is_participle_of(verb: Any) -> bool:
    return is_participle_adjunct(verb) and verb.head.pos_ in ("VERB", "AUX")


def _since_phrase_in_scope(verb: Any) -> list[Any]:
    """The "since ..." of the toll's verb, of the deeds it counts ("airstrikes since May have
    killed 229"), or of the deed or verb it hangs on ("bombardment since February, which has
    killed 132"; "have struck T since May, killing hundreds")."""
    scope = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    if verb.dep_ == "conj":  # "have been killed and 14,000 wounded since ...": the since is shared
        scope.append(verb.head)
    if verb.dep_ in ("relcl", "acl") or _is_participle_of(verb):
        scope.append(verb.head)
        if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "since":
            return _clause_words(verb.head.head)  # "since January, which has killed 90"
    return next((phrase for tok in scope if (phrase := _since_phrase(tok))), [])


def _since_phrase(verb: Any) -> list[Any]:
    """The words of the verb's own "since ..." clause ("since the war began in 2011"),
    up to a following clause ("... and millions fled")."""
    for tok in verb.children:
        mark = next((m for m in tok.children if m.dep_ == "mark" and m.lower_ == "since"), None)
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return _clause_words(tok)
        if mark is not None and tok.dep_ == "advcl":
            return _clause_words(tok)
    return []


def _clause_words(head: Any) -> list[Any]:
    """The head's words without a clause joined to it ("... and millions fled")."""
    joined = {t.i for c in head.children if c.dep_ in ("cc", "conj", "punct") for t in c.subtree}
    return sorted((t for t in head.subtree if t.i not in joined), key=lambda t: t.i)


def _start_in(phrase: list[Any], times: Sequence[TimeMatch]) -> TimeMatch | None:
    if not phrase:
        return None
    lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    return next((m for m in times if lo <= m.start and m.end <= hi + 1 and m.time.date), None)


def _toll_over_period(toll: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "the death toll since the offensive began", "the overall toll", "the war's toll":
    a toll counted from a start, called a total, or of a war -- but not the toll "of the
    attack" or "from Tuesday's strikes", which is one act's."""
    if _names_an_act(toll, lex):
        return False
    period_words = set(lex.events["toll_period_words"])
    background = set(lex.events["background_nouns"])
    near = [*toll.subtree, *(c for c in toll.head.children if c.dep_ in ("prep", "advmod", "advcl", "npadvmod"))]
    for tok in near:
        if tok.lower_ in period_words and tok.dep_ in ("prep", "mark", "advmod", "amod", "pobj", "npadvmod"):
            return True
        if tok.lemma_.lower() in background and not any(t.i in ctx.actor_at for t in tok.subtree):
            return True
    return is_war_toll(toll.head, lex, ctx) if toll.head.pos_ == "VERB" else False


def _names_an_act(toll: Any, lex: Lexicon) -> bool:
    """ "the toll from the attack", "the toll of Tuesday's strikes": an event noun after it."""
    for prep in toll.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in lex.nouns:
                return True
    return False


def statistics_in(sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> list[CasualtyStatistic]:
    """The period tolls a sentence states, one per toll verb or noun."""
    lex = get_lexicon()
    out = []
    for statement in cas.statements_in(sent):
        figures = statement.casualties
        if (figures.killed is None and figures.injured is None) or not is_period_toll(statement, lex, ctx, times):
            continue
        out.append(_statistic(statement, sent, ctx, times))
    return out


def _statistic(
    statement: cas.CasualtyStatement, sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]
) -> CasualtyStatistic:
    tok = statement.token
    head = tok.head if tok.pos_ != "VERB" else tok
    lex = get_lexicon()
    phrase = _since_phrase(head) or _span_phrase(head, lex) or _period_phrase(sent, lex)
    start = _start_in(phrase, times)
    place = _place_in(head, ctx)
    return CasualtyStatistic(
        id=record_id(ctx.article.id, sent.start_char, "TOLL", tok.idx),
        killed=statement.casualties.killed,
        injured=statement.casualties.injured,
        period_start=start.time.date if start else None,
        start_precision=start.time.precision if start else None,
        period_end=ctx.published,
        period_text=" ".join(t.text for t in phrase),
        place_id=place.place_id if place else "",
        place_text=place.text if place else "",
        claim=claim_for(tok, ctx),
        evidence=evidence_of(ctx, sent),
    )


def _place_in(head: Any, ctx: ArticleContext) -> Mention | None:
    return next((ctx.place_at[t.i] for t in head.subtree if t.i in ctx.place_at), None)


def _period_phrase(sent: Any, lex: Lexicon) -> list[Any]:
    """ "so far", "to date", "overall": the words that bound the period."""
    period_words = set(lex.events["toll_period_words"])
    for tok in sent:
        if tok.lower_ in period_words:
            return _clause_words(tok.head if tok.dep_ in ("mark", "pobj") else tok)
    return []


def toll_statistics(ctx: ArticleContext) -> list[CasualtyStatistic]:
    """Every period toll a parsed article states (the extractors leave these out)."""
    out: list[CasualtyStatistic] = []
    verbs, tolls = part_of_speech_in(ctx.doc, ("VERB",)), words_passing(ctx.doc, _toll_word)
    either = flagged_before(verbs | tolls)  # a verb or a toll before each token
    for sent in sentences(ctx.doc):
        if any_flagged(either, sent):  # read from the doc's arrays
            out.extend(statistics_in(sent, ctx, LazyTimes(sent, ctx)))  # read with a toll only
    return out


def _toll_word(_lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the noun "toll" in any case."""
    return lemma.lower() == "toll"
