"""KB answers for phrases no mention covers, and a class noun whose side is named after it:
"groups backed by the Quds Force", "militias sponsored by Iran", "fighters loyal to the
government".

The actor KB reads the side when it comes first ("Quds Force-backed groups"); this module
turns the postposed wording into that phrase so the KB can resolve it (``postposed_links``
in events.yaml). A tie denied or past ("fighters not loyal to the government", "groups once
allied with T") names no side (``postposed_link_breaks``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.localbodies import body_named, described_in_place
from frontwatch.extract.prepobjects import pobjs
from frontwatch.kb.actors.articlestate import article_state, class_in_state
from frontwatch.kb.actors.classgates import (
    describes_a_class,
    heads_the_class,
    names_an_arm,
    theatre_umbrella,
)
from frontwatch.kb.actors.phrases import phrase_tokens
from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.treearrays import children_indices, labels_and_lowers
from frontwatch.nlp.wordtest import part_of_speech_in
from frontwatch.records import Mention

if TYPE_CHECKING:
    from frontwatch.extract.context import ArticleContext


def linked_phrase(token: Any, actor_at: dict[int, Mention]) -> tuple[str, Any] | None:
    """ "militias sponsored by Iran" -> ("Iran-sponsored militias", the token of Iran), or None."""
    links: dict[str, list[str]] = get_lexicon().events["postposed_links"]
    doc = token.doc
    for child in _linking_words(doc, token.i, links):  # a Token only of a linking word
        part = doc[child]
        if _tie_broken(part):
            continue
        for obj in pobjs(part, frozenset(links[part.lower_])):
            side = actor_at.get(obj.i)
            if side is not None:
                return f"{side.text}-{part.lower_} {token.text}", obj
    return None


def _linking_words(doc: Any, i: int, links: dict[str, list[str]]) -> list[int]:
    """The children of token ``i`` that may link it postposed ("sponsored", "loyal"),
    read from the doc's lists."""
    deps, lowers = labels_and_lowers(doc)
    return [
        c for c in children_indices(doc)[i] if deps[c] in ("acl", "amod", "relcl") and links.get(lowers[c])
    ]


def _tie_broken(participle: Any) -> bool:
    """ "not loyal to", "formerly affiliated with": a tie denied or past is no side now."""
    breaks = get_lexicon().events["postposed_link_breaks"]
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in breaks) for c in participle.children
    )


def resolve_phrase(ctx: ArticleContext, token: Any) -> Mention | None:
    """Ask the KB about a noun phrase no mention covers ("coalition jets", "rebel"),
    once per token; the answer is used for arguments only, never stored as a mention."""
    if token.i in ctx.phrase_cache:
        return ctx.phrase_cache[token.i]
    mention = None
    if _may_name_a_side(ctx, token):
        mods = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        start = min([token.i, *[m.left_edge.i for m in mods]])
        span = token.doc[start : token.i + 1]
        mention = body_named(token, ctx) or _kb_mention(ctx, span) or postposed_side(ctx, token)
    ctx.phrase_cache[token.i] = mention
    return mention


def elided_side(ctx: ArticleContext, modifier: Any, head: Any) -> Mention | None:
    """The side one of several coordinated modifiers names with the head they share:
    "Kurdish" of "Shiite and Kurdish militiamen" is "Kurdish militiamen" (the Peshmerga, not
    the Kurds), of "... militia members" "Kurdish militia members"; the mention spans the
    modifier. None when the KB knows no such phrase."""
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.i > modifier.i] + [head]
    match = ctx.kb.resolve(" ".join([modifier.text, *(t.text for t in nouns)]), date=ctx.published)
    if match is None:
        return None
    return _kb_mention(ctx, head.doc[modifier.i : modifier.i + 1], match)


