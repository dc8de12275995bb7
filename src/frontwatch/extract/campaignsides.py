"""The sides of an operation named with its doers and its enemy: "the campaign launched by
X against Y", "an offensive X mounted against Y", "the campaign by X against Y", "an
operation launched by the armed forces of X, Y and Z against A and allied fighters of B
and C".

Each doer listed fights each enemy listed. Doers listed as one force's ("the armed forces
of X, Y and Z") are allies (a plain list of doers is read as allies in
extract/coalitions.py); the enemies are allies of one another only when the list itself
calls them so ("A and allied fighters of B"): sides one offensive is aimed at may be
enemies of each other too. The parser often hangs one list on the other, so the order of
the words decides which side a name is on. An enemy that is no armed side (civilians,
journalists) is a victim, not a side the doers fight; a campaign of words is no fight
(``fightcues.a_civil_campaign``). Operation nouns are the lexicon's ``co_agent_nouns``;
the force nouns whose "of" lists the sides are ``relations.yaml``:
``article_ties.campaign_side_nouns``; the participles of alliance ``allied_modifiers``.

Also the enemy an operation's aim implies, with no "against": "an offensive launched by X
to capture T from Y", "a campaign by X to drive Y out of T", "X launched an operation to
retake the Y stronghold of T", "the X-led offensive on Y-held T". Its doers fight whom the
place is taken from, who is driven out, or who holds the place it is to take or is
launched on (``holding``: "Y-held T", "the Y stronghold of T"). An operation "to protect
T" names no enemy; a planned or called-off one is told so by the claim's certainty. Words
are data (``article_ties.operation_aim_verbs``, ``operation_aim_preps``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from frontwatch.extract.armed import SIDED_CLASSES, armed, armed_side
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.fightcues import a_civil_campaign
from frontwatch.extract.holding import held_adjective, pocket
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import control_words, is_combatant
from frontwatch.extract.operations import doer_in_phrase, is_operation
from frontwatch.extract.placetargets import state_beside_a_town
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, words
from frontwatch.extract.sidelists import coordinated_actors, one_body
from frontwatch.records import Mention

_BY = frozenset({"by"})
_OF = frozenset({"of"})
_FROM = frozenset({"from"})
_PURPOSE_DEPS = frozenset({"acl", "advcl", "xcomp", "relcl"})
_LAUNCHED_AS = frozenset({"dobj", "nsubjpass"})


def campaign_against_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "the campaign launched by X against Y", "the campaign by X against Y": each doer
    fights each enemy; allies within a force's list of doers, and within the enemies'
    list when it says "allied"."""
    if tok.dep_ != "prep" or tok.lower_ != "against":
        return
    found = _operation_of(tok.head)
    if found is None:
        return
    operation, holder = found
    if a_civil_campaign(operation):
        return  # "a media campaign by X against Y" is no fight
    enemy_heads = [g for g in tok.children if g.dep_ == "pobj"] + _split_enemies(
        tok, operation, holder
    )
    named = _doers(operation, holder, ctx) + listed_sides(enemy_heads, ctx)
    # the parser often hangs one list on the other; the order of the words does not lie
    doers = [m for m in named if m.start < tok.idx and armed(m.actor_id, ctx)]
    enemies = [m for m in named if m.start > tok.idx and _enemy_side(m, ctx)]
    for doer in doers:
        for enemy in enemies:
            if not one_body(doer, enemy, ctx):
                yield "fights", doer, enemy, tok
    if _force_list(holder, operation):  # "the armed forces of X, Y and Z": one side
        yield from _allies(doers, tok, ctx)
    if any(_called_allied(h) for h in enemy_heads):
        yield from _allies(enemies, tok, ctx)


