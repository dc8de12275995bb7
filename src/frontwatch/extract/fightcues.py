"""Dependency cues for fighting between actors: "X's campaign against Y", "the fight
against Y is led by X", "X's efforts to defeat Y", "X is committed to defeating Y", and
"X and Y are determined to defeat Z" (each fights Z; they are allies); "fighting between X
and Y", also when the parser hung "between" on a place or time in the clause ("fierce
fighting near Aleppo between X and Y", "clashes erupted in the old city between X and Y").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from frontwatch.extract.advancepaths import path_hosts
from frontwatch.extract.alliancecues import alliance_phrase, alliance_prep
from frontwatch.extract.arguments import first_actor, passive_clause, pobjs
from frontwatch.extract.betweensides import Sides, parted_sides
from frontwatch.extract.coalitions import (
    coordinated_actors,
    coordinated_modifiers,
    done_apart,
    one_body,
)
from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, actor_near, clause_tokens
from frontwatch.extract.fightobjects import carried_to, passive_object
from frontwatch.extract.invertedclauses import inverted_subject
from frontwatch.extract.judged import condemned_by
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.provoked import answers_another
from frontwatch.extract.relativebacking import past_backing_clause
from frontwatch.extract.relatives import relative_antecedent
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject, names_someone
from frontwatch.extract.verbsubjects import described_name, founded_noun
from frontwatch.nlp.treearrays import children_labelled
from frontwatch.records import Mention

_TOLD_DEPS = frozenset({"advcl", "conj"})

_AGAINST = frozenset({"against"})
_BY = frozenset({"by"})


def fighting_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X's campaign against Y", "the fight against Y" led by X, "X's efforts to defeat Y",
    "X is committed to defeating Y": X fights Y."""
    lemma = tok.lemma_.lower()
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and (preps := _enemy_preps(lemma))
        and not a_civil_campaign(tok)
    ):
        objs = pobjs(tok, frozenset(preps)) or carried_to(tok)
        enemy = first_actor(objs, ctx)
        if enemy is not None:
            fighter = _fighter_of_noun(tok, ctx)
            yield from pair_of("fights", fighter, enemy, tok)
            yield from _other_enemies(objs[0], fighter, enemy, tok, ctx)  # "against X and Y"
    elif tok.pos_ in ("NOUN", "PROPN") and tok.i in ctx.actor_at:
        # "the Combined Joint Task Force against the Islamic State"
        enemy = first_actor(pobjs(tok, frozenset({"against"})), ctx)
        yield from pair_of("fights", ctx.actor_at[tok.i], enemy, tok)
    elif tok.pos_ == "VERB" and _against_verb(tok):
        doer = inverted_subject(tok)  # "Alongside W fought Y": Y is the doer, no object
        objs = [c for c in tok.children if c.dep_ == "dobj" and (doer is None or c.i != doer.i)]
        objs += passive_object(tok)  # "Y was defeated by X", "Y were largely dislodged by X"
        if lemma_of(tok) in words("against_only_verbs") | words(
            "advancing_verbs"
        ) or not first_actor(objs, ctx):
            objs = [relative_antecedent(o) for o in pobjs(tok, _AGAINST)] or _against_after_object(
                tok
            )
        enemy = first_actor(objs, ctx)
        if enemy is not None and not _pursued_class(tok, enemy):
            fighter = _fighter_of_verb(tok, ctx)
            yield from pair_of("fights", fighter, enemy, tok)
            co_fighters = list(_co_fighters(tok, fighter, enemy, ctx))
            yield from co_fighters
            yield from _partners(tok, enemy, ctx)
            # "fighting X and Y", and "X and W moved to fight Y and Z": W fights Z too
            for side in [fighter, *(p[1] for p in co_fighters if p[0] == "fights")]:
                yield from _other_enemies(objs[0], side, enemy, tok, ctx)


def _other_enemies(
    obj: Any, fighter: Mention | None, enemy: Mention, cue: Any, ctx: ArticleContext
) -> Iterator[Pair]:
    """The fighter fights each side listed with its first enemy: "against X and Y",
    "against the X and Y fighters"."""
    for other in [*coordinated_actors(obj, ctx), *coordinated_modifiers(obj, ctx)]:
        if other.start != enemy.start:
            yield from pair_of("fights", fighter, other, cue)


