"""Wars told by who they set against whom: "Syria's civil war pits the government of
Bashar al-Assad, backed by Russia and Iran, against an array of rebel groups" (each side
listed before "against" fights each side listed after it); "a war pitting rebels,
government forces and Kurdish militias against each other" (every two of them fight).
A list the parse lost (no commas, "pits" read as a noun) is read from the words between
the verb and "against"; a community in the list ("Kurds") stands for its forces. The words
are data (``relations.yaml``: ``pitting_verbs``, ``mutual_objects``; the KB's ``armed_peoples``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations
from typing import Any

from frontwatch.extract.coalitions import coordinated_actors, one_body
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.postlinks import resolve_span
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.records import Mention

_AGAINST = frozenset({"against"})


def pitting_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X pits A against B": A fights B; "pitting A, B and C against each other": each
    two fight. The word counts in any form the tagger gives it ("pits" read as a noun,
    "pitting" as an adjective)."""
    if lemma_of(tok) not in words("pitting_verbs") and tok.lower_ not in words("pitting_verbs"):
        return
    against = _against_of(tok)
    opposed = [c for c in against.children if c.dep_ == "pobj"] if against is not None else []
    if against is None or not opposed:
        return
    sides = [_as_forces(side, ctx) for side in _first_sides_listed(tok, against, ctx)]
    if _mutual(opposed[0]):
        for first, second in combinations(sides, 2):
            if not one_body(first, second, ctx):
                yield from pair_of("fights", first, second, tok)
        return
    for side in sides:
        for enemy in (_as_forces(m, ctx) for m in _listed(opposed[0], ctx)):
            yield from pair_of("fights", side, enemy, tok)


def _against_of(tok: Any) -> Any | None:
    """The "against" that sets the sides apart: under the verb or its object as parsed,
    else the first "against" after the word in its sentence (a long list without commas
    leaves the parse no shape: "a war pitting rebels regime troops Kurds and Islamists
    against each other")."""
    objs = _first_sides(tok) if tok.pos_ == "VERB" else []
    parsed = pobjs(tok, _AGAINST) or [o for obj in objs for o in _against_under(obj)]
    if parsed:
        return parsed[0].head
    after = (t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.lower_ in _AGAINST)
    return next(after, None)


def _first_sides_listed(tok: Any, against: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides set against the others: the parsed object's list, or every side named
    between the word and "against" when that names more (the parse lost the list)."""
    objs = _first_sides(tok) if tok.pos_ == "VERB" else []
    parsed = _listed(objs[0], ctx) if objs else []
    between = _named_between(tok, against, ctx)
    return between if len(between) > len(parsed) else parsed


def _named_between(tok: Any, against: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides named from ``tok`` to ``against``, without their backers: the list stops
    at "backed by" and a backer's name fused to the backed ("Russian-backed forces") is
    none. A class no mention covers ("rebels", "Kurdish fighters") is asked of the KB,
    and then stands for the modifier's mention it includes."""
    found: dict[int, Mention] = {}  # first token -> side
    for t in tok.doc[tok.i + 1 : against.i]:
        if _backing_agent(t):
            break
        mention, first = ctx.actor_at.get(t.i), t
        if mention is None and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON":
            # a person's name is no class: "the army of General Abdel Fattah al-Burhan"
            start, mention = _class_phrase(t, tok, ctx)
            for i in [i for i in found if i >= start]:
                del found[i]
            first = tok.doc[start] if mention is not None else t
        if mention is not None and mention not in found.values() and not _names_a_backer(first, against):
            found[first.i] = mention
    return list(found.values())


def _class_phrase(noun: Any, after: Any, ctx: ArticleContext) -> tuple[int, Mention | None]:
    """The longest phrase of up to three words ending in ``noun`` (its modifiers, after
    ``after``) the KB names: "Kurdish fighters", "rebels"."""
    for start in range(max(after.i + 1, noun.i - 2), noun.i + 1):
        words_before = noun.doc[start : noun.i]
        if any(w.pos_ not in ("ADJ", "NOUN", "PROPN") for w in words_before):
            continue
        mention = resolve_span(ctx, noun.doc[start : noun.i + 1])
        if mention is not None:
            return start, mention
    return noun.i, None


def _as_forces(side: Mention, ctx: ArticleContext) -> Mention:
    """A community set against others in a war stands for its forces (the KB's
    ``armed_peoples``, phrases.yaml, which also reads "the Kurds seized T")."""
    actor_id = ctx.kb.rules.armed_peoples.get(side.actor_id or "")
    if actor_id is None:
        return side
    if ctx.kb.get(actor_id) is None:
        raise ValueError(f"phrases.yaml armed_peoples: {actor_id} is no actor of the KB")
    return replace(side, actor_id=actor_id)


def _backing_agent(tok: Any) -> bool:
    """ "backed by", "supported by": what follows names backers, not sides."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return lemma_of(tok) in words("backing_words") and nxt is not None and nxt.lower_ == "by"


def _names_a_backer(tok: Any, end: Any) -> bool:
    """ "Russian-backed", "Iran backed": the name right before a backing participle."""
    rest = [t for t in tok.doc[tok.i + 1 : end.i] if t.text != "-"][:1]
    return bool(rest) and lemma_of(rest[0]) in words("backing_words")


def _listed(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The sides a list names, or the one a noun phrase names ("an array of rebel groups")."""
    found = coordinated_actors(noun, ctx)
    named = actor_near(ctx, noun) if not found else None
    return found or ([named] if named is not None else [])


def _first_sides(verb: Any) -> list[Any]:
    """The noun of the sides set against the others: the object, or what the parser made
    of it in a long sentence without commas (the noun the verb hangs on in "a war pitting
    A and B against each other"; the subject of a clause in "pits A supported by X
    against B")."""
    if verb.dep_ == "amod":
        return [verb.head]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return objs or [s for c in clauses for s in c.children if c.dep_ == "nsubj"]


def _against_under(obj: Any) -> list[Any]:
    """ "against B" hung on A, on a participle describing A ("pits A, supported by X,
    against B") or on the clause A is the subject of."""
    described = [c for c in obj.children if c.dep_ == "acl"]
    if obj.dep_ == "nsubj":
        described.append(obj.head)
    return [o for noun in [obj, *described] for o in pobjs(noun, _AGAINST)]


def _mutual(obj: Any) -> bool:
    """ "each other", "one another"."""
    phrase = " ".join(t.lower_ for t in obj.subtree)
    return phrase in words("mutual_objects")


__all__ = ["pitting_pairs"]


def warring_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "talks between the warring army and RSF", "the warring Houthis and government":
    the sides a mutual-war modifier describes together fight each other, whatever the
    clause says they do ("talks" tie them no closer). The modifiers are data
    (``relations.yaml``: ``warring_modifiers``)."""
    modifiers = words("warring_modifiers")
    if tok.dep_ != "amod" or not {tok.lower_, lemma_of(tok)} & modifiers:
        return
    sides = coordinated_actors(tok.head, ctx)
    for first, second in combinations(sides, 2):
        if not one_body(first, second, ctx):
            yield "fights", first, second, tok