def _may_name_a_side(ctx: ArticleContext, token: Any) -> bool:
    """A noun or adjective that is no place, no state named as where, and no demonym
    describing a class ("a Syrian rebel ambush" is no act of Syria's)."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.i in ctx.place_at:
        return False
    return token.i not in ctx.site_at and not describes_a_class(ctx.kb, token)


def postposed_side(ctx: ArticleContext, token: Any) -> Mention | None:
    """ "units sponsored by Iran": the class the side named after it makes."""
    linked = linked_phrase(token, ctx.actor_at)
    match = ctx.kb.resolve(linked[0], date=ctx.published) if linked else None
    if match is None or linked is None or _out_of_command(ctx, match.actor_id):
        return None
    # the mention covers the whole phrase: the side inside it is the doer's own, no other party
    return _kb_mention(ctx, token.doc[token.i : linked[1].right_edge.i + 1], match)


def postposed_ties(ctx: ArticleContext) -> Iterator[Mention]:
    """ "strikes on sites used by groups affiliated with Iran's IRGC": a class noun no
    mention covers whose own postposed link names its backer or ally, as a mention that
    carries the KB's note of the tie ("allied_with:IRN") for noteties to draw. Not the
    men of the side named ("troops loyal to the government" are its own), nor a tie
    denied or past (``_tie_broken``), nor a link that makes no side of the class ("a group
    affiliated with al-Qaeda" is any group)."""
    nouns = part_of_speech_in(ctx.doc, ("NOUN", "PROPN"))
    links: dict[str, list[str]] = get_lexicon().events["postposed_links"]
    for i in numpy.flatnonzero(nouns).tolist():  # a Token made of the linked nouns only
        covered = ctx.actor_at.get(i)
        if (covered is not None and covered.actor_id) or not _linking_words(ctx.doc, i, links):
            continue  # a name the KB knew, or a mention read already; or no link
        token = ctx.doc[i]
        linked = linked_phrase(token, ctx.actor_at)
        match = _noted_match(ctx, *linked) if linked else None
        if linked is None or match is None:
            continue
        named = ctx.actor_at[linked[1].i].actor_id
        if ctx.kb.top_of(match.actor_id) == ctx.kb.top_of(ctx.kb.side_for(named, ctx.published)):
            continue
        bare = ctx.kb.resolve(token.text, date=ctx.published)
        if bare is not None and bare.actor_id == match.actor_id:
            continue  # "a group affiliated with al-Qaeda" names no side the link makes
        mention = _kb_mention(ctx, token.doc[token.i : linked[1].right_edge.i + 1], match)
        if mention is not None:
            mention.note = match.note
            yield mention


def _noted_match(ctx: ArticleContext, phrase: str, named: Any) -> Any:
    """The KB's answer with a noted tie for the linked phrase, as written or with the side's
    own name ("Iran's Revolutionary Guards-affiliated groups" is read as the IRGC's)."""
    side = ctx.actor_at[named.i]
    actor = ctx.kb.get(side.actor_id) if side.actor_id else None
    renamed = phrase.replace(side.text, actor.name, 1) if actor is not None else ""
    for wording in dict.fromkeys(w for w in (phrase, renamed) if w):
        match = ctx.kb.resolve(wording, date=ctx.published)
        if match is not None and match.note:
            return match
    return None


def _out_of_command(ctx: ArticleContext, actor_id: str) -> bool:
    """A person who commands no one at the date ("fighters loyal to the ousted president"):
    his men stay the class their own word names, never the person as the fighting side."""
    actor = ctx.kb.actors.get(actor_id)
    if actor is None or actor.type != "person" or ctx.published is None:
        return False
    return not ctx.kb.command_of(actor_id, ctx.published)


def place_countries(ctx: ArticleContext) -> list[str]:
    """The countries of the article's places, once per place named."""
    places = ctx.places
    return [places[m.place_id].country for m in ctx.place_at.values() if m.place_id in places]


def resolve_span(ctx: ArticleContext, span: Any) -> Mention | None:
    """Ask the KB about a span no mention covers (not cached: spans vary per caller)."""
    return _kb_mention(ctx, span)


def resolve_with_noun(ctx: ArticleContext, owner: Mention, shared: str) -> Mention | None:
    """The side an owner names with the words it shares with others: "Kurdish" in "Iraqi
    and Kurdish forces" is the Kurdish forces, not the Kurds as a people (None if the KB
    knows no such phrase)."""
    span = expanded_span(ctx.doc, owner.start, owner.end)
    match = ctx.kb.resolve(f"{owner.text} {shared}", date=ctx.published)
    return None if span is None or match is None else _kb_mention(ctx, span, match)


def article_state_of(ctx: ArticleContext) -> str:
    """The article's state from its actor mentions and places, found once per article."""
    sizes = (len(ctx.actor_mentions), len(ctx.place_at), len(ctx.places))
    if ctx.state_found is None or ctx.state_found[0] != sizes:
        ctx.state_found = (sizes, article_state(ctx.kb, ctx.actor_mentions, place_countries(ctx)))
    return ctx.state_found[1]


def _kb_mention(ctx: ArticleContext, span: Any, match: Any = None) -> Mention | None:
    match = match or ctx.kb.resolve(span.text, date=ctx.published)
    actor_id = match.actor_id if match is not None else ""
    # "regime-held", "regime leader": the class the article's state decides; not a
    #   theatre's umbrella the noun itself says it is not ("a coalition of rebel groups")
    if not (theatre_umbrella(ctx.kb, actor_id) and _local_body(ctx, span, actor_id)):
        actor_id = class_in_state(ctx.kb, actor_id, article_state_of(ctx), ctx.published) or actor_id
    if not actor_id:
        return None
    return Mention(
        ctx.article.id,
        -1,
        span.start_char,
        span.end_char,
        span.text,
        "ACTOR",
        actor_id=actor_id,
        resolution="extract",
    )


def _local_body(ctx: ArticleContext, span: Any, class_id: str) -> bool:
    """ "a coalition of rebel groups", not "a coalition airstrike" or "a coalition base"
    (the article's one)."""
    tokens = phrase_tokens(span.text)
    if names_an_arm(ctx.kb, tokens) or not heads_the_class(ctx.kb, class_id, [span.root.lower_]):
        return False
    return described_in_place(span.root, ctx)
