"""Work done together with a named partner: "In coordination with the government of S, X
struck Y", "X, in cooperation with S, raided ...", "X has worked with S to fight Y", "X
relies on A and B to push back Y" (A and B fight Y; X and they are allies).

A deed done in concert with a partner ties its doer to the partner; so does working with
a partner on a fight (a "to" clause of fighting the verb itself governs: not a fight told in
a partner's relative clause or in a clause of time). The doer backs the partner when the
doer is a state's force and the partner a group of no state (as a state's partner is backed
by it, extract/enmity.py) or a foreign state's government (the host whose war the doer
joins); else the two are allies, and the partner of a deed of war fights its enemy too
("In coordination with S, X struck Y": S fights Y). Two bodies that do no fighting (a UN agency and an aid
group) are tied by the act alone. The deed is the trigger, so the tie keeps the deed's
certainty ("may strike in coordination with S" is no fact). Words are data
(``relations.yaml``: ``concert_nouns``, ``joint_work_verbs``, ``relying_verbs``,
``against_verbs``; ``article_ties``: the words after ``setting_preps``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.coalitions import coordinated_actors
from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.enmity import sponsors
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.relcues import Pair, pair_of, verb_above, words
from frontwatch.extract.relsubjects import acting_subject
from frontwatch.records import Mention

_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _qualifiers(key: str) -> frozenset[str]:
    """Words read once a cue fired (``article_ties``), never cue words themselves."""
    return get_lexicon().tie_words(key)


def joint_work_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    lemma = tok.lemma_.lower()
    if lemma in words("concert_nouns") and _in_concert(tok):
        deed = verb_above(tok)
        doer = actor_near(ctx, acting_subject(deed, ctx)) if deed is not None else None
        partner = first_actor(pobjs(tok, _qualifiers("partner_preps")), ctx)
        yield from partner_tie(doer, partner, deed, ctx)
        if deed is not None and partner is not None and not _civil_partner(partner, ctx):
            # "In coordination with S, X struck Y": S wages the strike's war on Y too
            yield from pair_of("fights", partner, _deed_enemy(deed, ctx), deed)
    elif (
        tok.pos_ == "VERB"
        and lemma in words("joint_work_verbs")
        and _fight_purpose(tok) is not None
    ):
        doer = actor_near(ctx, acting_subject(tok, ctx))
        partner = first_actor(pobjs(tok, _qualifiers("partner_preps")), ctx)
        yield from partner_tie(doer, partner, tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("relying_verbs"):
        yield from _relied_on(tok, ctx)
    elif tok.pos_ == "VERB" and lemma in words("turning_verbs") and _for_support(tok):
        # "the army has turned to Egypt and Iran for weapons"
        objects = pobjs(tok, _qualifiers("turned_to_preps"))
        if objects:
            yield from _patrons_relied_on(tok, objects[0], ctx)


def _relied_on(verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "X and W rely on A and B to push back Z": A and B fight Z, and whoever relies on them
    to fight is their ally (a means relied on, "air support from Y", is supportcues')."""
    deed = _fight_purpose(verb)
    objects = pobjs(verb, _qualifiers("relied_on_preps"))
    if deed is None and objects:
        yield from _patrons_relied_on(verb, objects[0], ctx)
    if deed is None or not objects:
        return
    subject = acting_subject(verb, ctx)
    partners = _named_in(objects[0], ctx)
    reliers = coordinated_actors(subject, ctx) if subject is not None else []
    enemy = first_actor([c for c in deed.children if c.dep_ == "dobj"], ctx) or first_actor(
        pobjs(deed, _qualifiers("enemy_preps")), ctx
    )
    for partner in partners:
        for relier in reliers:
            yield from pair_of("allied", relier, partner, verb)
        yield from pair_of("fights", partner, enemy, verb)  # relied on to fight: they do


