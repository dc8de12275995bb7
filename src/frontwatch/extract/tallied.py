"""Acts told as a tally or a trend, not as one act: "the first of more than 5,000 air
strikes", "129 truce violations have been recorded since Sunday", "ceasefire violations have
risen sharply in recent days".

A count of acts in the thousands is a campaign's running total; a count a monitor records,
registers or documents is a tally kept over time; acts said to rise or fall are a trend. None
is an act done at one time and place; nor is a count of acts
"to date", "so far", "in total" or "a total of" them in a perfect ("has conducted a total of 160 strikes
across Iraq", "to date, U.S. forces have conducted 135 airstrikes"), a running total. One day named in the clause makes them that day's acts
("monitors logged 40 violations overnight"), each stored as before; so is a count of weapons
("dropped over 2,000 barrel bombs on Darayya": bombs, not acts, counted). A side said to step
up its attacks is still told attacking ("IS has intensified attacks in the area"). The words
and the floor are data (``repeated_acts`` in events.yaml: ``tally_floor``, ``tally_verbs``,
``trend_verbs``, ``running_total_phrases``, ``running_total_adverbs``, ``running_total_nouns``).
Acts listed as what a side's help comprised ("Coalition support included more than 600
strikes, training ...") sum the help up (``listing_verbs``, ``help_nouns``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import clause_head, clause_tokens
from frontwatch.extract.lexicon import get_lexicon, lemma_of


def told_as_tally_or_trend(tok: Any, names_one_day: Any) -> bool:
    """Whether a plural act noun is counted in the hundreds, kept as a tally or told as a
    trend, in a clause that names no one day (``names_one_day`` reads the clause)."""
    if tok.tag_ != "NNS":
        return False
    if not (
        _counted_in_thousands(tok)
        or _kept_as_tally(tok)
        or _told_as_trend(tok)
        or _counted_to_date(tok)
        or _listed_as_help(tok)
    ):
        return False
    return not names_one_day(clause_tokens(clause_head(tok)))


def _words() -> dict[str, Any]:
    return dict(get_lexicon().events["repeated_acts"])


def _counted_in_thousands(noun: Any) -> bool:
    """ "more than 5,000 strikes", "over 1,000 airstrikes": a cardinal at the floor or above,
    counting acts, not weapons."""
    if _names_weapons(noun):
        return False
    floor = int(_words()["tally_floor"])
    return any(c.dep_ == "nummod" and _value(c) >= floor for c in noun.children)


def _names_weapons(noun: Any) -> bool:
    """ "barrel bombs", "rockets": the noun's entry (with its compound, "barrel bomb") is a weapon."""
    nouns, lemma = get_lexicon().nouns, lemma_of(noun)
    keys = [f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ == "compound"]
    return any(nouns.get(key, {}).get("weapon") for key in (*keys, lemma))


def _value(number: Any) -> float:
    text = number.text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return 0.0  # "dozens", "three": words, read by the many-words rule instead


_PERIOD_PREPS = frozenset({"since", "during", "over", "throughout"})
_PERIOD_WORDS = frozenset({"year", "month", "week", "years", "months", "weeks"})


def _kept_as_tally(noun: Any) -> bool:
    """ "129 violations have been recorded": the subject of a passive of a verb that keeps a
    count; its object only over a period ("documented 75 attacks this year"): "the
    Observatory documented 30 air strikes on the town" is how a monitor tells one attack."""
    verb = noun.head
    if lemma_of(verb) not in _words()["tally_verbs"]:
        return False
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and _over_a_period(verb))


def _over_a_period(verb: Any) -> bool:
    """The clause names a stretch of time: "this year", "since March", "in 2016"."""
    for tok in verb.subtree:
        if tok.ent_type_ != "DATE":
            continue
        prep = tok.head if tok.head.dep_ == "prep" else None
        if prep is not None and prep.lower_ in _PERIOD_PREPS:
            return True
        if tok.lower_ in _PERIOD_WORDS or (tok.is_digit and len(tok.text) == 4):
            return True
    return False


def _told_as_trend(noun: Any) -> bool:
    """ "violations have increased", "attacks fell by half": the acts rise or fall."""
    return noun.dep_ == "nsubj" and lemma_of(noun.head) in _words()["trend_verbs"]


def _counted_to_date(noun: Any) -> bool:
    """ "has conducted a total of 160 strikes", "have carried out 135 raids to date": a
    cardinal count of acts in a perfect, as "a total of" them or told "to date", "so far",
    "in total", or with "overall" as an adverb. Not "in the far south", and no count without a
    perfect ("carried out a total of 14 strikes": one day's strikes)."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return False
    words = _words()
    verb = clause_head(noun)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and lemma_of(of.head) in words["running_total_nouns"]:
        return True
    tokens = clause_tokens(verb)
    adverbs = words["running_total_adverbs"]
    if any(t.lower_ in adverbs and t.dep_ == "advmod" for t in tokens):
        return True
    phrases = [str(p).split() for p in words["running_total_phrases"]]
    doc = verb.doc
    return any(
        [w.lower_ for w in doc[t.i : t.i + len(p)]] == p for t in tokens for p in phrases
    )


def _listed_as_help(noun: Any) -> bool:
    """ "Coalition support to the offensive included more than 600 strikes (and training)",
    "their contribution comprised 40 raids": counted acts listed as what a side's help
    comprised, a summary of it."""
    while noun.dep_ == "conj":
        noun = noun.head  # "included training, equipment and 600 strikes"
    verb = noun.head
    if noun.dep_ != "dobj" or lemma_of(verb) not in _words()["listing_verbs"]:
        return False
    helps = _words()["help_nouns"]
    return any(c.dep_ == "nsubj" and lemma_of(c) in helps for c in verb.children)
