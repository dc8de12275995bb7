"""Dependency cues for backing between actors; backing told by a verb and giving are in
verbalbacking.py, alliance and membership cues in alliancecues.py. The helpers every
relation cue module shares (``words``, ``pair_of``, ``side_named``, ``verb_above``) live in
relpairs.py and are re-exported here, where their readers import them.

Each function looks at one token and yields (kind, source, target, trigger) for the
cue it heads, if any. Sides are actor mentions; callers drop unresolved ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.amongthem import named_members
from frontwatch.extract.arguments import pobjs
from frontwatch.extract.backednames import named_before_others, named_for_class
from frontwatch.extract.backedsides import (
    group_they_are_of,
    hidden_backed,
    named_through_apposition,
    whole_of_part,
)
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.operations import operation_doer
from frontwatch.extract.relpairs import Pair as Pair  # noqa: PLC0414 - re-exported: the relation cue modules import it here
from frontwatch.extract.relpairs import name_in_words
from frontwatch.extract.relpairs import pair_of as pair_of  # noqa: PLC0414 - re-exported: the relation cue modules import it here
from frontwatch.extract.relpairs import side_named as side_named  # noqa: PLC0414 - re-exported: supportcues.py and takingcues.py import it here
from frontwatch.extract.relpairs import verb_above as verb_above  # noqa: PLC0414 - re-exported: the relation cue modules import it here
from frontwatch.extract.relpairs import words as words  # noqa: PLC0414 - re-exported: the relation cue modules import it here
from frontwatch.extract.relsubjects import described_actor
from frontwatch.extract.respective import respective_pairs
from frontwatch.extract.sharedbackers import backed_beside, shared_backers
from frontwatch.extract.sharedheads import backed_together
from frontwatch.extract.sidelists import coordinated_actors
from frontwatch.extract.splitsubjects import split_backers
from frontwatch.extract.verbalbacking import agent_actor, co_backers, giving, verbal_backing
from frontwatch.nlp.text import text_of
from frontwatch.records import Mention

_BY = frozenset({"by"})
_MODIFIERS = ("npadvmod", "compound", "amod", "nmod", "poss")


def backing_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if tok.dep_ in ("acl", "amod") and _is_forum(tok.head):
        return  # "talks sponsored by X": a meeting backs no party
    dep = _modifier_dep(tok)
    backing_word = lemma in words("backing_words") or _backing_participle(tok.lower_, ctx)
    if backing_word and dep not in ("amod", "compound") and _bracketed(tok):
        yield from _bracketed_backing(tok, ctx)
    elif lemma in words("backing_words") and dep in ("amod", "compound", "acl"):
        yield from _adjectival_backing(tok, ctx)
    elif "-" in tok.text and dep in ("amod", "compound"):
        yield from _one_token_backing(tok, ctx)
    elif tok.lower_ in words("unhyphenated_participles") and _unhyphenated(tok, ctx):
        yield from _unhyphenated_backing(tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("backing_verbs"):
        paired = respective_pairs(tok, ctx)  # "X and Y are backed by A and B respectively"
        if paired is None:
            yield from verbal_backing(tok, ctx)
        for backer, backed in paired or ():
            yield from pair_of("backs", backer, backed, tok)
    elif tok.pos_ == "VERB" and lemma in words("giving_verbs"):
        yield from giving(tok, ctx)


def _backing_participle(word: str, ctx: ArticleContext) -> bool:
    """ "backed", "funded": a participle the KB reads as backing (``relations`` rules)."""
    return bool(ctx.kb.rules.relations.get(word) == "backed_by")


def _bracketed(tok: Any) -> bool:
    """ "the (Turkey-backed) Syrian National Army": a hyphened participle alone in brackets
    before a name, which the parser hangs elsewhere."""
    doc = tok.doc
    return (
        2 <= tok.i < len(doc) - 2
        and doc[tok.i + 1].text == ")"
        and doc[tok.i - 1].text == "-"
        and any(t.text == "(" for t in doc[max(tok.i - 6, 0) : tok.i - 1])
    )


def _bracketed_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The name the brackets stand before is backed by the one named before the hyphen."""
    backed = ctx.actor_at.get(tok.i + 2) or actor_near(ctx, tok.doc[tok.i + 2].head, depth=0)
    opening = next(t.i for t in reversed(tok.doc[: tok.i - 1]) if t.text == "(")
    backer = next((m for t in tok.doc[opening + 1 : tok.i - 1] if (m := ctx.actor_at.get(t.i))), None)
    yield from pair_of("backs", backer, backed, tok)


