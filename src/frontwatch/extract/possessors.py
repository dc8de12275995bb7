"""Whose place of arms a pronoun names: "Israeli jets struck their positions".

An act aimed at "its base" or "their positions" hits the owner the pronoun stands for:
the nearest side named before it in the sentence ("Troops pushed back the militants and
shelled their positions": the militants), passing over the act's own doers ("the SDF
repelled IS's offensive on their positions": the SDF; "X and Y shelled their trenches":
neither X nor Y) and those
who only report or suffer (a monitor, an aid group, civilians: ``unarmed_sectors``) and
names standing for places ("in Syria's Quneitra") and sides named only in what another is
regarded as ("regards X as a branch of Y"); in
a sentence that names no one else, the subject of the sentence before. A deed praised
("congratulated the army on its victory") is the praised one's (``possessed_doer``). Only the places of
arms the holder rules read (``object_classes.held``) and the pronouns in
``article_ties.anaphora.possessive_pronouns`` (relations.yaml) count.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, clause_head
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.subjectsbefore import subject_before
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention


@cache
def _pronouns() -> frozenset[str]:
    words: list[str] = get_lexicon().relations["article_ties"]["anaphora"]["possessive_pronouns"]
    return frozenset(words)


def possessed_target(
    anchor: Any, source: Mention | None, preps: frozenset[str], ctx: ArticleContext
) -> Mention | None:
    """The owner of the place of arms the act at ``anchor`` is aimed at, when a possessive
    pronoun names it; None otherwise."""
    pronoun = _owner_pronoun(anchor, preps)
    if pronoun is None:
        return None
    found = _named_before(pronoun, source, _doer_tokens(anchor), ctx)
    if found is None:
        found = subject_before(pronoun, ctx)
        if found is not None and not _a_party(found, source, ctx):
            found = None
    return found


def _owner_pronoun(anchor: Any, preps: frozenset[str]) -> Any | None:
    held = get_lexicon().object_class("held")
    objects = [c for c in anchor.children if c.dep_ == "dobj"] + pobjs(anchor, preps)
    objects += [c for o in objects for c in o.conjuncts]
    for obj in objects:
        if lemma_of(obj) not in held:
            continue
        for child in obj.children:
            if child.dep_ == "poss" and child.lower_ in _pronouns():
                return child
    return None


def _doer_tokens(anchor: Any) -> set[int]:
    """The tokens naming the act's doers: the verb's subject with its conjuncts ("X and Y
    shelled their trenches"), or the modifiers before an act noun ("X's attack on their
    lines")."""
    subject = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    if subject is None and anchor.pos_ not in ("VERB", "AUX"):
        subject = subject_of(clause_head(anchor))
    tokens = {t.i for t in subject.subtree} if subject is not None else set()
    if anchor.pos_ not in ("VERB", "AUX"):
        tokens.update(t.i for t in anchor.subtree if t.i < anchor.i)
    return tokens


def _named_before(
    pronoun: Any, source: Mention | None, doers: set[int], ctx: ArticleContext
) -> Mention | None:
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        mention = ctx.actor_at.get(i)
        if i in doers or i in ctx.place_at:
            continue  # "fighters in Syria's Quneitra": the country names a place here
        if mention is not None and _a_party(mention, source, ctx) and not _likened_to(pronoun.doc[i]):
            return mention
    return None


def _likened_to(tok: Any) -> bool:
    """A side named only in what another is regarded as, or in words describing another
    ("Ankara regards the YPG, the backbone of the SDF, as a branch of the PKK and shelled
    their positions": the YPG's, not the PKK's or the SDF's)."""
    return any((a.dep_ == "prep" and a.lower_ == "as") or a.dep_ == "appos" for a in tok.ancestors)


def _a_party(mention: Mention, source: Mention | None, ctx: ArticleContext) -> bool:
    """A side other than the act's doer that can hold a place of arms."""
    if mention is source or not mention.actor_id:
        return False
    if source is not None and mention.actor_id == source.actor_id:
        return False
    actor = ctx.kb.get(ctx.kb.side_for(mention.actor_id, ctx.published))
    unarmed = get_lexicon().armed_side_words("unarmed_sectors")
    return actor is None or actor.sector not in unarmed


_NOUN_LINKS = frozenset({"compound", "amod", "poss", "appos", "det", "nummod", "nmod"})


def possessed_doer(noun: Any, ctx: ArticleContext) -> Mention | None:
    """The side a possessive pronoun on the doer's own noun stands for: "the army said its
    jets bombed the hills", "the Houthis said their drones hit", "warplanes stepped up their
    strikes on X". The owner is the nearest side named before the pronoun as a subject in
    the sentence (a speaker's or a doer's: "X said its", "X stepped up its"), so an object
    named before ("attacked the base and its defenders ...") is never taken; in a sentence
    naming no subject side before it, the subject of the sentence before, when a party."""
    pronoun = next(
        (c for c in noun.children if c.dep_ == "poss" and c.lower_ in _pronouns()), None
    )
    if pronoun is None:
        return None
    praised = [m for t in praised_ones(noun) if (m := actor_near(ctx, t)) is not None]
    if praised:  # "congratulated the army on its strikes": the army's, not the speaker's
        return praised[0] if _a_party(praised[0], None, ctx) else None
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        mention = ctx.actor_at.get(i)
        if mention is None or i in ctx.place_at or not _a_party(mention, None, ctx):
            continue
        verb = _subject_verb(pronoun.doc[i])
        if verb is not None:
            return mention if _governs(verb, noun) else None
    found = subject_before(pronoun, ctx)
    return found if found is not None and _a_party(found, None, ctx) else None


def praised_ones(noun: Any) -> list[Any]:
    """Whom a verb of praise praises for the deed ``noun`` names, when a possessive pronoun
    owns it ("congratulated the Iraqi government and its forces on their victory", "praised
    the Peshmerga for its recapture of T"): the verb's objects with their conjuncts; []
    elsewhere (``control_words``: ``praised_deed_verbs``, ``praised_deed_preps``)."""
    if noun.dep_ != "pobj" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return []
    lexicon = get_lexicon()
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in lexicon.control_words("praised_deed_preps"):
        return []
    if lemma_of(verb) not in lexicon.control_words("praised_deed_verbs"):
        return []
    praised = [c for c in verb.children if c.dep_ == "dobj"]
    return [*praised, *(c for p in praised for c in p.conjuncts)]


def _subject_verb(tok: Any) -> Any | None:
    """The verb whose subject ``tok`` is or modifies; None when it is no subject."""
    while tok.dep_ in _NOUN_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "nsubj" else None


def _governs(verb: Any, noun: Any) -> bool:
    """Whether ``noun`` hangs under ``verb`` through no coordinated clause: "X said its jets
    bombed", "X stepped up their raids", not "X attacked the base and its defenders fired"
    (the pronoun there is the base's)."""
    tok = noun
    while tok.i != verb.i:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
