"""Which of an act's places only says where another one lies: "the town of X in western Y",
"the X district of Y", "the Idlib town of X", "X, 40 km west of Y": Y locates X, and the act
is at X, when the gazetteer agrees (same country or province, or near). Split from
extract/eventplace.py, whose ranking puts such locators last."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.places.gazetteer import Gazetteer
from frontwatch.records import Mention, Place


def locators(found: list[tuple[Any, Mention, int]], head: Any, ctx: ArticleContext) -> set[int]:
    """ "the town of X in western Y", "the X district of Y", "the Y town of X", "X, 40 km
    west of Y": Y only says where X lies, and the act is at X (ids of the mentions found that hang on, or
    follow, another one whose own name the gazetteer knows)."""
    known = [m for _, m, _ in found if m.resolution not in ("nearby", "context")]
    tokens = _place_tokens(ctx)
    owner = {i: ctx.place_at[i] for i in sorted(i for m in known for i in tokens.get(id(m), ()))}
    names = list(owner.items())
    for i, mention in names:
        tok = head.doc[i]
        if tok.dep_ in ("compound", "amod") and tok.head.i not in owner:
            owner[tok.head.i] = mention  # "the X district", "X airbase": the district is X
    settlements = frozenset(get_lexicon().events["settlement_nouns"])
    for i, mention in names:
        tok = head.doc[i]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
            if noun.lemma_.lower() in settlements:
                owner[noun.i] = mention  # "the Idlib town of X": the town is X, Idlib holds it
            else:
                owner.setdefault(noun.i, mention)  # "the town of X", "the X district of Y"
    return {id(m) for tok, m, _ in found if _locates(m, _hangs_on(tok, m, head, owner), ctx)}


def _place_tokens(ctx: ArticleContext) -> dict[int, list[int]]:
    """Each place mention's tokens, indexed once per article: a scan of every place per
    act made long documents cost more per word."""
    if not ctx.place_tokens:
        for i, mention in ctx.place_at.items():
            ctx.place_tokens.setdefault(id(mention), []).append(i)
    return ctx.place_tokens


def _locates(mention: Mention, located: Mention | None, ctx: ArticleContext) -> bool:
    """The mention says where ``located`` lies, and the gazetteer agrees: in its country or
    province, or near it."""
    outer = ctx.places.get(mention.place_id)
    inner = ctx.places.get(located.place_id) if located is not None else None
    if outer is None or inner is None or outer.country != inner.country:
        return False
    if _smaller(outer, inner):
        return False  # "the Damascus suburbs of Ain Tarma", "Hama city in Kafr Zeita"
    if outer.kind == "country" or (outer.admin1 and outer.admin1 == inner.admin1):
        return True
    return Gazetteer.distance_km(outer, inner) <= float(get_lexicon().events["locator_max_km"])


def _smaller(outer: Place, inner: Place) -> bool:
    """A town never locates a region or province, nor a smaller town a larger one."""
    broad = frozenset(get_lexicon().events["locator_broad_kinds"])
    if (inner.kind in broad) != (outer.kind in broad):
        return inner.kind in broad
    towns = outer.kind == inner.kind == "populated_place"
    return towns and outer.population < inner.population


def _hangs_on(tok: Any, mention: Mention, head: Any, owner: dict[int, Mention]) -> Mention | None:
    """The other place whose phrase the place's phrase hangs on, or whose name its
    preposition follows."""
    for above in tok.ancestors:
        if above.i == head.i:
            break
        if owner.get(above.i, mention) is not mention:
            return owner[above.i]
    if tok.dep_ != "pobj":
        return None
    phrase = tok.head
    if phrase.head.i == phrase.i - 1 and phrase.head.i != head.i:
        phrase = phrase.head  # "X, 40 km west of Y": the whole distance phrase follows X
    before = phrase.left_edge.i - 1
    if before > 0 and tok.doc[before].is_punct:
        before -= 1
    other = owner.get(before) if before >= 0 else None
    return other if other is not mention else None