def _modifier_dep(tok: Any) -> str:
    """The dependency of a modifier, or of the first of coordinated modifiers ("the
    Kurdish-led and U.S.-backed SDF": "U.S.-backed" modifies the SDF too)."""
    dep: str = first_conjunct(tok).dep_
    return dep


def modified_noun(tok: Any) -> Any:
    """The noun a (possibly coordinated) modifier hangs on."""
    return first_conjunct(tok).head


def _is_forum(noun: Any) -> bool:
    """A meeting, process or war, or a noun hung on one ("talks on the conflict")."""
    forums = words("forum_nouns")
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    return noun.lemma_.lower() in forums or governor.lemma_.lower() in forums


def _one_token_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "U.S.-backed People's Protection Units": the tokenizer kept the backer and
    the participle as one word, so the backer is read from the word itself."""
    name, _, participle = tok.text.rpartition("-")
    if not name or ctx.kb.rules.relations.get(participle.lower()) != "backed_by":
        return
    noun = modified_noun(tok)
    backed = (
        described_actor(noun, ctx)
        or actor_near(ctx, noun, depth=0)
        or actor_near(ctx, noun, depth=1)
    )
    backer = _backer_inwords(name, tok.idx, backed, ctx)
    yield from pair_of("backs", backer, backed, tok)


def _unhyphenated(tok: Any, ctx: ArticleContext) -> bool:
    """ "the Iran backed Houthis": a bare participle right after a name, with no auxiliary
    nor "by" of its own ("Iran has backed X", "X backed by Y" are read as they are)."""
    return (
        tok.i > tok.sent.start
        and tok.i - 1 in ctx.actor_at
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in tok.children)
    )


def _unhyphenated_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The name before the participle backs the next one after it; read as a verb ("Iran
    backed militias") or as a modifier ("the Iran backed militias"), the tie is the same.
    A mention that took in all three words ("UAE backed Southern Transitional Council")
    names the one backed, and its words before the participle the backer. A verb the
    parser reads whole ("Iran backed the Houthis and Hezbollah") keeps its own reading when
    that name is one of its subjects, not only a noun further back ("the coalition formed to
    counter the Iran backed Houthis": Iran backs them, not the coalition)."""
    before = ctx.actor_at[tok.i - 1]
    verbal = list(verbal_backing(tok, ctx)) if tok.pos_ == "VERB" else []
    if any(source is before for _, source, _, _ in verbal):  # "X, W and Iran backed Y"
        yield from verbal
        return
    whole = ctx.actor_at.get(tok.i)
    if whole is before:
        name = text_of(tok.doc)[before.start : tok.idx].strip()
        yield from pair_of("backs", _backer_inwords(name, before.start, whole, ctx), whole, tok)
        return
    for word in tok.doc[tok.i + 1 : min(tok.i + 5, tok.sent.end)]:
        if word.i in ctx.actor_at:
            yield from pair_of("backs", before, ctx.actor_at[word.i], tok)
            return
        if word.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return  # the noun after the participle names no one


