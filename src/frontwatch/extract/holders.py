"""Whom a place of arms belongs to, when the text says so after the noun.

"Jets struck positions held by the rebels", "artillery pounded trenches manned by X",
"rockets hit a base housing X troops": the act is aimed at the place, and so at whoever
the participle after it names as holding it (``object_classes`` held, held_by_verbs and
holding_verbs in events.yaml). A place of arms without such a participle names no one here.
A holder joined to the participle by a hyphen before the place of arms ("rebel-held
trenches", "YPG-controlled positions": ``hyphen_held_verbs``) holds it too. A district or
village held by X is still no place of arms: children killed in shelling a "government-held
district" are its victims, not the government.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.argumenthedges import argument_cues
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sides import CIVILIANS
from frontwatch.records import Mention

_AGENT = frozenset({"by"})
_TENSED = frozenset({"VBZ", "VBP", "VBD"})
_RELATIVE_WORDS = frozenset({"which", "that"})


def holder_of(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side hyphened to a holding participle before a place of arms, or the actor a
    participle after it says holds it, or None."""
    lex = get_lexicon()
    if noun is None or lemma_of(noun) not in lex.object_class("held"):
        return None
    hyphened = _hyphened_holder(noun, ctx, lex)
    if hyphened is not None:
        return hyphened
    # "struck a depot and a command post used by X": the participle on the last of
    # joined places of arms tells whose they all are
    joined = [c for c in noun.children if c.dep_ == "conj" and lemma_of(c) in lex.object_class("held")]
    for participle in (c for n in (noun, *joined) for c in n.children if c.dep_ in ("acl", "relcl")):
        found = (
            _held_by(participle, ctx, lex)
            or _holding(participle, ctx, lex)
            or _relative_holding(participle, ctx, lex)
            or _where_there_are(participle, ctx)
        )
        if found is not None:
            return found
    return None


def ground_holder(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side a hyphened participle before any noun ("rebel-held areas") or a "held by"
    participle after it ("the last town held by the rebels") says holds it, whatever the
    noun; the caller decides whether that ground stands for its holder (heldassaults.py)."""
    lex = get_lexicon()
    found = _hyphened_holder(noun, ctx, lex)
    for participle in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        found = found or _held_by(participle, ctx, lex)
    return found


def civilian_words() -> frozenset[str]:
    """The words naming civilians, children or women (cues.yaml's casualty lists)."""
    casualty = get_lexicon().casualty
    return frozenset().union(*(casualty(k) for k in ("civilian_nouns", "child_nouns", "woman_nouns")))


def _hyphened_holder(noun: Any, ctx: ArticleContext, lex: Any) -> Mention | None:
    """ "rebel-held districts", "government-controlled towns": the word before the hyphen.
    The parser hangs it on the participle, out of reach of the noun's own modifiers."""
    for participle in (c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i):
        if participle.lemma_.lower() not in lex.object_class("hyphen_held_verbs"):
            continue
        if not any(c.tag_ == "HYPH" for c in participle.children):
            continue
        found = first_actor([c for c in participle.children if c.i < participle.i and c.tag_ != "HYPH"], ctx)
        if found is not None:
            return found
    return None


def _held_by(participle: Any, ctx: ArticleContext, lex: Any) -> Mention | None:
    """ "positions held by X", "a checkpoint manned by X"."""
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in lex.object_class(
        "held_by_verbs"
    ):
        return None
    return first_actor(pobjs(participle, _AGENT), ctx)


def _holding(participle: Any, ctx: ArticleContext, lex: Any) -> Mention | None:
    """ "a base housing X troops", "the camp hosting X advisers"."""
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in lex.object_class(
        "holding_verbs"
    ):
        return None
    # "buses carrying Shiite residents": people, not the militia of their sect
    return _people_held(participle, "dobj", ctx, lex)


def _relative_holding(verb: Any, ctx: ArticleContext, lex: Any) -> Mention | None:
    """ "a base, which houses X troops", "an airfield that hosts X advisers": a relative
    clause whose "which"/"that" holds the place's people, told in a tense of its own."""
    if verb.dep_ != "relcl" or verb.tag_ not in _TENSED or verb.lemma_.lower() not in lex.object_class("holding_verbs"):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_WORDS for c in verb.children):
        return None
    return _people_held(verb, "dobj", ctx, lex)


def _where_there_are(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "the base, where there are X troops": the people said to be there hold it."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() != "be":
        return None
    words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "expl")}
    if not {"where", "there"} <= words:
        return None
    return _people_held(verb, "attr", ctx, get_lexicon())


