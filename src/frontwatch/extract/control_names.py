"""Places the text itself names as places, where no place mention covers the name.

Reporting on small places names them with their kind: "the town of B", "B town", "the
villages of B, C and D". When neither the named-entity model nor the gazetteer knows B
(it is read as a person, an organisation or nothing), the place noun still says B is a
place: a change of hands there is kept with B's name and no gazetteer id, as for any
unresolved place, rather than lost or moved to a place named further on.
"""

from __future__ import annotations

import bisect
from typing import Any

from frontwatch.extract.arguments import pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.records import Mention

NAMED_BY_NOUN = "reason:named as a place by the text, no gazetteer entry"
# the pieces of one name: "Kafr Tamar", "Al-Sayyad", "Hpa Lu"
_NAME_DEPS = frozenset({"compound", "flat"})
_HYPHENS = frozenset({"-", "–"})


def _place_nouns() -> frozenset[str]:
    return get_lexicon().control_words("anaphor_place_nouns")


def _naming_nouns() -> frozenset[str]:
    return _place_nouns() | get_lexicon().control_words("named_feature_nouns")


def _names_by_its_noun(noun: Any) -> bool:
    """Whether the noun gives its place's name: a place or feature noun, or "their
    strongholds of B and C" (an owned place noun whose owner a possessive names)."""
    lemma = lemma_of(noun)
    if lemma in _naming_nouns():
        return True
    owned = get_lexicon().control_words("owned_place_nouns")
    return lemma in owned and any(c.dep_ == "poss" for c in noun.children)