def _adjectival_backing(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Turkish-backed rebels", "rebels backed by Turkey", "the offensive, backed by X"."""
    noun = whole_of_part(modified_noun(tok))  # "militias, among them some armed by X"
    backed = (
        named_for_class(noun, ctx)  # "the Iran-backed militia, Kataib Hezbollah": Kataib Hezbollah
        or named_before_others(noun, ctx)
        or described_actor(noun, ctx)
        or _the_men_or_their_force(tok, noun, ctx)
        or operation_doer(noun, ctx)
        or hidden_backed(tok, noun, ctx)
    )
    shared = shared_backers(tok, ctx)  # "Saudi and Emirati-backed forces": Saudi backs too
    if shared:
        # a group named for the class keeps it ("Saudi and Emirati-backed forces, the Security Belt")
        backed = named_for_class(noun, ctx) or backed_beside(noun, shared, ctx)
        for named_first in shared:
            yield from pair_of("backs", named_first, backed, tok)
    agents = pobjs(tok, _BY) or _shared_agent(tok)
    if agents:
        # "backed by tanks and Iranian militiamen": the first listed name backs when the
        # first word of the list names no one
        backer = agent_actor(agents[0], ctx) or next(iter(coordinated_actors(agents[0], ctx)), None)
        yield from co_backers(agents[0], backer, backed, tok, ctx)
        for split in split_backers(noun):  # "X backed by jets and Y fighters attacked T"
            yield from pair_of("backs", actor_near(ctx, split), backed, tok)
        lead = first_conjunct(tok)  # "X and Y, armed and paid by Z": the first participle
        for other in backed_together(noun, lead, ctx) if _after_its_noun(lead, noun) and backed else []:
            if backed is not None and other.start != backed.start:  # "X and Y, backed by Z"
                yield from pair_of("backs", backer, other, tok)
    else:
        mods = [c for c in tok.children if c.dep_ in _MODIFIERS]
        if not mods and tok.i > 0 and tok.doc[tok.i - 1].text == "-" and tok.i > 1:
            mods = [tok.doc[tok.i - 2]]
        backer = next((m for m in (actor_near(ctx, c, depth=0) for c in mods) if m), None)
        if mods and (
            backer is None or backer is backed or backer is actor_near(ctx, noun, depth=0)
        ):
            # "Iran-backed Houthi rebels" known whole as one name: read the backer alone
            backer = _backer_named(mods[0], backed, ctx)
    if noun is not None and backed is not None:  # "militias paid by X, among them A and B"
        backed, *members = named_members(noun, ctx, backed)
        for member in members:
            yield from pair_of("backs", backer, member, tok)
    yield from pair_of("backs", backer, backed, tok)


def _after_its_noun(participle: Any, noun: Any) -> bool:
    """A participle set after the noun it tells of ("X and Y, backed by Z"), which the parser
    may tag an adjective ("X and Y, armed and paid by Z")."""
    return bool(participle.dep_ == "acl" or (participle.dep_ == "amod" and participle.i > noun.i))


def _the_men_or_their_force(tok: Any, noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side the backed men's own words name, unless they name only a class and an
    apposition names the force they make up ("the SDF, an alliance of Kurdish militias
    trained by X": the SDF)."""
    own = actor_near(ctx, noun, depth=0) or actor_near(ctx, noun, depth=1)
    if own is not None and own.actor_id and not own.actor_id.startswith(GENERIC_PREFIX):
        return own
    return named_through_apposition(tok, noun, ctx) or group_they_are_of(noun, ctx) or own


def _shared_agent(participle: Any) -> list[Any]:
    """ "rebels armed and paid by Turkey": the parser hangs the agent on the last of
    coordinated participles; the first has it too."""
    for conj in (c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN"):
        return pobjs(conj, _BY)
    return []


def _backer_named(modifier: Any, backed: Mention | None, ctx: ArticleContext) -> Mention | None:
    span = modifier.doc[modifier.left_edge.i : modifier.i + 1]
    return _backer_inwords(span.text, span.start_char, backed, ctx)


def _backer_inwords(
    name: str, start: int, backed: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """The backer a name inside another mention's words stands for (None if unknown)."""
    if backed is None:
        return None
    backer = name_in_words(name, start, backed.sentence_index, ctx)
    return None if backer is None or backer.actor_id == backed.actor_id else backer