def _patrons_relied_on(verb: Any, obj: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "The Houthis rely on Iran", "Assad's government depends on Moscow for air power":
    each state the side leans on backs it. A state or government leaning on another backs
    nothing unless what it leans on it for is support of war (``relied_for_nouns``: not
    "relies on Iran for electricity", not "Germany depended on Russia"); a purpose that is
    no fight ("relies on Egypt to win time") and a patron named only by a demonym ("Egyptian
    diplomats") give none."""
    if _purpose_clauses(verb):
        return
    subject = acting_subject(verb, ctx)
    relier = actor_near(ctx, subject) if subject is not None else None
    again = [g for p in obj.head.conjuncts for g in p.children if g.dep_ == "pobj"]  # "and on Iran"
    leaned_on = (obj, *obj.conjuncts, *again)
    means = any(_giver_of_means(tok, ctx) for tok in leaned_on)
    if relier is None or not (means or _leans_for_support(verb, relier.actor_id, ctx)):
        return
    for tok in leaned_on:
        patron = _giver_of_means(tok, ctx) or ctx.actor_at.get(tok.i)
        if patron is None or (patron.resolution == "modifier" and patron.start >= tok.idx):
            continue
        yield from patron_tie(relier, patron, verb, ctx)


def patron_tie(relier: Mention, patron: Mention, verb: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """The patron a side leans on (or owes its means to) backs it, or is its ally
    (``_leaning_kind``)."""
    kind = _leaning_kind(relier.actor_id, patron.actor_id, ctx)
    if kind == "backs":
        yield from pair_of("backs", patron, relier, verb)
    elif kind:
        yield from pair_of(kind, relier, patron, verb)


def _giver_of_means(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "survives on Moscow's air power", "on Russian air power", "on fighters sent by
    Tehran": the giver of the means of war leaned on (``relied_for_nouns``)."""
    support = _qualifiers("relied_for_nouns")
    counted = pobjs(noun, frozenset({"of"})) if noun.tag_ == "NNS" else []
    if counted and lemma_of(noun) not in support:  # "thousands of fighters sent by X"
        noun = counted[0]
    named = {lemma_of(noun)} | {f"{c.lower_} {lemma_of(noun)}" for c in noun.children if c.dep_ == "compound"}
    if not named & support:
        return None
    givers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    givers += [g for c in noun.children if c.dep_ == "acl" for g in pobjs(c, frozenset({"by"}))]
    return next((ctx.actor_at[g.i] for g in givers if g.i in ctx.actor_at), None)


def _for_support(verb: Any) -> bool:
    """The verb's "for" names support of war ("for weapons", "for air cover")."""
    support = _qualifiers("relied_for_nouns") | _qualifiers("combat_support_nouns")
    wanted = [w for g in pobjs(verb, frozenset({"for"})) for w in (g, *g.conjuncts)]
    return any(lemma_of(w) in support for w in wanted)


def _leans_for_support(verb: Any, relier: str, ctx: ArticleContext) -> bool:
    """What the side leans on its patron for is support of war ("for air power", "for
    rockets and drones"); said of an armed group, or of the rulers of a state at war
    ("Assad's government depends on Russia"; the KB's theatre states), saying nothing is
    enough ("Germany depended on Russia" is trade)."""
    wanted = [w for g in pobjs(verb, frozenset({"for"})) for w in (g, *g.conjuncts)]
    if not wanted:
        side = ctx.kb.get(relier)
        states = get_lexicon().armed_side_words("governing_types") | {"state"}
        at_war = ctx.kb.top_of(relier) in ctx.kb.rules.theatre
        return side is not None and (side.type not in states or at_war)
    support = _qualifiers("relied_for_nouns") | _qualifiers("combat_support_nouns")
    return any(
        lemma_of(w) in support
        or any(f"{c.lower_} {lemma_of(w)}" in support for c in w.children if c.dep_ in ("compound", "amod"))
        for w in wanted
    )


def _leaning_kind(relier: str, patron: str, ctx: ArticleContext) -> str:
    """An armed side or a government leaning on a state (or its organ) of another country:
    backed by it; on an armed group ("relies on Hezbollah"): allied with it."""
    side, other = ctx.kb.get(relier), ctx.kb.get(patron)
    if side is None or other is None or ctx.kb.top_of(relier) == ctx.kb.top_of(patron):
        return ""
    sides = get_lexicon().armed_side_words
    if side.type not in sides("fighting_types") | sides("governing_types"):
        return ""
    if other.type in _qualifiers("sponsor_types"):
        return "backs"
    return "allied" if other.type in sides("fighting_types") else ""


def _named_in(noun: Any, ctx: ArticleContext) -> list[Mention]:
    """The distinct actors named up to the noun ("the Peshmerga and Iraqi forces", which the
    parser may read as one noun with a modifier)."""
    found: list[Mention] = []
    for tok in noun.doc[noun.left_edge.i : noun.i + 1]:
        mention = ctx.actor_at.get(tok.i)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def _in_concert(noun: Any) -> bool:
    """ "in coordination with", "in close cooperation with": the noun is the object of a
    preposition of manner; "not in coordination with S" is none (a negation the parser may
    hang on the preposition or leave just before it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _qualifiers("concert_preps"):
        return False
    before = prep.nbor(-1) if prep.i > 0 else prep
    return not any(c.dep_ == "neg" for c in prep.children) and before.dep_ != "neg"


def _fight_purpose(verb: Any) -> Any | None:
    """The verb of a "to" clause of fighting the verb governs: "worked with S to fight Y",
    "works with S on missions to target Y", "relies on A to push back Y"; None if there is
    none (a fight in a partner's relative clause or in a clause of time is no purpose)."""
    fights = words("against_verbs") | _qualifiers("fighting_purpose_verbs")
    return next((t for t in _purpose_clauses(verb) if t.lemma_.lower() in fights), None)


def _purpose_clauses(verb: Any) -> list[Any]:
    """The "to" infinitives hung on the verb, or on the object of one of its prepositions
    ("on missions to target Y", "rely on A and B to push back Y")."""
    preps = _qualifiers("purpose_preps") | _qualifiers("relied_on_preps") | _qualifiers("partner_preps")
    nouns = [n for g in pobjs(verb, preps) for n in (g, *g.conjuncts)]
    clauses = [c for c in verb.children if c.dep_ in _PURPOSE_DEPS]
    clauses += [c for n in nouns for c in n.children if c.dep_ == "acl"]
    return [c for c in clauses if c.pos_ == "VERB" and _is_infinitive(c)]


def _is_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def partner_tie(
    doer: Mention | None, partner: Mention | None, trigger: Any, ctx: ArticleContext
) -> Iterator[Pair]:
    """The doer backs the partner (a state's force and a group of no state, or a foreign
    state's government), else the two are allies; two civil bodies are not tied."""
    if doer is None or partner is None or trigger is None or _civil_pair(doer, partner, ctx):
        return
    kind = "backs" if _supports(doer.actor_id, partner.actor_id, ctx) else "allied"
    yield from pair_of(kind, doer, partner, trigger)


def _supports(doer: str, partner: str, ctx: ArticleContext) -> bool:
    """A state's force working with a group of no state, or with another state's
    government, supports it."""
    if sponsors(doer, partner, ctx):
        return True
    actor, host = ctx.kb.get(doer), ctx.kb.get(partner)
    if actor is None or host is None:
        return False
    foreign = ctx.kb.top_of(doer) != ctx.kb.top_of(partner)
    return foreign and actor.type in _qualifiers("foreign_force_types") and host.type in _qualifiers("host_types")


def _deed_enemy(deed: Any, ctx: ArticleContext) -> Mention | None:
    """The enemy of a deed of war: the object of a hostile verb ("struck Y"), or the
    "against" object of the verb or of its operation ("conducted an airstrike against Y"),
    or the object of the operation's hostile participle ("an airstrike targeting Y")."""
    hostile = words("against_verbs") | words("whole_deed_verbs")
    objects = [c for c in deed.children if c.dep_ == "dobj"]
    found = objects if deed.lemma_.lower() in hostile else []
    for host in (deed, *objects):
        found += pobjs(host, _qualifiers("enemy_preps"))
    for acl in (c for o in objects for c in o.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in hostile:
            found += [c for c in acl.children if c.dep_ == "dobj"]
    return first_actor(found, ctx)


def _civil_partner(partner: Mention, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(partner.actor_id) if partner.actor_id else None
    return actor is not None and actor.type in _qualifiers("civil_partner_types")


def _civil_pair(first: Mention, other: Mention, ctx: ArticleContext) -> bool:
    """Two bodies that do no fighting ("the UN, in coordination with the Red Crescent")."""
    civil = _qualifiers("civil_partner_types")
    types = [ctx.kb.get(m.actor_id) for m in (first, other)]
    return all(t is not None and t.type in civil for t in types)
