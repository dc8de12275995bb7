"""Allies by composition: actors named together as the ones who act in one military deed.

"The Syrian army, Hezbollah and the National Defense Forces played leading roles in the
assault", "a joint effort by the coalition and the YPG", "Iraqi forces and the
Peshmerga retook the town": actors coordinated as the doers of a fight, a capture or a
campaign are allies. Reciprocal verbs ("X and Y clashed") and "between X and Y" name
enemies, never allies; several names of one side (a state and its army) are no pair.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from frontwatch.extract.anaphora import pair_referred_to
from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.sidelists import arm_head as arm_head  # noqa: PLC0414 - re-exported: sharedheads.py imports it here
from frontwatch.extract.sidelists import arm_owners as arm_owners  # noqa: PLC0414 - re-exported: relcues.py imports it here
from frontwatch.extract.sidelists import coordinated_actors as coordinated_actors  # noqa: PLC0414 - re-exported: 13 readers import it here
from frontwatch.extract.sidelists import coordinated_modifiers as coordinated_modifiers  # noqa: PLC0414 - re-exported: 4 readers import it here
from frontwatch.extract.sidelists import lists_on as lists_on  # noqa: PLC0414 - re-exported: alliancecues.py imports it here
from frontwatch.extract.sidelists import named_side as named_side  # noqa: PLC0414 - re-exported: inclusion.py imports it here
from frontwatch.extract.sidelists import one_body as one_body  # noqa: PLC0414 - re-exported: 6 readers import it here
from frontwatch.extract.sidelists import same_side as same_side  # noqa: PLC0414 - re-exported: sharedheads.py imports it here
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]


@cache
def _words(key: str) -> frozenset[str]:
    return get_lexicon().relation_words(key)


def co_agent_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """Allied pairs among the coordinated doers of the military act ``tok`` heads (and
    enemies among the subjects of a reciprocal fight: "X and Y clashed")."""
    lemma = lemma_of(tok)
    if tok.pos_ == "VERB" and lemma in _words("reciprocal_fight_verbs") and _no_object(tok):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        yield from _enemies(subjects, tok, ctx)
        for subj in subjects:  # "the two groups clashed": the two named before
            pair = pair_referred_to(subj, ctx)
            if pair is not None and not same_side(*pair, ctx):
                yield "fights", pair[0], pair[1], tok
    elif tok.pos_ == "VERB" and lemma in _words("co_agent_verbs") and _figurative_war(tok):
        return  # "A and B fought a war of words": neither allies nor enemies in arms
    elif tok.pos_ == "VERB" and lemma in _words("co_agent_verbs") and _war_on_each_other(tok):
        yield from _enemies(_subjects(tok), tok, ctx)  # "A and B waged proxy wars"
    elif tok.pos_ == "VERB" and _a_deed_done_together(tok, lemma):
        doers = _subjects(tok)
        doers += pobjs(tok, frozenset({"by"})) if is_passive(tok) else []
        listed = _listed_after_colon(tok)
        yield from _allies(doers + listed, tok, ctx)
        yield from _common_enemy(doers, tok, ctx, listed)
        yield from _comma_listed_doers(doers, tok, ctx)
    elif tok.pos_ in ("NOUN", "PROPN") and lemma in _words("co_agent_nouns"):
        yield from _allies(pobjs(tok, frozenset({"by"})), tok, ctx)
    if tok.pos_ == "VERB" and _composing(tok, lemma):
        yield from _composition(tok, ctx)


def co_owner_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Russian and Syrian jets pounded the town", "hit by Syrian and Russian strikes": two
    sides whose one arm (a head of the KB's phrases) does a deed act together, so are allies;
    not "Russian or Syrian jets", alternatives, nor a list of whom support came from."""
    first = ctx.actor_at.get(tok.i)
    if first is None or tok.dep_ not in ("amod", "compound") or not arm_head(tok.head, ctx):
        return
    if not is_doer(tok.head):
        return
    if any(c.dep_ in ("cc", "preconj") and c.lower_ != "and" for c in tok.children):
        return
    for conj in (c for c in tok.children if c.dep_ == "conj"):
        other = ctx.actor_at.get(conj.i)
        if other is not None and other is not first and not one_body(first, other, ctx):
            yield "allied", first, other, tok


