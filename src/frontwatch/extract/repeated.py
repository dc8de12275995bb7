"""Acts told as many, or as going on over a stretch of time: a summary, not one act.

"Al-Shabab has carried out several attacks in recent weeks", "the air force conducted more
than 300 strikes in the last year", "the capital has been attacked three times", "security
forces have repeatedly clashed with its cells", "a spate of bombings": each counts acts (a
statistic) or sums them up; none is an act done at one time and place, and storing it adds
an event that matches nothing the article reports. So does a fight told as going on over
weeks ("clashes have gone on in the town since May 2024", "has been battling the
insurgency over the last four years"), an act noun called going on ("the siege of T is an
ongoing battle"), and an act told as an aim ("its aim was to capture the villages around
T"). The words are data (``repeated_acts`` and ``aim_nouns`` in events.yaml); a count
alone ("conducted 55 strikes on Monday") is one day's acts and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.extract.context import ArticleContext, clause_head, clause_tokens
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.tolls import tells_a_long_span

if TYPE_CHECKING:
    from frontwatch.extract.events import TriggerGroup

_VIOLENT = frozenset({"ASSAULT", "COERCE"})


def sums_up(group: TriggerGroup, ctx: ArticleContext, times: list[TimeMatch]) -> bool:
    """Whether a violent trigger group counts acts as many or tells a fight going on over
    weeks: it sums a war up (events.py keeps the relations it states, and no event)."""
    if group.anchor.type not in _VIOLENT:
        return False
    anchor = group.anchor.token  # "a bomb killed 18, the latest in a spate of blasts": one act
    return (
        tells_many_acts([anchor])
        or goes_on_for_a_period(anchor, ctx, times)
        or _told_as_ongoing(anchor, ctx, times)
        or is_an_aim(anchor)
    )


def is_an_aim(tok: Any) -> bool:
    """ "Its aim was to capture all villages around T (and then to launch an attack on
    it)", "the goal is to retake the city": the acts are what someone aims at, not done."""
    aims = get_lexicon().events["aim_nouns"]
    return any(
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in aims for c in verb.head.children)
        for verb in (tok, *tok.ancestors)
    )


def _told_as_ongoing(noun: Any, ctx: ArticleContext, times: list[TimeMatch]) -> bool:
    """ "an ongoing battle for the town", "attacks that have claimed thousands of lives since
    the 2021 coup": an act noun called going on, or said to have done so for long."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ongoing = _words()["ongoing_words"]
    # "the siege of T is an ongoing battle": what the subject is called, it is
    called = [c for c in noun.head.children if c.dep_ == "attr"] if noun.dep_ == "nsubj" else []
    if any(c.dep_ == "amod" and c.lower_ in ongoing for n in (noun, *called) for c in n.children):
        return True
    return any(c.dep_ == "relcl" and _long_deed(c, ctx, times) for c in noun.children)


def tells_many_acts(tokens: list[Any]) -> bool:
    """Whether a trigger's words count acts as many: done again and again ("attacked three
    times", "repeatedly shelled"), a spate of them, or counted over a stretch of time
    ("several attacks in recent weeks", "63 strikes last year")."""
    return any(_done_again(tok) or _a_spate(tok) or _counted_over_a_period(tok) for tok in tokens)


def goes_on_for_a_period(anchor: Any, ctx: ArticleContext, times: list[TimeMatch]) -> bool:
    """ "clashes have been going on since May 2024", "has been battling IS over the last
    four years": an act counted up to now from long before, or over a span of weeks --
    the act's own verb, or the verb it is the subject of (not "the toll from the attack has
    reached 126, the deadliest in a year")."""
    verb = clause_head(anchor)
    if verb.i != anchor.i and not (anchor.dep_ == "nsubj" and anchor.head.i == verb.i):
        return False
    return _long_deed(verb, ctx, times)


def _long_deed(verb: Any, ctx: ArticleContext, times: list[TimeMatch]) -> bool:
    """A verb over a long span, other than a kill or wound verb: "strikes have killed 80
    since July" is a period's toll (tolls.py stores it as a statistic), and event codings
    such as PLOVER's still take the strikes it counts for one act."""
    if verb.lemma_.lower() in get_lexicon().harm_verbs():
        return False
    return tells_a_long_span(verb, ctx, times)


def _words() -> dict[str, Any]:
    return dict(get_lexicon().events["repeated_acts"])


def _done_again(tok: Any) -> bool:
    """ "attacked three times", "clashed many times", "repeatedly shelled"."""
    if tok.pos_ != "VERB":
        return False
    words = _words()
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in words["repeat_adverbs"]:
            return True
        counted = any(c.dep_ in ("nummod", "amod") for c in child.children)
        if child.dep_ == "npadvmod" and child.lemma_.lower() in words["times_nouns"] and counted:
            return True
    return False


def _a_spate(tok: Any) -> bool:
    """ "a spate of attacks": the word holding the act noun is itself many acts."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _words()["spate_nouns"]
    )


def _counted_over_a_period(tok: Any) -> bool:
    """ "several attacks in recent weeks", "a record 63 strikes last year", "dozens of raids
    over the past month": a plural act noun counted, in a clause naming a stretch of time."""
    if tok.tag_ != "NNS":
        return False
    many = set(_words()["many_words"])
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    counted = any(c.dep_ == "nummod" or c.lower_ in many for c in tok.children) or (
        holder is not None and holder.lower_ in many
    )
    return counted and _names_a_period(clause_tokens(clause_head(tok)))


def _names_a_period(words: list[Any]) -> bool:
    """ "in recent weeks", "last year", "over the past month", "in the past"."""
    lex = _words()
    units, marks = set(lex["period_units"]), set(lex["period_marks"])
    for tok in words:
        if tok.lower_ == "past" and tok.dep_ == "pobj":
            return True
        if tok.lemma_.lower() in units and (
            tok.tag_ == "NNS" or any(c.lower_ in marks for c in tok.children)
        ):
            return True
    return False
