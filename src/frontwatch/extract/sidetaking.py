"""Sides taken by a phrase of place or rescue: "X fought on the side of Y", "X entered the
war on the side of Y" (X and Y are allies, and Y fights the enemy X's deed names);
"X came to the aid of Y", "X rushed to the rescue of Y", "X threw its weight behind Y"
(X backs Y, when both are sides). The one whose side is
taken is never the deed's enemy ("fighting on the side of the army" fights no army). Words
are data (``relations.yaml``: ``side_nouns``, ``rescue_nouns``, ``rescue_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.armed import SIDED_CLASSES, armed_side
from frontwatch.extract.causes import cause_enemies, cause_phrase
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_OF = frozenset({"of"})
_AGAINST = frozenset({"against"})


def _tie_words(key: str) -> frozenset[str]:
    """Words read once the preposition fired (``article_ties``), never cue words."""
    return get_lexicon().tie_words(key)


def side_taking_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "on the side of Y" hung on a deed: its doer and Y are allies, and Y fights the
    deed's "against" enemy; "came to the aid of Y": the one who came backs Y."""
    if _side_phrase(tok):
        verb = verb_above(tok)
        doer = _doer(verb, ctx)
        # "on the side of Y", "on Y's side"
        partner = first_actor(pobjs(tok, _OF) or [c for c in tok.children if c.dep_ == "poss"], ctx)
        yield from pair_of("allied", doer, partner, verb)
        enemy = first_actor(pobjs(verb, _AGAINST), ctx)
        yield from pair_of("fights", doer, enemy, verb)
        yield from pair_of("fights", partner, enemy, verb)
    elif _fought_for(tok) and not _a_place(tok, ctx):
        # "Wagner mercenaries fought for Haftar": at his side, not against him
        doer = _doer(tok.head, ctx)
        partner = first_actor([c for c in tok.children if c.dep_ == "pobj"], ctx)
        yield from pair_of("allied", doer, partner, tok.head)
        yield from pair_of("fights", partner, first_actor(pobjs(tok.head, _AGAINST), ctx), tok.head)
    elif _rescue_phrase(tok):
        verb = tok.head.head
        helper, helped = _doer(verb, ctx), first_actor(pobjs(tok, _OF), ctx)
        if _sides_in_rescue(tok, helper, helped, ctx):
            yield from pair_of("backs", helper, helped, verb)
    elif _behind_phrase(tok):  # "X has thrown its weight behind Y", "X stands with Y"
        verb = _stance_verb(tok)
        taken = pobjs(tok.head, frozenset({tok.lower_}))
        helper, helped = _doer(verb, ctx), first_actor(taken, ctx)
        if _sides_in_rescue(tok, helper, helped, ctx):
            yield from pair_of("backs", helper, helped, verb)
            # "stand with Y in their fight against Z", "side by side with Y in their
            # mission to defeat Z": Y fights Z
            enemy = first_actor(cause_enemies(verb, tok.head, *taken), ctx)
            yield from pair_of("fights", helped, enemy, verb)


def _side_phrase(noun: Any) -> bool:
    """ "on the side of", "on Y's side", and "on behalf of" (``bare_side_nouns``, no article)."""
    lemma = lemma_of(noun)
    if noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return False
    if lemma in words("bare_side_nouns"):
        return True
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    # "on the regime's side"; not "on the government's side of the river"
    owned = any(c.dep_ == "poss" for c in noun.children) and not pobjs(noun, _OF)
    return lemma in words("side_nouns") and (the or owned)


