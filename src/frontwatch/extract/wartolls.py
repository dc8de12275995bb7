"""A war's running toll, no event: "the war has killed 300,000", "more than 330,000 people
have been killed since 2011". A perfect counted over a whole war or from a start, naming
no side and no place finer than a country, is a statistic (triggers.py skips it as a
trigger, tolls.py as a toll). Words are data (events.yaml: ``background_nouns``,
``toll_span_nouns``, ``toll_period_words``, ``toll_floor``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import Lexicon
from frontwatch.records import is_country_id


def is_war_toll(tok: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "The war has killed 300,000", "a conflict that has killed 290,000", "more than
    330,000 people have been killed since 2011": a toll over a period, a statistic and not
    an event, even where the war's sides are named ("the war between X and Y has killed
    ..."): a war's whole toll is no attack of one side on another."""
    background = lex.events["background_nouns"]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":  # "the war has killed X and wounded Y"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in subjects):
        subjects.append(tok.head)  # "a conflict that has killed ..."
    if any(s.lemma_.lower() in background for s in subjects):
        return True
    if not _is_perfect(tok):
        return False
    if _counted_over_a_war(tok, lex):
        return True
    if tok.lemma_.lower() in lex.harm_verbs() and _mass_victims(tok, lex):
        return True  # "60,000 have died in Syrian fighting": no one act kills that many
    if _names_a_side_or_town(tok, ctx):
        return False
    return _counts_since(tok, lex) or _mass_total(tok, lex)


def _counted_over_a_war(verb: Any, lex: Lexicon) -> bool:
    """ "have been killed in the conflict", "have died on this front", "during the war":
    a perfect counted over a whole war or front is its running toll, whoever the dead are
    and whatever the war is said to pit against what."""
    spans = set(lex.events["toll_span_nouns"])
    # "have been killed and 1.2 million displaced in a conflict": the last verb's span is shared
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in spans
        for clause in (verb, *joined)
        for prep in clause.children
        if prep.dep_ == "prep"
        for obj in prep.children
    )


def _names_a_side_or_town(verb: Any, ctx: ArticleContext) -> bool:
    """Who did it, or a place finer than a country: then it is an event with a toll
    ("airstrikes have killed 12 in Douma since Monday"), not a national statistic."""
    for tok in _outside_period(verb):
        actor = None if tok.i in ctx.place_at else ctx.actor_at.get(tok.i)  # "in Syria"
        if actor is not None and actor.actor_id not in ("", "GEN_CIVILIANS", "GEN_PEOPLE"):
            return True
        place = ctx.place_at.get(tok.i)
        if place is not None and not is_country_id(place.place_id):
            return True
    return False


def _outside_period(verb: Any) -> list[Any]:
    """The verb's words without its "since ..." clauses, relative clauses and source: who
    began the war, whom the war "pits" against whom, or who counts ("according to the UN")
    is no side of this toll."""
    skipped: set[int] = set()
    for tok in verb.subtree:
        marks = [tok, *[g for g in tok.children if g.dep_ == "mark"]]
        since = tok.dep_ in ("prep", "advcl") and any(m.lower_ == "since" for m in marks)
        source = tok.lower_ == "according"
        if tok.i != verb.i and (since or source or tok.dep_ == "relcl"):
            skipped.update(t.i for t in tok.subtree)
    return [t for t in verb.subtree if t.i not in skipped]


def _mass_total(verb: Any, lex: Lexicon) -> bool:
    """ "More than 300,000 people have been killed", "estimates 60,000 have died in Syrian
    fighting": a figure only a war's sum reaches, whoever or wherever the clause names."""
    floor = int(lex.events["toll_floor"])
    for tok in verb.subtree:
        text = tok.text.replace(",", "")
        if tok.like_num and text.isdigit() and int(text) >= floor:
            return True
    return False


def _mass_victims(verb: Any, lex: Lexicon) -> bool:
    """The dead or wounded themselves number a war's sum ("60,000 have died", "have killed
    more than 300,000 people"); not another figure in the clause ("have killed 30 people in
    Raqqa, a city of 200,000")."""
    floor = int(lex.events["toll_floor"])
    victims = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for tok in (t for v in victims for t in (v, *v.children) if t.dep_ not in ("appos", "relcl", "prep")):
        text = tok.text.replace(",", "")
        if tok.like_num and text.isdigit() and int(text) >= floor:
            return True
    return False


def _is_perfect(verb: Any) -> bool:
    """ "has killed", "have been killed", "had died": a sum reaching up to a time."""
    head = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children
    )


def _counts_since(verb: Any, lex: Lexicon) -> bool:
    """The clause counts from a start ("since 2011", "since the war began") or to date."""
    period_words = lex.events["toll_period_words"]
    return any(
        t.lower_ in period_words
        for t in verb.subtree
        if t.dep_ in ("prep", "advmod", "mark", "pobj", "npadvmod")
    )