def is_doer(noun: Any) -> bool:
    """The subject of a deed, its "by" agent, or the strikes a deed was done "in"
    ("civilians were killed in Russian and Syrian air strikes")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    return bool(prep.lower_ == "by" or (prep.lower_ == "in" and prep.head.pos_ == "VERB"))


def _composing(verb: Any, lemma: str) -> bool:
    """A verb of composition; "groups", "unites" only in a relative clause ("the alliance,
    which groups A and B"): as a main verb the parse of a long sentence often runs the
    next clause's subject into the list ("the pact groups A with B and C said ...")."""
    if lemma in _words("composition_verbs"):
        return True
    return lemma in _words("relative_composition_verbs") and verb.dep_ == "relcl"


def _composition(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X consisted of A and B", "X comprises A, B and C", "X is made up of A and B":
    the parts of a force are allies, and members of it. The whole must be an actor
    ("the targets included A and B" names no alliance)."""
    if verb.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    whole = actor_near(ctx, subj, depth=1)
    # "the alliance, which groups A and B, ...": the noun the relative clause describes
    named = verb.head if verb.dep_ == "relcl" and subj is not None and subj.tag_ == "WDT" else subj
    if whole is None and not (named is not None and lemma_of(named) in _words("alliance_nouns")):
        return  # an unnamed "tripartite alliance" still names its parts allies
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    parts += pobjs(verb, frozenset({"of"})) or [
        g for c in verb.children if c.lower_ == "up" for g in pobjs(c, frozenset({"of"}))
    ]
    for head in parts:
        yield from _allies([head], verb, ctx)
        yield from _whole_deed_enemies(named, head, ctx)
        if whole is None or not named_side(whole):
            continue
        for member in (m for m in coordinated_actors(head, ctx) if not one_body(m, whole, ctx)):
            if named_side(member):
                yield "member_of", member, whole, verb


def _whole_deed_enemies(whole: Any, parts: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "The alliance, which groups A and B, attacked Z": a deed of war the whole does, its
    parts named in the relative clause do; each fights Z (``relations.yaml``:
    ``whole_deed_verbs``)."""
    deed = whole.head
    if whole.dep_ not in ("nsubj", "nsubjpass") or lemma_of(deed) not in _words("whole_deed_verbs"):
        return
    enemy = enemy_of(deed, ctx, [parts])
    if enemy is None:
        return
    for member in coordinated_actors(parts, ctx):
        if not same_side(member, enemy, ctx):
            yield "fights", member, enemy, deed


_LIST_MARKS = frozenset({":", "--", "—", "–"})
# how the parser hangs such a list: "[the] army, ..." after a colon becomes a subject too
_LIST_DEPS = frozenset({"appos", "dobj", "nsubj"})
_OPENERS = frozenset({"[", "("})


def _listed_after_colon(verb: Any) -> list[Any]:
    """ "The units achieved the victory as one: the army, the police
    and the Peshmerga", "... took part in the liberation -- the army, the PMF and the
    Peshmerga": a list after a colon or dash names the doers, whatever the parser hung
    it on."""
    out = []
    for tok in verb.subtree:
        if tok.dep_ not in _LIST_DEPS or not any(c.dep_ == "conj" for c in tok.children):
            continue
        before = tok.left_edge.i - 1
        while before >= 0 and tok.doc[before].text in _OPENERS:  # ": [the] army, ..."
            before -= 1
        if before >= 0 and tok.doc[before].text in _LIST_MARKS:
            out.append(tok)
    return out or _list_after_clause(verb)


def _list_after_clause(verb: Any) -> list[Any]:
    """ "... won the battle together: the army, the police and the Peshmerga, a general
    said": in reported speech the parser hangs the list on the verb of saying; the list
    that opens right after the deed's clause is still its doers (its first noun with
    conjuncts)."""
    doc, mark = verb.doc, verb.right_edge.i + 1
    if mark >= verb.sent.end or doc[mark].text not in _LIST_MARKS:
        return []
    for tok in doc[mark + 1 : verb.sent.end]:
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in tok.children):
            return [tok]
        if tok.dep_ == "conj" or tok.text in _LIST_MARKS:
            return []
    return []


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects, or those of the verb it completes: "X and Y began to retake T",
    "X and Y managed to drive Z out" (the doers of the deed are the governing verb's)."""
    current = verb
    for _ in range(3):
        found = [c for c in current.children if c.dep_ == "nsubj"]
        if found or current.dep_ != "xcomp" or current.head.i == current.i:
            return found
        current = current.head
    return []


def _a_deed_done_together(verb: Any, lemma: str) -> bool:
    """A verb whose coordinated subjects did one military deed: a verb of war acting on
    something, or a verb of starting whose object is an operation ("X and Y began a new
    offensive against Z"; not "X and Y began talks")."""
    if lemma in _words("co_agent_verbs"):
        return _acts_on_something(verb)
    return lemma in _words("starting_verbs") and any(
        lemma_of(noun) in _words("started_operation_nouns")
        for c in verb.children
        if c.dep_ == "dobj"
        for noun in (c, *_operation_of_part(c))
    )


def _operation_of_part(noun: Any) -> list[Any]:
    """The operation a part of it names: "the first phase of the offensive"."""
    if lemma_of(noun) not in _words("operation_part_nouns"):
        return []
    return pobjs(noun, frozenset({"of"}))


def done_together(verb: Any) -> bool:
    """Whether the verb's coordinated subjects did its deed side by side ("A and B attacked
    T"), not to each other ("A and B clashed", "fought each other", "agreed a truce")."""
    if done_to_each_other(verb):
        return False
    if lemma_of(verb) in _words("reciprocal_fight_verbs") and _no_object(verb):
        return False
    return _acts_on_something(verb)


def done_to_each_other(verb: Any) -> bool:
    """ "A and B killed each other", "fought one another": a deed its subjects did to each other."""
    return any(_each_other(t) for t in verb.subtree)


def _acts_on_something(verb: Any) -> bool:
    """ "X and Y clashed" is a fight between them; "X and Y took T" or "took part in" is
    a deed done together: the verb must act on an object, place or enemy."""
    if lemma_of(verb) in _words("reciprocal_verbs"):
        return False
    idioms = get_lexicon().idiom_objects()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in idioms for c in verb.children):
        return False  # "X and Y took advantage of the chaos" is no deed of war
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"dobj", "nsubjpass", "prep", "agent", "xcomp", "advcl"})