def _fought_for(prep: Any) -> bool:
    """ "fought for Y" (a fighting verb's "for"): Y's side is taken, or a place fought over."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.pos_ == "VERB"
        and lemma_of(prep.head) in words("reciprocal_fight_verbs")
    )


def _a_place(prep: Any, ctx: ArticleContext) -> bool:
    """ "fought for Kobani", "fought for the town": ground, not a side."""
    return any(c.i in ctx.place_at for c in prep.children if c.dep_ == "pobj")


def _rescue_phrase(noun: Any) -> bool:
    prep = noun.head
    return (
        lemma_of(noun) in words("rescue_nouns")
        and noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and lemma_of(prep.head) in words("rescue_verbs")
    )


def _behind_phrase(prep: Any) -> bool:
    """ "stood behind Y", "threw its weight behind Y" (``behind_verbs``; one with an object
    backs only with one of ``behind_objects``: not "threw grenades behind the lines"); a
    stance taken "with" or "by" a side ("stands with Y", "stood by Y", "stand shoulder to
    shoulder with Y": ``stance_verbs``, ``stance_preps``)."""
    if prep.dep_ != "prep":
        return False
    verb = _stance_verb(prep)
    if verb.pos_ != "VERB":
        return False
    lemma = lemma_of(verb)
    behind = prep.lower_ == "behind" and lemma in _tie_words("behind_verbs")
    if not behind and not (
        lemma in _tie_words("stance_verbs") and prep.lower_ in _tie_words("stance_preps")
    ):
        return False
    scene = _tie_words("behind_scene_preps")
    if any(
        c.dep_ == "prep"
        and c.i != prep.i
        and c.lower_ in scene
        and not cause_phrase(c)
        and not _manner_link(c)
        for c in verb.children
    ):
        return False  # "stood behind the soldiers at the checkpoint": where, not whose side
    objects = {lemma_of(c) for c in verb.children if c.dep_ == "dobj"} - _tie_words(
        "stance_manner_words"
    )
    return not objects or bool(objects & _tie_words("behind_objects"))


def _stance_verb(prep: Any) -> Any:
    """The verb a stance's preposition hangs on, past "shoulder to shoulder" ("stand
    shoulder to shoulder with Y": the parser may hang "with" on the second "shoulder"). Tokens
    are compared by index: spaCy makes a new Token object on every access, so ``is`` never
    stops at the root ("sided with Y", whose root is the manner word "side")."""
    head = prep.head
    while (head.lemma_.lower() in _tie_words("stance_manner_words") or _manner_link(head)) and (
        head.head.i != head.i
    ):
        head = head.head
    return head


def _manner_link(prep: Any) -> bool:
    """The preposition inside a manner phrase ("by" of "side by side", "to" of "shoulder
    to shoulder"): its object is a manner word, so it tells how the stance is taken, not
    where (the parser hangs "with" on the second "side" and "by" on the verb)."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _tie_words("stance_manner_words")
        for c in prep.children
    )


def _sides_in_rescue(
    noun: Any, helper: Mention | None, helped: Mention | None, ctx: ArticleContext
) -> bool:
    """Only a side's coming to a side's aid backs it: the one helped is armed or political
    (not civilians, refugees, a UN body or an aid group), the helper a state or an armed
    side (not the Red Cross); "aid", "assistance" and "help", which may be relief, need an
    armed helper (``relief_rescue_nouns``), not a ministry."""
    if helper is None or helped is None:
        return False
    taken = ctx.kb.get(helped.actor_id) if helped.actor_id else None
    giver = ctx.kb.get(helper.actor_id) if helper.actor_id else None
    relief = lemma_of(noun) in words("relief_rescue_nouns")
    return (
        _leader(taken)
        or armed_side(taken, classes=SIDED_CLASSES, governing=True, parties=True, alliances=False)
    ) and (_leader(giver) or armed_side(giver, classes=SIDED_CLASSES, governing=not relief))


def _leader(actor: Any) -> bool:
    """A person the KB knows stands for his side ("came to the rescue of Assad")."""
    return actor is not None and actor.type == "person"


def _doer(verb: Any, ctx: ArticleContext) -> Any | None:
    subject = acting_subject(verb, ctx) if verb.pos_ in ("VERB", "AUX") else None
    return actor_near(ctx, subject) if subject is not None else None


def names_side_taken(text: str, sent: Any) -> bool:
    """Whether the words of a side (an event's target) are only the side taken in the
    sentence's "on the side of" phrases."""
    heads = [t for t in sent if text and t.text == text.split()[-1]]
    return bool(heads) and all(side_taken(t) for t in heads)


def mention_side_taken(mention: Mention | None, ctx: ArticleContext) -> bool:
    """Whether a side found for a deed is the side taken in its "on the side of" phrase
    (an event's target there is no enemy: "fought on the side of the army")."""
    if mention is None:
        return False
    span = expanded_span(ctx.doc, mention.start, mention.end)
    return span is not None and side_taken(span.root)


def side_taken(tok: Any) -> bool:
    """Whether the token is in the "of" object of "on the side of" ("... on the side of the
    Malian army") or owns "on Y's side": a side taken, no enemy."""
    if tok.dep_ == "poss" and _side_phrase(tok.head):
        return True  # "on the regime's side"
    for noun in tok.ancestors:
        if noun.dep_ == "prep" and noun.lower_ == "of" and _side_phrase(noun.head):
            return True
        if _fought_for(noun):  # "fought for Haftar's forces" (a side's words: never ground)
            return True
    return False