def _allies(sides: list[Mention], tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    for first, second in combinations(sides, 2):
        if not one_body(first, second, ctx):
            yield "allied", first, second, tok


def _force_list(holder: Any, operation: Any) -> bool:
    """ "launched by the armed forces of X and Y": a force noun whose "of" lists sides
    (a plain list of doers is read as allies by extract/coalitions.py)."""
    agents = _agents(holder, operation)
    return bool(agents) and _is_force(agents[0]) and bool(pobjs(agents[0], _OF))


def _agents(holder: Any, operation: Any) -> list[Any]:
    return [a for h in dict.fromkeys((holder, operation)) for a in pobjs(h, _BY)]


def _operation_of(head: Any) -> tuple[Any, Any] | None:
    """The operation "against" hangs on, and the word its "by" hangs on: the noun itself
    ("the campaign by X against Y"), the noun a participle describes ("the campaign
    launched by X against Y", also past an apposition: "the campaign (2016) conducted by
    X"), the verb's object ("X launched an offensive against Y"), or, where the parser
    hangs "against" on the last doer of the "by" list ("launched by X, Y and other
    militias against Z"), the operation that list is the doer of."""
    if is_operation(head):
        return head, head
    if head.pos_ == "VERB":
        operations = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.dep_ == "acl":
            described = head.head
            operations.insert(0, described.head if described.dep_ == "appos" else described)
        operation = next((o for o in operations if is_operation(o)), None)
        return (operation, head) if operation is not None else None
    listed = _list_start(head)
    if listed.dep_ == "pobj" and listed.head.lower_ in _BY and listed.head.head.i != head.i:
        return _operation_of(listed.head.head)
    return None


def _enemy_side(mention: Mention, ctx: ArticleContext) -> bool:
    """An armed side, or a party of the opposition an armed campaign is aimed at; not
    civilians, aid workers or the press, whom a campaign against makes victims."""
    actor = ctx.kb.get(mention.actor_id) if mention.actor_id else None
    return armed_side(actor, classes=SIDED_CLASSES, governing=False, parties=True)


def _list_start(tok: Any) -> Any:
    """The first item of the list a token ends, past a force noun's "of" ("the armed
    forces of X, Y and other militias": "forces")."""
    while True:
        if tok.dep_ == "conj":
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _OF and _is_force(tok.head.head):
            tok = tok.head.head
        else:
            return tok


def _split_enemies(tok: Any, operation: Any, holder: Any) -> list[Any]:
    """ "an operation ... against A and allied fighters of B": the parser often hangs the
    second enemy on the operation (or its verb) as a conjunct; a force noun conjoined
    there after "against" is one of the enemies."""
    holders = dict.fromkeys(
        [operation, holder, *(c for c in operation.children if c.dep_ == "acl")]
    )
    return [
        c for h in holders for c in h.children if c.dep_ == "conj" and c.i > tok.i and _is_force(c)
    ]


def _doers(operation: Any, holder: Any, ctx: ArticleContext) -> list[Mention]:
    """Every doer the "by" phrase lists (on the participle or on the noun), else, for an
    "against" on a verb, the one doer the operation's phrase names."""
    listed = listed_sides(_agents(holder, operation)[:1], ctx)
    if listed or holder is operation:
        return listed  # "X supports their campaign against Y": X backs it, not does it
    found = doer_in_phrase(operation, ctx)
    return [found] if found is not None else []


def listed_sides(heads: list[Any], ctx: ArticleContext) -> list[Mention]:
    """The sides of "X, Y and Z", "the armed forces of X and Y", "A and fighters
    of B and C" (a force noun stands for the sides its "of" lists)."""
    found: list[Mention] = []
    for head in heads:
        for tok in _listed_tokens(head):
            for mention in _sides_of_force(tok, ctx) or coordinated_actors(tok, ctx)[:1]:
                if mention not in found:
                    found.append(mention)
    return found


def _listed_tokens(head: Any) -> list[Any]:
    """The head and its conjuncts, in order."""
    tokens = [head]
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                tokens.append(child)
                stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


def _sides_of_force(tok: Any, ctx: ArticleContext) -> list[Mention]:
    if not _is_force(tok):
        return []
    return [m for obj in pobjs(tok, _OF) for m in coordinated_actors(obj, ctx)]


def _is_force(tok: Any) -> bool:
    return tok.lemma_.lower() in get_lexicon().tie_words("campaign_side_nouns")


def _called_allied(head: Any) -> bool:
    """ "against A and allied fighters of B": the list says its sides are allies."""
    return any(t.lower_ in words("allied_modifiers") for t in head.subtree)


@cache
def _ties(key: str) -> frozenset[str]:
    return get_lexicon().tie_words(key)


def operation_aim_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """An operation noun: each of its doers fights each side its purpose or its target
    place implies."""
    if not is_operation(tok) or a_civil_campaign(tok):
        return
    enemies = [e for e in _implied_enemies(tok, ctx) if is_combatant(e, ctx)]
    if not enemies:
        return
    for doer in _aim_doers(tok, ctx):
        if not is_combatant(doer, ctx):
            continue
        for enemy in enemies:
            if not one_body(doer, enemy, ctx):
                yield "fights", doer, enemy, tok


def _aim_doers(operation: Any, ctx: ArticleContext) -> list[Mention]:
    """The "by" list on the noun or on the participle describing it ("launched by X, Y and
    Z"), else the doer its phrase names ("X's offensive", "X launched an offensive"), else
    an owner hyphened to a participle ("the X-led offensive")."""
    participles = [
        c for c in operation.children if c.dep_ == "acl" and lemma_of(c) in words("co_agent_verbs")
    ]
    listed = listed_sides([a for h in (operation, *participles) for a in pobjs(h, _BY)][:1], ctx)
    if listed:
        return listed
    found = doer_in_phrase(operation, ctx)
    if found is None:
        modifiers = [c for c in operation.children if c.dep_ in ("amod", "compound")]
        found = next((m for m in (actor_near(ctx, o, depth=1) for o in modifiers) if m), None)
    return [found] if found is not None else []


def _implied_enemies(operation: Any, ctx: ArticleContext) -> list[Mention]:
    found: list[Mention] = []
    for verb in _purposes(operation):
        found += [m for head in pobjs(verb, _FROM) for m in coordinated_actors(head, ctx)]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "to liberate T, Syria, from Y": the state beside the town is where it lies
            named = [m for m in coordinated_actors(obj, ctx) if not state_beside_a_town(m, ctx)]
            found += named or _holders(obj, ctx)
    for head in (
        o
        for t in (operation, *_participles(operation))
        for o in pobjs(t, _ties("operation_aim_preps"))
    ):
        found += _holders(head, ctx)
    return [m for n, m in enumerate(found) if all(m.start != o.start for o in found[:n])]


def _participles(operation: Any) -> list[Any]:
    return [c for c in operation.children if c.dep_ == "acl" and c.pos_ == "VERB"]


def _purposes(operation: Any) -> list[Any]:
    """The infinitives telling what the operation is to do: on the noun ("an offensive to
    capture T"), on the participle describing it ("launched by X to capture T"), or on the
    verb that launches it ("X launched an offensive to drive Y out")."""
    heads = [operation, *_participles(operation)]
    if operation.dep_ in _LAUNCHED_AS and lemma_of(operation.head) in words("co_agent_verbs"):
        heads.append(operation.head)
    found = [c for h in heads for c in h.children if _aim_infinitive(c)]
    # "concurrent with the campaign by X to capture T": the parser may hang the infinitive
    # on the clause's verb; one that starts right where the operation's phrase ends is its
    verb = operation
    while verb.dep_ in ("pobj", "prep", "attr", "acomp", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    found += [
        c
        for c in verb.children
        if _aim_infinitive(c) and c.left_edge.i == operation.right_edge.i + 1
    ]
    return found


def _aim_infinitive(tok: Any) -> bool:
    return (
        tok.dep_ in _PURPOSE_DEPS
        and lemma_of(tok) in _ties("operation_aim_verbs")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)
    )


def _holders(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """Who holds the place a noun phrase names: "Y-held T", "the Y-controlled town of T",
    "the Y stronghold of T"."""
    held = control_words("held_adjectives")
    pockets = control_words("pocket_nouns")
    found: list[Mention] = []
    for tok in noun.subtree:
        if tok.lower_ in held and tok.dep_ in ("amod", "compound", "acl"):
            found += [o.new for o in held_adjective(tok, ctx) if o.new is not None]
        elif lemma_of(tok) in pockets:
            found += [o.new for o in pocket(tok, ctx) if o.new is not None]
    return found
