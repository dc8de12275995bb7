"""Whether a verb of taking takes ground: "captured the town", "seized Mosul", "the
recapture of Palmyra", "the town they retook" -- a place or a kind of territory; not goods or
people ("captured women and children from a nearby village", "seized weapons in the town").
Taking ground by force is an assault (events.yaml ``territory_type``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import Lexicon, get_lexicon, lemma_of
from frontwatch.extract.triggerobjects import has_object, objects_of


def takes_territory(tok: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "captured the town", "seized Mosul", "the recapture of Palmyra": what is taken is
    a place or a kind of territory, not goods or people."""
    if takes_goods_or_people(tok, lex, ctx):
        return False  # "captured women and children from a nearby village": people taken
    if has_object(tok, ["place_object", "control", "territory"], lex, ctx):
        return True
    if _relative_territory(tok, lex, ctx) or _taken_before(tok, lex, ctx):
        return True
    possessives = lex.events["territory_possessives"]
    if tok.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in possessives for c in tok.children
    ):
        return True  # "after its capture": the town or base named before
    taken_from_a_side = any(  # "recaptured X from the rebels": a side loses ground
        g.i in ctx.actor_at for p in tok.children if p.lower_ == "from" for g in p.children
    )
    if any(
        _unknown_place_name(o, ctx, loosely=taken_from_a_side)
        for o in objects_of(tok)
        if o.dep_ == "dobj"
    ):
        return True
    of_objects = [g for p in tok.children if p.lower_ in ("of", "over") for g in p.children]
    return any(
        i in ctx.place_at for o in of_objects for i in range(o.left_edge.i, o.right_edge.i + 1)
    )


def takes_goods_or_people(verb: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "captured women and children from a nearby village", "seized weapons in the town":
    people or goods taken (``taken_not_ground``), none of them a place or kind of territory;
    the place they were taken from or in is not what was taken."""
    taken = [o for o in _direct_objects(verb) if o.pos_ == "NOUN"]
    taken += [c for o in taken for c in o.children if c.dep_ == "conj"]
    not_ground = frozenset().union(*(lex.object_class(n) for n in lex.events["taken_not_ground"]))
    if not any(lemma_of(o) in not_ground for o in taken):
        return False
    kinds = lex.object_class("control") | lex.object_class("territory")
    return not any(_territorial(o, kinds, ctx) for o in taken)


def _territorial(noun: Any, kinds: frozenset[str], ctx: ArticleContext) -> bool:
    """The noun, or what it is part of ("much of the province"), is a place or territory; a
    place it is found in ("weapons in the town") is not it."""
    parts = [noun, *(g for p in noun.children if p.lower_ == "of" for g in p.children)]
    spans = [range(h.left_edge.i, h.i + 1) for h in parts]
    return any(lemma_of(h) in kinds for h in parts) or any(
        i in ctx.place_at for span in spans for i in span
    )


def _taken_before(verb: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "the first major city IS had managed to capture", parsed with no object: a verb of
    taking with nothing taken after it took the place or kind of territory just before it."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    kinds = lex.object_class("control") | lex.object_class("territory")
    shared = [o for c in verb.children if c.dep_ == "conj" for o in _direct_objects(c)]
    if shared:  # "seized and burned trucks": the object after the verbs is what was taken
        return any(o.i in ctx.place_at or o.lemma_.lower() in kinds for o in shared)
    before = verb.doc[max(verb.sent.start, verb.i - 6) : verb.i]
    return any(t.i in ctx.place_at or t.lemma_.lower() in kinds for t in before if t.pos_ != "VERB")


def _direct_objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _relative_territory(tok: Any, lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "the first city IS had managed to capture", "the town they retook": the noun a
    relative clause hangs on is what was taken."""
    current = tok
    while current.dep_ == "xcomp" and current.head.i != current.i:
        current = current.head
    if current.dep_ != "relcl" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    noun = current.head
    kinds = lex.object_class("control") | lex.object_class("territory")
    return noun.i in ctx.place_at or noun.lemma_.lower() in kinds


def _unknown_place_name(obj: Any, ctx: ArticleContext, *, loosely: bool) -> bool:
    """ "recaptured Abu Grein": a name no actor has, taken, is a place the gazetteer does
    not know -- if the tagger read it as a place or nothing, or (``loosely``) as anything
    when it was taken from a side (the small model reads many Arabic place names as persons)."""
    span = range(obj.left_edge.i, obj.right_edge.i + 1)
    if obj.pos_ != "PROPN" or any(ctx.actor_at[i].actor_id for i in span if i in ctx.actor_at):
        return False
    return loosely or obj.ent_type_ in get_lexicon().events["unknown_place_entity_types"]