def a_civil_campaign(noun: Any) -> bool:
    """ "a media campaign against X", "the maximum pressure campaign against X": a campaign
    of words, money or law is no fight (events.yaml ``civil_modifiers``)."""
    return _civil_modified(noun) or _told_as_civil(noun)


def _civil_modified(noun: Any) -> bool:
    civil = get_lexicon().object_class("civil_modifiers")
    return any(
        c.dep_ in ("amod", "compound") and (c.lemma_.lower() in civil or c.lower_ in civil)
        for c in noun.children
    )


def _told_as_civil(noun: Any) -> bool:
    """ "joined Y in the campaign against Z, cutting diplomatic ties / imposing sanctions":
    a deed told beside the campaign's clause says what the campaign is (events.yaml
    ``civil_modifiers`` on its object, or the object one of ``civil_deeds``)."""
    deeds = get_lexicon().object_class("civil_deeds")
    verb = verb_above(noun)
    told = [v for v in children_labelled(verb, _TOLD_DEPS) if v.pos_ == "VERB"]
    objs = [o for v in told for o in v.children if o.dep_ == "dobj"]
    return any(_civil_modified(o) or o.lemma_.lower() in deeds or o.lower_ in deeds for o in objs)


def _enemy_preps(noun: str) -> frozenset[str]:
    """The prepositions naming a noun's enemy: "the campaign against / on Y", "victory over
    Y"; only "against" of "the main force against Y" (not "the forces on the hill")."""
    if noun in words("against_only_nouns"):
        return _AGAINST
    if noun not in words("against_nouns"):
        return frozenset()
    return frozenset({"against", "on"} | ({"over"} if noun in words("victory_nouns") else set()))


def _pursued_class(verb: Any, enemy: Mention) -> bool:
    """ "began hunting down terrorists": a pursuit fights only a side it names."""
    return lemma_of(verb) in words("pursuit_verbs") and enemy.actor_id.startswith(GENERIC_PREFIX)


def _against_verb(verb: Any) -> bool:
    lemma = lemma_of(verb)
    return (
        lemma in words("against_verbs")
        or lemma in words("pursuit_verbs")
        or lemma in words("against_only_verbs")
        or lemma in words("advancing_verbs")
    )


def _partner_preps(verb: Any) -> list[Any]:
    """The verb's "alongside W" (also "along with W"), and "with W" of "sided with W"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and (alliance_prep(c) is not None or (c.lower_ == "with" and alliance_phrase(verb)))
    ]


def _partner_objects(prep: Any) -> list[Any]:
    """W of "alongside W" and "along with W"."""
    return [g for p in (prep, *prep.children) for g in p.children if g.dep_ == "pobj"]


def _against_after_object(verb: Any) -> list[Any]:
    """ "deployed jets against Y", "sided with W against Y": the parser hangs "against Y" on
    the verb's object or partner."""
    hosts = [c for c in verb.children if c.dep_ == "dobj" and not a_civil_campaign(c)]
    hosts += [w for p in _partner_preps(verb) for w in _partner_objects(p)]
    if lemma_of(verb) in words("advancing_verbs"):  # "pushed east along the border against Y"
        hosts += path_hosts(verb, [c for c in verb.children if c.dep_ == "dobj"])
    joined = [verb, *_partner_preps(verb)]
    return [o for host in hosts for o in pobjs(host, _AGAINST)] + [
        o for host in joined for o in _against_joined(host)
    ]


def _against_joined(host: Any) -> list[Any]:
    """ "fought alongside W and against Y": the parser joins "against Y" to the partner's
    preposition, or to the verb itself, as a conjunct."""
    return [
        o
        for c in host.children
        if c.dep_ == "conj" and c.lower_ in _AGAINST
        for o in c.children
        if o.dep_ == "pobj"
    ]


def stands_set_apart(verb: Any) -> bool:
    """Whether the verb's doer fights beside a partner and, as a second stand, against an
    enemy ("fights alongside W but against Y"): the partner shares no enemy by it."""
    return any(_set_against(verb, prep) for prep in _partner_preps(verb))