def _war_on_each_other(verb: Any) -> bool:
    """ "Saudi Arabia and Iran have waged proxy wars", "the two fought a war in the 1980s":
    a war (``mutual_war_nouns``) its subjects wage with no enemy named on the verb or the
    noun (``mutual_war_enemy_preps``: not "waged war on Z", "fought a war against Z")."""
    nouns = _words("mutual_war_nouns")
    wars = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in nouns]
    if not wars:
        return False
    enemy_preps = _words("mutual_war_enemy_preps")
    return not any(
        c.dep_ == "prep" and c.lower_ in enemy_preps for t in (verb, *wars) for c in t.children
    )


def _figurative_war(verb: Any) -> bool:
    """ "fought a war of words", "a war of nerves": a war of ``figurative_war_objects``."""
    figurative = _words("figurative_war_objects")
    return any(
        lemma_of(o) in figurative
        for w in verb.children
        if w.dep_ == "dobj" and lemma_of(w) in _words("mutual_war_nouns")
        for o in pobjs(w, frozenset({"of"}))
    )


def _no_object(verb: Any) -> bool:
    """No object but each other: "X and Y fought (each other)", not "X and Y fought Z", nor
    "the battle was fought by X and Y" (what was fought, by its doers side by side)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _each_other(c)]
    if is_passive(verb) and pobjs(verb, frozenset({"by"})):
        objects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "X and Y are battling to push Z out": a purpose with its own object, fought together
    aims = [
        c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "dobj" for g in c.children)
    ]
    return not objects and not aims and not pobjs(verb, frozenset({"against"}))


def _each_other(tok: Any) -> bool:
    """ "each other", "one another" (``mutual_objects``), whichever word the parser heads."""
    if tok.lower_ not in ("other", "one"):
        return False
    return " ".join(t.lower_ for t in tok.subtree) in _words("mutual_objects")


def _enemies(heads: list[Any], trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Government troops and rebels clashed": the coordinated subjects fought each other."""
    for head in heads:
        members = coordinated_actors(head, ctx)
        if len(members) == 2 and not same_side(members[0], members[1], ctx):
            yield "fights", members[0], members[1], trigger


def done_apart(trigger: Any, heads: list[Any]) -> bool:
    """ "X and Y, both fighting Z", "X and Y each attacked T": each side does the deed for
    itself, so doing it makes no allies (``apart_words``)."""
    apart = get_lexicon().tie_words("apart_words")
    return any(c.lower_ in apart for t in (trigger, *heads) for c in t.children)


