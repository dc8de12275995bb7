"""One act told of several places listed together: "the army shelled Kafr Nabl, Hass and
Kafr Sajna", "took over the villages of Garisiyani, Booco and Nur-Fanah", "protests in Port
Sudan, Kassala and Atbara". Reporting lists the places an act of one kind struck, and each
listed town is an event of its own where the towns lie apart; one event at the first town
missed the others. The list is the place's conjuncts, and the names written after it joined
by commas and "and" where the parser hung the last one on the verb ("attacks in A, B, and C
that killed ..."). A copy of the event goes to each town coordinated with its place, far
enough from it to be another scene, with no toll (the figure is the list's, told once). Not
for areas (provinces, countries: "in Syria and Iraq"), nor places that bound a span ("between
Mosul and Raqqa"). The words and the distance are data (``events.yaml``: ``listed_places``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext, clause_head, record_id
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placeroles import named_as_actor
from frontwatch.extract.sentenceof import sentence_of
from frontwatch.kb.places.gazetteer import Gazetteer
from frontwatch.nlp.treearrays import head_indices
from frontwatch.records import Casualties, Event, Mention, Place


def spread_over_listed_places(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events, each followed by its copies at the towns listed with its own; run once the
    article's events have their final sides (a copy is the act, told once)."""
    rules = get_lexicon().events["listed_places"]
    kinds = frozenset(rules["types"])
    out: list[Event] = []
    # a town the act is already told at (the capture reader's assaults at each town taken)
    told = {(ctx.trigger_offsets.get(e.id), e.type, e.place_id) for e in events}
    for event in events:
        out.append(event)
        if event.type not in kinds or not event.place_id:
            continue
        anchor = ctx.trigger_token(event.id)
        if anchor is None:
            continue
        for n, other in enumerate(_listed_with(event, anchor, ctx, rules), start=1):
            key = (ctx.trigger_offsets.get(event.id), event.type, other.place_id)
            if key not in told:
                told.add(key)
                out.append(_copy_at(event, other, n, ctx))
    return out


def _listed_with(
    event: Event, anchor: Any, ctx: ArticleContext, rules: dict[str, Any]
) -> Iterator[Mention]:
    """The town mentions coordinated with the event's own place, each far enough from it."""
    own = _town(event.place_id, ctx)
    root = _place_root(event, anchor, ctx)
    if own is None or root is None or _bounds_a_span(root, rules["span_preps"]):
        return
    if _verb_over(root).i != clause_head(anchor).i:
        return  # "an offensive to retake T1 and T2": the towns are the aim's, not the act's
    seen = {event.place_id}
    for tok in (*root.conjuncts, *_listed_after(root, ctx)):
        mention = ctx.place_at.get(tok.i)
        other = _town(mention.place_id, ctx) if mention is not None else None
        if mention is None or other is None or mention.place_id in seen:
            continue
        seen.add(mention.place_id)
        if Gazetteer.distance_km(own, other) > float(rules["min_km"]):
            yield mention


def _listed_after(root: Any, ctx: ArticleContext) -> list[Any]:
    """The place names written after the root as the rest of its list ("in Azaz, al-Bab,
    and Afrin", "two towns, Ras al-Ayn and Tell Abyad"), where the parser hung a later name
    on the verb rather than on the list: names joined by commas and a last "and" or "or",
    each a place mention of its own, not one used as an actor ("..., and Ankara said") nor
    the subject of a clause of its own."""
    doc, found, joined = root.doc, [], False
    i = _last_token_of(ctx.place_at[root.i], root.i, ctx) + 1
    while i < len(doc) and doc[i].lower_ in _LIST_JOINS:
        while i < len(doc) and doc[i].lower_ in _LIST_JOINS:
            joined = joined or doc[i].lower_ in ("and", "or")
            i += 1
        mention = ctx.place_at.get(i)
        if mention is None or doc[i].idx != mention.start or named_as_actor(mention):
            break
        last = _last_token_of(mention, i, ctx)
        if _opens_a_clause(doc[last], root):
            break  # "recaptured Ramadi, Hit and Fallujah were the last ...": a new subject
        found.append(doc[last])
        i = last + 1
    return found if joined else []


def _opens_a_clause(tok: Any, root: Any) -> bool:
    """Whether the name (or the first name it is joined to) is the subject of a clause of its
    own, not a name of the root's list."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != root.i and first.dep_ in ("nsubj", "nsubjpass", "csubj")


def _last_token_of(mention: Mention, i: int, ctx: ArticleContext) -> int:
    while ctx.place_at.get(i + 1) is mention:
        i += 1
    return i


_LIST_JOINS = frozenset({",", "and", "or"})


def _verb_over(tok: Any) -> Any:
    """The verb whose clause holds a place, past a participle that only lists ("in other
    cities including T1 and T2")."""
    current = tok
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "prep":
            return current
    return current


def _town(place_id: str, ctx: ArticleContext) -> Place | None:
    place = ctx.places.get(place_id)
    return None if place is None or place.is_area else place


def _place_root(event: Event, anchor: Any, ctx: ArticleContext) -> Any:
    """The head word of the event's place mention in the anchor's sentence (read from the
    doc's head list: a Token made only of the word found)."""
    sent, heads = sentence_of(anchor), head_indices(anchor.doc)
    for i in range(sent.start, sent.end):
        mention = ctx.place_at.get(i)
        if (
            mention is None
            or mention.place_id != event.place_id
            or mention.text != event.place_text
        ):
            continue
        if heads[i] == i or ctx.place_at.get(heads[i]) is not mention:
            return anchor.doc[i]  # the mention's last word, not one of its compound words
    return None


def _bounds_a_span(root: Any, preps: list[str]) -> bool:
    """ "between Mosul and Raqqa", "from Hama to Homs": the places bound a road or a front."""
    return any(a.dep_ == "prep" and a.lower_ in preps for a in root.ancestors)


def _copy_at(event: Event, mention: Mention, n: int, ctx: ArticleContext) -> Event:
    new_id = record_id(
        ctx.article.id, mention.start, event.type, ctx.trigger_offsets.get(event.id, 0) + n
    )
    return copy_at(event, new_id, mention.place_id, mention.text, ctx)


def copy_at(event: Event, new_id: str, place_id: str, place_text: str, ctx: ArticleContext) -> Event:
    """The event told again at another place of its list: the same act, with no toll (the
    figure is the list's, told once) and a claim of its own (later steps may weigh one alone);
    the same trigger, and the same marks of the article's readers."""
    copy = dataclasses.replace(
        event,
        id=new_id,
        place_text=place_text,
        place_id=place_id,
        casualties=Casualties(),
        claim=dataclasses.replace(event.claim),
    )
    if event.id in ctx.trigger_offsets:  # an assault a change of hands told has no trigger token
        ctx.trigger_offsets[copy.id] = ctx.trigger_offsets[event.id]
    for ids in (ctx.definite_ids, ctx.doerless_ids, ctx.descriptive_ids, ctx.toll_ids):
        if event.id in ids:
            ids.add(copy.id)
    return copy