def own_names(noun: Any) -> list[Any]:
    """The names a place noun gives its place: "the villages of B and C", "B town",
    "Zarin mountain", "their strongholds of B and C" (not "the stronghold of X")."""
    if not _names_by_its_noun(noun):
        return []
    if noun.pos_ == "PROPN" and any(c.dep_ in _NAME_DEPS and c.i < noun.i for c in noun.children):
        return [noun]  # "the Seven Wells Hill": the noun ends the name itself
    names = pobjs(noun, frozenset({"of"}))
    names = names or [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    # "the southern town Al-Qarni", "a strategic village, Kafr Nabl,": the name set after
    names = names or [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if not names or names[0].pos_ != "PROPN":
        return []
    return [names[0], *names[0].conjuncts]


def place_named_by_noun(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The place a place noun names itself: "the town of B", "B town" (B unknown)."""
    names = own_names(noun)  # unknown_name takes only a proper name, as own_names does
    return unknown_name(names[0], ctx) if names else None


def name_vouched_for(name: Any, ctx: ArticleContext) -> Mention | None:
    """A proper name the sentence itself calls a place: "Dubrava, a village on the
    highway" (an apposition of a place noun), "recaptured Kalemba and Goma" (a name
    coordinated with a known place)."""
    if name.pos_ != "PROPN":
        return None
    described = any(c.dep_ == "appos" and lemma_of(c) in _place_nouns() for c in name.children)
    coordinated = any(t.i in ctx.place_at for t in name.conjuncts)
    return unknown_name(name, ctx) if described or coordinated else None


def listed_name(tok: Any, ctx: ArticleContext) -> Mention | None:
    """A name of a list a place noun introduces ("the villages of B, C and D": C or D)."""
    top = tok
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    introduced = top.dep_ == "pobj" and top.head.lower_ == "of"
    if not introduced or not _names_by_its_noun(top.head.head):
        return None  # "their strongholds of B and C" lists places as "the towns of" does
    return unknown_name(tok, ctx)


def named_place_noun(tok: Any, ctx: ArticleContext) -> Mention | None:
    """A listed place noun with its own name before it ("captured Aboulin town and
    al-Salhiya village": the village named al-Salhiya, unknown to the gazetteer)."""
    if lemma_of(tok) not in get_lexicon().control_words("where_town_marks"):
        return None
    return place_named_by_noun(tok, ctx)


def list_members(name: Any) -> list[Any]:
    """The names coordinated with a name: its conjuncts, and a list the parser hung on it
    as an apposition ("the villages of A, B, C and D" read as A, appositive B, C and D)."""
    members = list(name.conjuncts)
    listed = name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ == "NOUN"
    for appos in name.children if listed else ():
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.conjuncts:
            members += [appos, *appos.conjuncts]
        elif appos.dep_ == "appos" and appos.pos_ == "PROPN" and _last_of_list(appos) is not None:
            members += [appos]  # "of A, B and, most importantly, C": B, and C after it
    last = _last_of_list(max([name, *members], key=lambda t: t.i)) if listed else None
    return [*members, last] if last is not None else members


def _last_of_list(name: Any) -> Any | None:
    """The name that closes a list after ``name`` though the parser hung it elsewhere: "A,
    B and, most importantly, C" (only commas, one "and" and adverbs between)."""
    doc, i = name.doc, name.i + 1
    links = 0
    while i < len(doc) and (doc[i].pos_ in ("PUNCT", "ADV") or doc[i].lower_ == "and"):
        links += doc[i].lower_ == "and"
        i += 1
    while i < len(doc) and doc[i].dep_ in _NAME_DEPS and doc[i].head.i > i:
        i = doc[i].head.i  # "and Tel Arn": the name's head
    if links != 1 or i == len(doc) or doc[i].pos_ != "PROPN":
        return None
    return None if doc[i].dep_ in ("nsubj", "nsubjpass", "poss") else doc[i]  # "and X's men"


def unknown_name(name: Any, ctx: ArticleContext) -> Mention | None:
    """An unresolved place mention for a proper name no mention of a place or an actor
    covers, or None."""
    tokens = _name_tokens(name)
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    if any(t.i in ctx.place_at or _named_actor(t, ctx) or t.ent_type_ == "DATE" for t in tokens):
        return None
    if _only_a_name_of(tokens, ctx) and not _located(name, ctx):
        return None  # "seized the village of Ahmed": a person's name needs a second sign
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Mention(
        article_id=ctx.article.id,
        sentence_index=bisect.bisect_right(ctx.sentence_starts, start) - 1,
        start=start,
        end=end,
        text=ctx.text[start:end],
        label="GPE",
        resolution="unresolved",
        note=NAMED_BY_NOUN,
    )


def _actor_type(tok: Any, ctx: ArticleContext) -> str | None:
    """The type of the actor a word names surely (not a name the KB only guessed, a
    person's name spelt nearly so, "Kawlin" for "Kalin"), or None."""
    mention = ctx.actor_at.get(tok.i)
    if mention is None or not mention.actor_id or mention.resolution == "fuzzy":
        return None
    actor = ctx.kb.get(mention.actor_id)
    return "" if actor is None else actor.type


def _only_a_name_of(tokens: list[Any], ctx: ArticleContext) -> bool:
    """Whether every word of the name is a word of a person's or an outlet's name the
    KB knows ("Ahmed", "Reuters"; not "Al-Sahel", where "Al-" is no outlet's). The
    named-entity model reads too many small towns' names as persons' to be asked."""
    words = [t for t in tokens if t.is_alpha]
    kinds = get_lexicon().control_words("town_name_actor_types")
    return bool(words) and all(_actor_type(t, ctx) in kinds for t in words)


def _named_actor(tok: Any, ctx: ArticleContext) -> bool:
    """A word of an actor's name; a person's name beside a place noun may be a town's
    ("the town of Sheikh Hamad, 20 km north of T"), checked by unknown_name."""
    kind = _actor_type(tok, ctx)
    return kind is not None and kind not in get_lexicon().control_words("town_name_actor_types")


def _located(name: Any, ctx: ArticleContext) -> bool:
    """Whether the phrase of a name says where it lies, a second sign it is a place: a
    known place or a word of distance or direction in it ("20 km north of T", "the
    southern town of B", "the village of B in P province")."""
    top = name
    while top.dep_ in ("conj", "appos", "pobj", "prep", "compound") and top.head.i != top.i:
        top = top.head
    words = get_lexicon().control_words("location_sign_marks")
    return any(t.i in ctx.place_at or t.lower_ in words for t in top.subtree if t.i != name.i)


def _name_tokens(name: Any) -> list[Any]:
    """The name's own words, left of it and joined to it: "Kafr Tamar", "Al - Sayyad"."""
    parts = {name.i}
    for child in name.children:
        joined = child.dep_ in _NAME_DEPS or (child.dep_ == "punct" and child.text in _HYPHENS)
        # "the Seven Wells Hill", "Three Sisters ridge": a number spelt capitalised
        #   begins many hill and ridge names, and is part of the name
        joined = joined or (child.dep_ == "nummod" and child.is_title and child.is_alpha)
        if joined and child.i < name.i:
            parts.update(range(child.i, name.i))
    tokens = [name.doc[i] for i in sorted(parts)]
    tokens += _misparsed_rest(name)
    return [t for t in tokens if t.text not in _HYPHENS or t is not tokens[0]]


_NAME_REST = 2  # "Bir Sadda", "Umm Rasa Tal": the words a name may run on by


def _misparsed_rest(name: Any) -> list[Any]:
    """Capitalised words right after the name that the parser split off it ("the town of
    Bir Sadda" with "Sadda" read as a verb): part of the name, up to a date's word."""
    rest = []
    for tok in name.doc[name.i + 1 : name.i + 1 + _NAME_REST]:
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.ent_type_ in ("DATE", "TIME"):
            break
        if tok.dep_ in _NAME_DEPS and tok.head.i > tok.i:
            break  # "the town of B Army commanders": the start of the next phrase
        rest.append(tok)
    return rest