def _people_held(verb: Any, dep: str, ctx: ArticleContext, lex: Any) -> Mention | None:
    """The side the verb's object (or attribute) names, unless it names civilians of a class
    or no one ("where there are no US troops now")."""
    objects = [c for c in verb.children if c.dep_ == dep]
    if not objects or any(cue == "negated" for cue, _word in argument_cues(objects[0], doer=False)):
        return None
    found = actor_near(ctx, objects[0])
    if found is not None and _people_of_a_class(objects[0], found, lex):
        return None
    return found


def _people_of_a_class(noun: Any, found: Mention, lex: Any) -> bool:
    """Civilians ("residents", "passengers") whose modifier names only a class other than
    civilians themselves."""
    civilian = lemma_of(noun) in lex.casualty("civilian_nouns")
    return civilian and found.actor_id.startswith(GENERIC_PREFIX) and found.actor_id != CIVILIANS


def held_or_named(named: Mention | None, noun: Any, ctx: ArticleContext) -> Mention | None:
    """The actor a target noun names, unless it names only a class ("rebel positions") or
    no one and a participle after it names the holder ("held by the Free Syrian Army")."""
    if named is not None and not named.actor_id.startswith(GENERIC_PREFIX):
        return named
    return holder_of(noun, ctx) or named


def aimed_at(tokens: list[Any], ctx: ArticleContext) -> Mention | None:
    """The first of the tokens (objects of "on", "against"...) that names a target, its
    holder counting for a place of arms."""
    for tok in tokens:
        if _wielded(tok):
            continue  # "attacking with American tanks": the means, not the target
        found = held_or_named(actor_near(ctx, tok), tok, ctx)
        if found is not None:
            return found
    return None


def fired_at(verb: Any, obj: Any, preps: frozenset[str], ctx: ArticleContext) -> Mention | None:
    """What a launched weapon object is aimed at: "launched drones at Saudi bases", "fired a
    barrage of rockets at army posts" (the parser may hang the "at" on the object). The
    weapon names its maker or class at most ("Iranian-made missiles"), never the target."""
    if not launched_weapon(obj):
        return None
    weapons = [obj, *pobjs(obj, frozenset({"of"}))]  # "a barrage of rockets at X": on either
    return aimed_at([*pobjs(verb, preps), *(t for w in weapons for t in pobjs(w, preps))], ctx)


def launched_weapon(obj: Any) -> bool:
    """A weapon fired (``object_classes.launched_weapon``), or a body of them ("a barrage of
    rockets", "dozens of shells": ``object_classes.body``)."""
    lex = get_lexicon()
    weapons = lex.object_class("launched_weapon")
    if lemma_of(obj) in weapons:
        return True
    counted = lemma_of(obj) in lex.object_class("body") | lex.object_class("volley")
    return counted and any(lemma_of(t) in weapons for t in pobjs(obj, frozenset({"of"})))


def _wielded(tok: Any) -> bool:
    """An object of "with" that is a weapon (``object_classes.weapons`` in events.yaml, or an
    instrument of modes.yaml: "with tanks", "with Russian jets"), or the help it was done
    with ("took T with the help of US strikes": relations.yaml ``support_nouns``)."""
    if tok.head.lower_ != "with":
        return False
    lexicon = get_lexicon()
    return (
        lemma_of(tok) in lexicon.object_class("weapons")
        or lemma_of(tok) in lexicon.relation_words("support_nouns")
        or bool(lexicon.instrument_re.fullmatch(tok.lower_))
    )
