"""Acts told as many over a stretch of time, called ongoing, or aimed at: no one act.

"Al-Shabab has carried out several attacks in recent weeks", "the air force conducted more
than 300 strikes in the last year", "the capital has been attacked three times", "security
forces have repeatedly clashed with its cells", "a spate of bombings", "similar attacks in
the past": each counts acts (a
statistic) or sums them up; none is an act done at one time and place, and storing it adds
an event that matches nothing the article reports. So does an act noun called going on
("the siege of T is an ongoing battle", "the regime's ongoing attacks") and an act told as
an aim ("its aim was to capture the villages around T"). An act told over a long span by
its own verb ("have shelled the districts since 2012", "besieged the town for four years")
stays an act with a background time (extract/timing.py), and a count alone ("conducted 55
strikes on Monday") is one day's acts. The words are data (``repeated_acts`` and
``aim_subject_nouns`` in events.yaml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.extract.context import clause_head, clause_tokens
from frontwatch.extract.judged import defends
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.tallied import told_as_tally_or_trend

if TYPE_CHECKING:
    from frontwatch.extract.triggergroups import TriggerGroup


def sums_up(group: TriggerGroup) -> bool:
    """Whether a trigger group's anchor, of a type that can be many acts (``repeated_acts.types``:
    violence, protest), counts acts as many, calls the act ongoing or tells it as an aim: it
    sums a war up (events.py keeps its relations, and no event)."""
    if group.anchor.type not in _words()["types"] or _carries_a_toll(group):
        return False  # "repeatedly bombed T, killing 12": a toll is told of one act
    anchor = group.anchor.token
    # the anchor and the act nouns it does ("launched several attacks"), not an act it is
    # likened to ("a bomb killed 18, the latest in a spate of blasts")
    done = [t.token for t in group.others if t.token.head.i == anchor.i and t.token.dep_ == "dobj"]
    # ... and the act nouns a passive tells done ("1,000 strikes were conducted")
    done += [
        t.token for t in group.others if t.token.head.i == anchor.i and t.token.dep_ == "nsubjpass"
    ]
    if any(told_as_tally_or_trend(tok, _names_one_day) for tok in (anchor, *done)):
        return True
    # ... and those its preposition names ("fought in every battle")
    named = [g for p in anchor.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    if any(_every_one(tok) for tok in (anchor, *done, *named)):
        return True
    return tells_many_acts([anchor, *done]) or _told_as_ongoing(anchor) or is_an_aim(anchor)


def _every_one(noun: Any) -> bool:
    """ "fought in nearly every major battle", "in all the offensives": an act noun of the
    kind summed up as a whole (``every_words``), no one act -- only as a preposition's
    object: "repelled all attacks on T", "every attack was repulsed" tell the acts met."""
    if noun.dep_ != "pobj":
        return False
    every = _words()["every_words"]
    act = get_lexicon().nouns.get(noun.lemma_.lower(), {}).get("type") in _words()["types"]
    # the parser reads "nearly every" as a number
    deps = ("det", "predet", "nummod")
    return act and any(c.dep_ in deps and c.lower_ in every for c in noun.children)


def is_an_aim(tok: Any) -> bool:
    """ "Their goal was to seize every village near T (and then to launch an attack on
    it)", "the goal is to retake the city": the acts are what someone aims at, not done."""
    aims = get_lexicon().events["aim_subject_nouns"]
    return any(
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in aims for c in verb.head.children)
        for verb in (tok, *tok.ancestors)
    )


