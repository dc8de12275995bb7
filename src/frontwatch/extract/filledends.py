"""A fight whose one end the article's context supplied while its sentence names another.

When a deed's sentence names only one side ("US jets struck the town", "the army pushed
on"), the event readers give it the rival the article names most, and the tie follows.
Reporting on one campaign gets the right rival so ("the coalition conducted 55 airstrikes
in support of the offensive"). But on the sample corpus, where one article names many
sides, the sentence often said whom the deed was aimed at, and the guess was another
side: "Syrian and Russian jets targeted the IS convoy" in an article naming Nusra most
became Russia fighting Nusra.

So a context end is dropped when the deed's own phrase (its object, what it hit, not its
doer, co-doers or a joined clause) names a side that is neither the known side nor its
friend (in the knowledge base or in the article's own ties), none of which may be the
guessed one: a party, or a class word ("rebel-held", "opposition fighters") that could
not name it ("Kurdish forces" may be the SDF). A side named as the owner or backer of
the target ("groups affiliated with Iran") is no target, and a context end the sentence
names is no guess. A fight told by the partner it is fought beside ("sent contractors to
fight beside them") names no enemy at all: its context end goes too. The event keeps its
guessed side; only the tie drawn from it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.allianceprep import alliance_prep
from frontwatch.extract.anaphora import pronoun_antecedent
from frontwatch.extract.armed import FIGHTS, GENERIC_PREFIX, kb_friends, organs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.opponents import party_of
from frontwatch.extract.relspan import mention_head, mention_heads, relation_tokens, trigger_tokens
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.kb.actors.antecedents import could_stand_for
from frontwatch.kb.actors.classgates import theatre_umbrella
from frontwatch.kb.actors.phrases import load_phrase_rules
from frontwatch.records import Mention, Relation

_WORD_PARTS = re.compile(r"[a-z]+")
_MODIFIER_DEPS = frozenset({"amod", "compound"})
# a verb's doer and the clauses joined to it: not what the deed is aimed at
_NOT_AIMED_DEPS = frozenset({"nsubj", "csubj", "agent", "conj", "cc", "advcl", "parataxis"})


def context_end_contradicted(
    relation: Relation, friends: set[frozenset[str]], ctx: ArticleContext
) -> bool:
    """A fight with one end taken from the context while the deed's phrase names another
    side as its aim (see module doc); ``friends`` come from ``armed.friendly_pairs``."""
    if relation.kind != FIGHTS or bool(relation.source_text) == bool(relation.target_text):
        return False
    known, guessed = (
        (relation.source_actor, relation.target_actor)
        if relation.source_text
        else (relation.target_actor, relation.source_actor)
    )
    if known and guessed and _fought_beside(relation, ctx):
        return True
    if not (known and guessed):
        return False
    if _named(guessed, relation, ctx):
        return _named_only_gaining_beside(guessed, relation, ctx)
    aimed = _sides_aimed_at(relation, ctx)
    if any(side == guessed or _may_name(side, guessed, ctx) for side in aimed):
        return False
    side = party_of(known, ctx.kb, ctx.published) or ctx.kb.top_of(known)
    own = {side, ""} | {other for pair in friends if side in pair for other in pair}
    return any(_party(a, ctx) not in own and not kb_friends(known, a, ctx) for a in aimed)


def _fought_beside(relation: Relation, ctx: ArticleContext) -> bool:
    """ "Moscow sent contractors to fight beside them", "mercenaries fighting alongside
    Haftar's forces": a fight told by its partner names a friend, no enemy; the side the
    context offers is as often that friend as its rival, so no end is guessed."""
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    return trigger is not None and any(
        c.dep_ == "prep" and alliance_prep(c) is not None for c in trigger.children
    )


def _named_only_gaining_beside(actor_id: str, relation: Relation, ctx: ArticleContext) -> bool:
    """ "The army captured T, with the SDF making gains further east": a side the sentence
    names only as the doer of a clause set beside the deed ("with X -ing") that tells no
    loss of its own (relations.yaml ``yielding_verbs``: "with X retreating" names the loser)
    acts apart, and is no guessed rival of the deed."""
    top = ctx.kb.top_of(actor_id)
    heads = [
        tok
        for tok in relation_tokens(relation, ctx)
        if (m := ctx.actor_at.get(tok.i)) is not None
        and m.actor_id
        and ctx.kb.top_of(m.actor_id) == top
        and mention_head(tok, m).i == tok.i
    ]
    yielding = get_lexicon().tie_words("yielding_verbs")
    return bool(heads) and all(
        tok.dep_ == "nsubj"
        and tok.head.tag_ == "VBG"
        and tok.head.dep_ == "pcomp"
        and tok.head.head.lower_ == "with"
        and lemma_of(tok.head) not in yielding
        for tok in heads
    )


def _may_name(class_id: str, actor_id: str, ctx: ArticleContext) -> bool:
    """The class may be a name of the actor or of its state's organs ("government" of
    Syria)."""
    return any(could_stand_for(ctx.kb, class_id, organ) for organ in organs(actor_id, ctx.kb))


def _party(actor_id: str, ctx: ArticleContext) -> str:
    """The side an actor fights for; a class word stands for its own side ("government
    posts")."""
    party = party_of(actor_id, ctx.kb, ctx.published)
    return party or (actor_id if actor_id in _class_words().values() else "")


def _named(actor_id: str, relation: Relation, ctx: ArticleContext) -> bool:
    """The sentence names the actor, one of its arms or the state it is an arm of, or the
    deed's subject is a pronoun standing for it ("It retook T from the militants")."""
    top = ctx.kb.top_of(actor_id)
    mentions = [ctx.actor_at.get(tok.i) for tok in relation_tokens(relation, ctx)]
    mentions.append(_pronoun_subject_stands_for(relation, ctx))
    return any(m is not None and m.actor_id and ctx.kb.top_of(m.actor_id) == top for m in mentions)


def _pronoun_subject_stands_for(relation: Relation, ctx: ArticleContext) -> Mention | None:
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    subject = subject_of(trigger) if trigger is not None else None
    return pronoun_antecedent(subject, ctx) if subject is not None else None


def _sides_aimed_at(relation: Relation, ctx: ArticleContext) -> set[str]:
    """The actors and classes the trigger's own phrase names, past its doer, the doer's
    co-doers and the clauses joined to it; places named as locations are no sides."""
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    if trigger is None:
        return set()
    doers = _doer_groups(relation.source_text or relation.target_text, relation, ctx)
    found: set[str] = set()
    for tok in _aimed_phrase(trigger):
        mention = ctx.actor_at.get(tok.i)
        head = mention_head(tok, mention) if mention is not None else tok
        if _group_of(head) & doers or tok.i in ctx.place_at or _owner(head):
            continue
        if mention is not None and mention.actor_id:
            found.add(mention.actor_id)
        elif mention is None:
            words = (_class_words().get(p, "") for p in _word_parts(tok))
            found |= {c for c in words if c and not theatre_umbrella(ctx.kb, c)}  # one actor per war
    sideless = get_lexicon().tie_words("sideless_classes")
    return {a for a in found if a in ctx.kb.actors and a not in sideless}


def _aimed_phrase(trigger: Any) -> Iterator[Any]:
    yield trigger
    for child in trigger.children:
        if child.dep_ not in _NOT_AIMED_DEPS:
            yield from child.subtree


def _owner(tok: Any) -> bool:
    """A side named as the owner or backer of what the deed hit ("Iran's proxies", "groups
    affiliated with Iran", "militias backed by Iran"), not as its target."""
    if tok.dep_ == "poss":
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.head.tag_ == "VBN"


def _doer_groups(text: str, relation: Relation, ctx: ArticleContext) -> set[tuple[str, int]]:
    """The co-doer groups of each occurrence of the known end."""
    return {group for tok, _m in mention_heads(text, relation, ctx) for group in _group_of(tok)}


def _group_of(tok: Any) -> set[tuple[str, int]]:
    """What makes words co-doers: one list of conjuncts, or modifiers of one noun ("the
    French, American, and British air forces")."""
    first = first_conjunct(tok)
    found = {("conj", first.i)}
    if first.dep_ in _MODIFIER_DEPS or tok.dep_ in _MODIFIER_DEPS:
        found.add(("noun", first.head.i))
    return found


def _word_parts(tok: Any) -> tuple[str, ...]:
    """The word's lemma and the pieces of a compound ("rebel-held" holds "rebel")."""
    return (lemma_of(tok), *_WORD_PARTS.findall(tok.lower_))


@cache
def _class_words() -> dict[str, str]:
    """Words that name a class of fighters on their own ("rebel", "opposition", "government
    posts"); owner words that name one actor ("coalition") differ by war, so stay out."""
    rules = load_phrase_rules()
    owners = {w: a for w, a in rules.owners.items() if a.startswith(GENERIC_PREFIX)}
    return {**rules.qualifiers, **owners}
