"""Where an act told in a sentence that names no place took place: where the sentences
just before it placed theirs ("Militants stormed a base in X on Sunday. Soldiers repulsed
them after hours of fighting": the fighting was at X). A report goes on telling one scene
until it names another, so an act with no place of its own is at the town the report last
put an act in; never at a province or a country, which would say nothing more than the
article's theatre, and never across a sentence that names a place of its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.placeorigin import came_from
from frontwatch.records import Event, Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext

PlaceOfSentence = Callable[[Any, "ArticleContext"], "Mention | None"]


def place_by_the_scene_before(
    events: list[Event], ctx: ArticleContext, place_of: PlaceOfSentence
) -> None:
    """Each unplaced event told as a fact whose sentence names no place takes the town of
    the scene told just before it; run once the retellings are merged, which join an
    unplaced act to the placed act it tells again; words said and ties agreed
    (events.yaml: scene_lookback) are no act at the scene."""
    rule = get_lexicon().events["scene_lookback"]
    said, back = frozenset(rule["said_types"]), int(rule["sentences_back"])
    preps, truce = frozenset(rule["place_prepositions"]), frozenset(rule["scene_modes"])
    for event in events:
        if event.place_id or event.place_text:
            continue
        if event.type in said and event.mode not in truce:
            continue
        if event.claim.certainty not in _PLAIN:
            continue  # "will continue to target them wherever they are found": no scene
        anchor = ctx.trigger_token(event.id)
        found = scene_before(anchor, ctx, place_of, back, preps) if anchor is not None else None
        if found is not None:
            event.place_id, event.place_text = found.place_id, found.text


_PLAIN = frozenset({"asserted", "attributed"})


def names_a_place(sent: Any, ctx: ArticleContext, preps: frozenset[str]) -> bool:
    """Whether the sentence names any place, known or not, other than as a party's name
    ("Syria's army"), or a name the tagger left untagged after a place preposition
    ("strafed parts of Bou Kamel", "areas in Jarjanaz town")."""
    order = ctx.place_order  # by bisection: a scan of every place per act costs long articles
    inside = order[bisect.bisect_left(order, sent.start) : bisect.bisect_left(order, sent.end)]
    if any(i not in ctx.actor_at and _a_place_name(ctx.place_at[i]) for i in inside):
        return True
    return any(_untagged_name_after(tok, preps, ctx) for tok in sent)


def _untagged_name_after(tok: Any, preps: frozenset[str], ctx: ArticleContext) -> bool:
    """A proper name that a place preposition governs ("near X", "in X town"), tagged as
    nothing the gazetteer or the actors know, or as a place or an organisation (the small
    model calls a village it does not know either)."""
    if tok.pos_ != "PROPN":
        return False
    governed = tok
    if tok.dep_ == "compound" and lemma_of(tok.head) in get_lexicon().events["settlement_nouns"]:
        governed = tok.head  # "areas in Jarjanaz town"
    if governed.dep_ != "pobj":
        return False
    party = ctx.actor_at.get(tok.i)
    if party is not None and party.actor_id:
        return False  # "the hands of Hamas": a party the actors know
    named_so = governed is not tok  # a name before "town" names a place, whatever the tag
    return (named_so or tok.ent_type_ in _NAME_TYPES) and governed.head.lower_ in preps


_NAME_TYPES = frozenset({"", "GPE", "LOC", "FAC", "ORG"})


def _a_place_name(mention: Mention) -> bool:
    """A name of a place, resolved or not: a village the gazetteer lacks is a new scene too."""
    return bool(mention.place_id) or mention.label in _PLACE_LABELS


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def scene_before(
    anchor: Any, ctx: ArticleContext, place_of: PlaceOfSentence, back: int, preps: frozenset[str]
) -> Mention | None:
    """The town where the nearest sentence before that names a place put its act
    (``place_of`` reads a sentence's act place), when the anchor's own sentence names
    none; a sentence placing its act at an area, or nowhere, ends the look-back."""
    sent = anchor.sent
    if names_a_place(sent, ctx, preps) or _tells_an_origin(sent, ctx):
        return None
    doc = anchor.doc
    for _ in range(back):  # further back, a new paragraph has usually moved on
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if not names_a_place(sent, ctx, preps):
            continue
        found = place_of(sent, ctx)
        place = ctx.places.get(found.place_id) if found is not None else None
        return found if place is not None and not place.is_area else None
    return None


def _tells_an_origin(sent: Any, ctx: ArticleContext) -> bool:
    """ "launched strikes against rebels from the base": the place the sentence points back
    to is where the strikes came from, not where they landed (extract/placeorigin.py)."""
    return any(tok.dep_ == "pobj" and came_from(tok, ctx) for tok in sent)