def _told_as_ongoing(noun: Any) -> bool:
    """ "an ongoing battle for the town", "the regime's ongoing attacks": an act noun called
    going on, or the subject of a "be" that calls it so ("the siege of T is an ongoing battle")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ongoing = _words()["ongoing_words"]
    called = [c for c in noun.head.children if c.dep_ == "attr"] if noun.dep_ == "nsubj" else []
    if any(c.dep_ == "amod" and c.lower_ in ongoing for n in called for c in n.children):
        return True
    said = any(c.dep_ == "amod" and c.lower_ in ongoing for c in noun.children)
    return said and not _one_act_met(noun)


def _one_act_met(noun: Any) -> bool:
    """ "repelled an ongoing attack on T on Monday": an act noun with "a/an", repelled or
    dated to one day is one act caught while it went on, not a war summed up."""
    copular = noun.dep_ == "attr"  # "the siege of T is an ongoing battle": a war told
    one = not copular and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    repelled = noun.dep_ == "dobj" and defends(noun.head)
    return one or repelled or _names_one_day(clause_tokens(clause_head(noun)))


def tells_many_acts(tokens: list[Any]) -> bool:
    """Whether a trigger's words count acts as many: done again and again ("attacked three
    times", "repeatedly shelled"), a spate of them, or counted over a stretch of time
    ("several attacks in recent weeks", "63 strikes last year")."""
    return any(
        _done_again(tok) or _a_spate(tok) or _counted_over_a_period(tok) or _likened(tok)
        for tok in tokens
    )


def _likened(tok: Any) -> bool:
    """ "similar attacks in the past", "carried out similar raids": plural acts likened to the
    one told, other acts summed up in a word."""
    likened = _words()["likened_words"]
    return tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in likened for c in tok.children)


def _words() -> dict[str, Any]:
    return dict(get_lexicon().events["repeated_acts"])


def _carries_a_toll(group: TriggerGroup) -> bool:
    harm = get_lexicon().harm_verbs()
    return any(t.key in harm for t in group.others)


def _done_again(tok: Any) -> bool:
    """ "attacked three times", "clashed many times", "repeatedly shelled" -- not on one
    named day ("shelled T several times on Tuesday" is that day's act), nor "a second time"
    (an ordinal tells one act, the latest)."""
    if tok.pos_ != "VERB":
        return False
    words = _words()
    again = any(
        (child.dep_ == "advmod" and child.lower_ in words["repeat_adverbs"])
        or (child.dep_ == "npadvmod" and _a_count_of_times(child, words["times_nouns"]))
        for child in tok.children
    )
    return again and not _names_one_day(clause_tokens(clause_head(tok)))


def _a_count_of_times(noun: Any, times_nouns: list[str]) -> bool:
    """ "three times", "many times": plural times counted by a cardinal or a many-word."""
    return (
        noun.lemma_.lower() in times_nouns
        and noun.tag_ == "NNS"
        and any(_counts(c) for c in noun.children)
    )


def _counts(word: Any) -> bool:
    cardinal = word.dep_ == "nummod" and word.tag_ == "CD"
    return cardinal or word.lower_ in _words()["many_words"]


def _names_one_day(words: list[Any]) -> bool:
    """ "on Monday", "yesterday", "overnight", "on 3 May": the clause dates one day ("since
    the Tuesday attack" starts a stretch, no day)."""
    lex = get_lexicon()
    days = set(lex.cues["time"]["weekdays"]) | set(_words()["one_day_words"])
    months = set(lex.cues["time"]["months"])
    since = set(lex.cues["time"]["since_words"])
    for tok in words:
        if any(a.lower_ in since for a in tok.ancestors):
            continue
        if tok.lower_ in days:
            return True
        if tok.lower_ in months and any(n.like_num for n in (*tok.children, tok.head)):
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
    over the past month": a plural act noun counted, in a clause naming a stretch of time --
    a stretch of months at least for a bare number ("40 strikes in the past week" is a
    weekly report's acts, each stored)."""
    if tok.tag_ != "NNS":
        return False
    words = _words()
    many = set(words["many_words"])
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if any(c.lower_ in many for c in tok.children) or (
        holder is not None and holder.lower_ in many
    ):
        units = words["period_units"]
    elif any(c.dep_ == "nummod" for c in tok.children):
        units = words["count_period_units"]
    else:
        return False
    return _names_a_period(clause_tokens(clause_head(tok)), set(units))


def _names_a_period(words: list[Any], units: set[str]) -> bool:
    """ "in recent weeks", "last year", "over the past month", "in the past"."""
    marks = set(_words()["period_marks"])
    for tok in words:
        if tok.lower_ == "past" and tok.dep_ == "pobj":
            return True
        if tok.lemma_.lower() in units and (
            tok.tag_ == "NNS" or any(c.lower_ in marks for c in tok.children)
        ):
            return True
    return False