def _allies(heads: list[Any], trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    if done_apart(trigger, heads):
        return
    for head in heads:
        # "A, B and C launched the attack": every two of them fought side by side
        for first, other in combinations(coordinated_actors(head, ctx), 2):
            if not one_body(first, other, ctx):
                yield "allied", first, other, trigger


def _comma_listed_doers(subjects: list[Any], verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """A headline's "X, Y push into T against Z": two subjects of one verb with only a comma
    between them are a list of doers; they are allies and each fights the verb's enemy."""
    if len(subjects) != 2 or subjects[1].left_edge.i != subjects[0].right_edge.i + 2:
        return
    if subjects[0].doc[subjects[0].right_edge.i + 1].text != ",":
        return
    sides = [m for m in (actor_near(ctx, s, depth=1) for s in subjects) if m is not None]
    if len(sides) != 2 or one_body(sides[0], sides[1], ctx):
        return
    yield "allied", sides[0], sides[1], verb
    enemy = enemy_of(verb, ctx, [])
    if enemy is None:
        return
    for side in sides:
        if not same_side(side, enemy, ctx):
            yield "fights", side, enemy, verb


def _common_enemy(
    heads: list[Any], verb: Any, ctx: ArticleContext, listed: list[Any]
) -> Iterator[Pair]:
    """ "X and Y took T from Z", "X and Y attacked Z": every one of them fights Z (the
    first doer's fight is the event's own relation)."""
    # a verb of starting tells no event: its first doer's fight is this reader's too
    first = 0 if lemma_of(verb) in _words("starting_verbs") else 1
    others = [other for head in heads for other in coordinated_actors(head, ctx)[first:]]
    # the enemy is looked for only when some doer could fight it (most deeds have one doer)
    enemy = enemy_of(verb, ctx, listed) if others else None
    if enemy is None:
        return
    for other in others:
        if not same_side(other, enemy, ctx):
            yield "fights", other, enemy, verb


def enemy_of(verb: Any, ctx: ArticleContext, listed: list[Any]) -> Mention | None:
    """The enemy a deed's verb names: its object, "from"/"against" object, the object of
    the hostile aim it is done for, or the enemy of the fight it takes part in. A list of
    the doers after a colon is never the enemy, whatever it hangs on."""
    doers = {t.i for head in listed for t in head.subtree}
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and not any(t.i in doers for t in c.subtree)
    ]
    # "seized the town from Z": the parser often hangs "from" on the place taken
    taken = [g for o in objects for g in pobjs(o, frozenset({"from"}))] if _takes(verb) else []
    objects += pobjs(verb, frozenset({"from", "against"})) + _aimed_at(verb) + taken
    # "took part in the battle against Z", "joined the offensive against Z"
    deeds = [o for o in [*objects, *pobjs(verb, frozenset({"in"}))] if _is_fight_noun(o)]
    # "began the first phase of the offensive (against Z)": "against" on the part or the whole
    deeds += [x for o in objects if (whole := _operation_of_part(o)) for x in (o, *whole)]
    objects += [g for deed in deeds for g in pobjs(deed, frozenset({"against", "on"}))]
    return next((m for m in (_enemy_named(o, ctx) for o in objects) if m), None)


def _enemy_named(obj: Any, ctx: ArticleContext) -> Mention | None:
    """The side an object names; a place noun's state adjective is whose place it is ("to
    recapture the Iraqi city of Mosul"), not the enemy it is taken from."""
    if lemma_of(obj) in get_lexicon().guard_words("location_nouns"):
        return ctx.actor_at.get(obj.i)
    return actor_near(ctx, obj, depth=1)


def _takes(verb: Any) -> bool:
    return lemma_of(verb) in _words("taking_verbs")


def _aimed_at(verb: Any) -> list[Any]:
    """The object of a hostile aim the deed is done for: "fighting to push out Z", "battling
    to dislodge Z" (``hostile_aim_verbs``; not "fighting to defend Z")."""
    aims = [
        c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in _words("hostile_aim_verbs")
    ]
    return [g for aim in aims for g in aim.children if g.dep_ == "dobj"]


def _is_fight_noun(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and lemma_of(tok) in _words("against_nouns")