def _set_against(verb: Any, prep: Any) -> bool:
    """ "fights alongside W but against Y", "alongside W and against Y": two stands of the
    doer's, set side by side; W is not said to fight Y (a "but" may even oppose them)."""
    if _against_joined(prep):
        return True
    against = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in _AGAINST]
    joined = [c.i for c in verb.children if c.dep_ == "conj" and c.lower_ in _AGAINST]
    links = [c.i for c in verb.children if c.dep_ == "cc"]
    # "alongside W against Y, and later against Z": W's own fight is told before the "and";
    # the later stand is the doer's alone
    shared = [i for i in against if i > prep.i]
    joined = [j for j in joined if not any(i < j for i in shared)]
    links = [link for link in links if not any(i < link for i in shared)]
    return bool(joined) or any(prep.i < link < i for link in links for i in against)


def _partners(verb: Any, enemy: Mention, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X fought alongside W against Y", "X sided with W against Y": W fights Y too (the
    alliance itself is alliance_pairs' to state)."""
    for prep in _partner_preps(verb):
        if _set_against(verb, prep):
            continue
        objs = _partner_objects(prep)
        for partner in coordinated_actors(objs[0], ctx) if objs else []:  # "alongside W and V"
            yield from pair_of("fights", partner, enemy, verb)


def _fighter_subject(verb: Any, ctx: ArticleContext) -> Any | None:
    """The subject up the verb's chain of complements ("X is determined to defeat Y"); a
    passive subject above ("X were killed fighting Y", "X was sent to fight Y") controls it."""
    current = verb
    for _ in range(4):
        deps = ("nsubj", "csubj", "nsubjpass") if current is not verb else ("nsubj", "csubj")
        subj = next((c for c in current.children if c.dep_ in deps), None)
        if subj is not None:
            return past_backing_clause(subj, ctx)
        founded = founded_noun(current)  # "the coalition, formed to fight Y": the coalition
        if founded is not None:
            return founded
        if current.dep_ not in ("xcomp", "pcomp", "acomp", "pobj", "prep", "conj", "advcl"):
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _co_fighters(
    verb: Any, fighter: Mention | None, enemy: Mention, ctx: ArticleContext
) -> Iterator[Pair]:
    """ "X and Y are committed to defeating Z": each side fights Z, and they are allies."""
    subj = _fighter_subject(verb, ctx)
    if fighter is None or subj is None:
        return
    apart = done_apart(verb, [subj])  # "X and Y, both fighting Z": no allies for that
    for conj in (c for c in subj.subtree if c.dep_ == "conj" and c.head.i != verb.i):
        other = actor_near(ctx, conj, depth=1)
        if other is not None and other is not fighter and other is not enemy:
            yield from pair_of("fights", other, enemy, verb)
            if not apart:
                yield from pair_of("allied", fighter, other, verb)


def _fighter_of_noun(noun: Any, ctx: ArticleContext) -> Mention | None:
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    found = first_actor(owners, ctx) or first_actor(pobjs(noun, frozenset({"by", "of"})), ctx)
    if found is not None:
        return found
    supported = _supported_in(noun, ctx)
    if supported is not None:
        return supported
    verb = verb_above(noun)
    if verb.pos_ not in ("VERB", "AUX") or answers_another(noun, verb.i) or condemned_by(noun, verb):
        # "In response to attacks against X, Y struck Z": the act answered is not Y's, nor
        # "Y condemned the strikes on X" the judge's
        return None
    if verb.lemma_.lower() in words("backing_verbs"):
        # "X supports their efforts to defeat Y", "X armed both sides in the fight against
        # Y": the fight is the backed side's, never the backer's; but "X arms Y as part of
        # its campaign against Z" tells what the backer's own help is part of
        return _backer_of_own_effort(noun, verb, ctx)
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "the fight against Y is led by X"
        return (
            first_actor(pobjs(verb, frozenset({"by"})), ctx) if noun.dep_ == "nsubjpass" else None
        )
    subj = acting_subject(verb, ctx)
    return actor_near(ctx, subj) if subj is not None and subj.i != noun.i else None


def _backer_of_own_effort(noun: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "X arms Y as part of its campaign against Z", "as the core of its war on Z": a
    possessive pronoun on the fight in an "as" phrase of the backing is the backer's."""
    if not any(c.dep_ == "poss" and c.lower_ in _possessive_pronouns() for c in noun.children):
        return None
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ == "as" and tok.head.i == verb.i:
            subj = acting_subject(verb, ctx)
            return actor_near(ctx, subj) if subj is not None else None
        tok = tok.head
    return None


@cache  # the lexicon never changes within a process
def _possessive_pronouns() -> frozenset[str]:
    found: list[str] = get_lexicon().relations["article_ties"]["anaphora"]["possessive_pronouns"]
    return frozenset(found)


def _supported_in(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "support for Y in the fight against Z", "backed Y in their campaign against Z":
    the one supported is the one fighting."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    holder = noun.head.head
    if holder.pos_ in ("VERB", "AUX"):
        return first_actor([c for c in holder.children if c.dep_ == "dobj"], ctx)
    return first_actor(pobjs(holder, frozenset({"for", "of", "to"})), ctx)


def _fighter_of_verb(verb: Any, ctx: ArticleContext) -> Mention | None:
    """Whoever does the fighting verb: its subject, the owner of the effort it completes
    ("their efforts to defeat Y"), or the subject of the clause it is the aim of."""
    if passive_clause(verb):  # "the offensive, which was conducted by X against Y"
        return first_actor(pobjs(verb, _BY), ctx)
    subj = _fighter_subject(verb, ctx)
    if subj is not None:  # "X, which is fighting Y"; not "forces that fight Y"
        named = relative_antecedent(subj)
        return actor_near(ctx, named) if named is subj or names_someone(named, ctx) else None
    current = verb
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            # "the coalition to defeat IS" names its fighter; "efforts to defeat IS" an owner
            head = described_name(head)  # "Hezbollah, a movement fighting Y": Hezbollah
            return actor_near(ctx, head, depth=0) or _fighter_of_noun(head, ctx)
        if current.dep_ == "xcomp" and head.pos_ == "VERB":
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:  # "helped Iraqi forces (to) defeat Y"
                return actor_near(ctx, objs[0])
        if current.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "prep", "acomp", "pobj"):
            return None
        current = head
    return None


@cache  # the lexicon never changes within a process; this runs for every token
def _between_nouns() -> tuple[tuple[str, frozenset[str]], ...]:
    kinds: dict[str, list[str]] = get_lexicon().relations["relations"]["between_nouns"]
    return tuple((kind, frozenset(nouns)) for kind, nouns in kinds.items())


def between_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "clashes between X and Y" (fights), "talks between X and Y" (cooperates); a
    "between" phrase the parser hung elsewhere in the clause belongs to the clause's one
    such noun, unless its own head owns it ("the border between X and Y")."""
    if tok.lower_ == "between" and tok.dep_ == "prep" and not _kind_of(tok.head):
        if tok.head.lemma_.lower() not in get_lexicon().tie_words("between_owners"):
            nouns = {_kind_of(t): t for t in clause_tokens(verb_above(tok)) if _kind_of(t)}
            if len(nouns) == 1:
                [(kind, noun)] = nouns.items()
                yield from _between_sides(kind, tok, noun, ctx)
        return
    kind = _kind_of(tok)
    if not kind:
        return
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"):
        yield from _between_sides(kind, prep, tok, ctx)


def _kind_of(tok: Any) -> str:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    lemma = tok.lemma_.lower()
    return next((k for k, nouns in _between_nouns() if lemma in nouns or tok.lower_ in nouns), "")


def _between_sides(kind: str, prep: Any, trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    parted = parted_sides(prep, ctx)
    if parted is not None:
        yield from _parted_pairs(kind, parted, trigger, ctx)
        return
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        sides = [obj, *obj.conjuncts]
        found = [m for m in (actor_near(ctx, s, depth=1) for s in sides) if m is not None]
        # "a battlefield between the army, jihadists and rebel groups": every two of them
        for first, second in combinations(found, 2):
            yield kind, first, second, trigger


def _parted_pairs(kind: str, sides: Sides, trigger: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "clashes between A and B against C": A and B each meet C; in a fight, A and B are
    allies (extract/betweensides.py)."""
    first, second = sides
    for one in first:
        for other in (o for o in second if not one_body(one, o, ctx)):
            yield kind, one, other, trigger
    if kind != "fights":
        return
    for side in sides:
        for one, other in combinations(side, 2):
            if not one_body(one, other, ctx):
                yield "allied", one, other, trigger
