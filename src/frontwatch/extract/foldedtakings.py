"""Ground or a site taken in the course of a fight is that fight, not a second act.

"Militants stormed the district, occupying a school"; "the gunmen occupied a hotel and
battled the police for hours"; "fighters seized the town, cutting off the supply road";
"they entered the camp, capturing most of it". One sentence telling a fight and what the
fighters took or cut off in it, in two verbs of one chain (one the conjunct or the
participle clause of the other), tells one happening: the taking (``folded_takings`` in
events.yaml) is folded into the fight told beside it by the same doer (or by a doer it
leaves unnamed), as surely. Apart stay acts of other kinds ("captured the town and arrested
the mayor", "encircled the town, taking several outposts", "looting shops and taking over
the hospital"), goods or people taken (extract/spoils.py), two takings ("captured X and
seized Y") and ground taken at two named places ("shelled X and stormed Y").
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.armed import one_party
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.headline import fill_gaps
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.territorytaken import takes_goods_or_people
from frontwatch.extract.triggerobjects import has_object
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Event


def merge_folded_takings(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without the takings told in one chain with a fight by the same doer."""
    words = get_lexicon().events["folded_takings"]
    folded: set[int] = set()
    for event in events:
        if not _is_taking(event, words, ctx):
            continue
        fight = next((f for f in events if id(f) not in folded and _one_happening(event, f, words, ctx)), None)
        if fight is not None:
            _fill_the_fight(fight, event)
            folded.add(id(event))
    return [e for e in events if id(e) not in folded]


def _is_taking(event: Event, words: dict[str, Any], ctx: ArticleContext) -> bool:
    """Ground taken (an ASSAULT of ``assault_modes``), a site taken by one of ``site_verbs``
    or a road cut by one of ``route_verbs``: never goods or people ("seized two trucks",
    "captured or killed its leaders"), and only what the verb itself names as its object."""
    if event.type == "ASSAULT":
        return event.mode in words["assault_modes"]
    token, lex = _trigger_of(event, ctx), get_lexicon()
    if event.type != "COERCE" or token is None or not any(c.dep_ == "dobj" for c in token.children):
        return False
    lemma = lemma_of(token)
    if lemma in words["route_verbs"]:
        return has_object(token, list(words["route_objects"]), lex, ctx)
    people = has_object(token, ["actor_object"], lex, ctx) or takes_goods_or_people(token, lex, ctx)
    return lemma in words["site_verbs"] and not people


def _fill_the_fight(fight: Event, taking: Event) -> None:
    """The fight keeps its own mode unless it has none: a road cut tells no way of fighting."""
    mode = fight.mode or (taking.mode if taking.type == fight.type else "")
    fill_gaps(fight, taking)
    fight.mode = mode


def _one_happening(taking: Event, fight: Event, words: dict[str, Any], ctx: ArticleContext) -> bool:
    """Whether ``fight`` is the fight ``taking`` was told in: an ASSAULT (taking no ground
    itself when the taking is ground), of the same sentence, doer and certainty, linked to it
    in the parse."""
    if fight is taking or fight.type != "ASSAULT":
        return False
    if taking.type == "ASSAULT" and fight.mode in words["assault_modes"]:
        return False  # "captured X and seized Y": two takings
    if taking.evidence is None or fight.evidence is None or taking.evidence.start != fight.evidence.start:
        return False
    if taking.claim.certainty != fight.claim.certainty or not _same_doer(taking, fight, ctx):
        return False
    if taking.type == "ASSAULT" and not _one_place(taking, fight):
        return False  # "shelled X and stormed Y": two places, two acts
    return _chained(_trigger_of(taking, ctx), _trigger_of(fight, ctx))


def _trigger_of(event: Event, ctx: ArticleContext) -> Any | None:
    """The trigger's token; for an event built from a control change (no offset kept), the
    first word of its sentence spelt as its trigger."""
    token = ctx.trigger_token(event.id)
    if token is not None or event.evidence is None or not event.trigger:
        return token
    span = expanded_span(ctx.doc, event.evidence.start, event.evidence.end)
    words = event.trigger.split()
    return next((t for t in span or () if t.text == words[0]), None)


def _same_doer(taking: Event, fight: Event, ctx: ArticleContext) -> bool:
    doers = (taking.source_actor, fight.source_actor)
    targets = (taking.target_actor, fight.target_actor)
    same_target = not all(targets) or one_party(*targets, ctx.kb)
    return (not all(doers) or one_party(*doers, ctx.kb)) and same_target


def _one_place(a: Event, b: Event) -> bool:
    """The same place, or none named for either ("shelled X and stormed a village" whose
    name is unknown may be two places)."""
    return a.place_id == b.place_id and a.place_text.lower() == b.place_text.lower()


def _chained(x: Any, y: Any) -> bool:
    """One verb the conjunct or bare participle clause of the other ("stormed ..., occupying");
    not a clause told as another time ("seized the town after the troops were routed")."""
    if x is None or y is None:
        return False
    return _hangs_on(x, y) or _hangs_on(y, x)


def _hangs_on(dependent: Any, head: Any) -> bool:
    if dependent.head.i != head.i:
        return False
    if dependent.dep_ == "conj":
        return True
    bare = dependent.tag_ == "VBG" and not any(c.dep_ == "mark" for c in dependent.children)
    return dependent.dep_ == "advcl" and bare
