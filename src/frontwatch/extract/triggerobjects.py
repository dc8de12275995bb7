"""What a trigger word acts on: the objects, subjects and modifiers that ``needs_object``
and ``needs_modifier`` in ``data/events.yaml`` ask for ("fired shells", "fired on the
convoy", "a shell hit", "captured police and army positions")."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.aimedenemies import operation_purpose_enemy
from frontwatch.extract.armed import armed
from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.hostiledeeds import tells_a_hostile_deed
from frontwatch.extract.judged import judges
from frontwatch.extract.lexicon import Lexicon, get_lexicon, lemma_of
from frontwatch.extract.prepobjects import aims_of_an_act
from frontwatch.extract.verbsubjects import subject_of


def misparsed_past(tok: Any) -> bool:
    """ "militants fired rocket shells at T" parsed with "fired" on "shells": a verb of the
    past hung on the noun it needs as object, as a finite past with nothing before it
    ("Turkey-backed" has) or with a subject of its own ("that terrorists fired shells")."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN"):
        return False
    # "the RSF fired shells at T": the name acting parsed as a modifier of the verb
    has_subject = any(c.dep_ == "nsubj" or _name_as_modifier(c, tok) for c in tok.children)
    if not has_subject and (tok.tag_ != "VBD" or any(c.i < tok.i for c in tok.children)):
        return False
    entry = get_lexicon().verbs.get(lemma_of(tok), {})
    return "needs_object" in entry


def _name_as_modifier(child: Any, verb: Any) -> bool:
    return bool(child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i < verb.i)


def objects_of(tok: Any) -> list[Any]:
    deps = ("dobj", "nsubjpass", "attr", "dative")
    objs = [c for c in tok.children if c.dep_ in deps]
    if not objs:  # "denied and condemned the claims": the statement the verbs share
        judgements = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and judges(c)]
        objs = [g for c in judgements for g in c.children if g.dep_ == "dobj"]
    if misparsed_past(tok):
        objs.append(tok.head)  # "fired rocket shells": the noun it was hung on
    for prep in (c for c in tok.children if c.dep_ in ("prep", "agent")):
        objs.extend(g for g in prep.children if g.dep_ == "pobj")
    return objs


def has_object(tok: Any, classes: list[str], lex: Lexicon, ctx: ArticleContext) -> bool:
    for name in _SUBJECT_CLASSES:
        if name in classes and _projectile_subject(tok, lex, name):
            return True  # "a shell hit the school", "two rockets landed near the hospital"
    if "praised_party" in classes and _shared_passive_subject(tok, ctx):
        return True
    objects = objects_of(tok)  # "captured police and army positions": the joined objects too
    joined = [*objects, *(c for o in objects for c in o.children if c.dep_ == "conj")]
    if "aimed" in classes:  # "fired tear gas on the protesters": the aim hung on what was fired
        joined += [g for o in objects for p in o.children if p.dep_ == "prep" for g in p.children]
    return any(_fits(obj, name, lex, ctx) for obj in joined for name in classes)


def lacks_needed_object(tok: Any, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext) -> bool:
    """No object of the ``needs_object`` classes, nor, for ``or_hostile_clause``, a clause
    telling of a hostile deed ("denied that its jets had struck the market"; "denied they
    had lost the base" tells of none; "did not deny that its jets struck" rejects nothing)."""
    if has_object(tok, entry["needs_object"], lex, ctx):
        return False
    clause = any(c.dep_ == "ccomp" for c in tok.children) and not any(c.dep_ == "neg" for c in tok.children)
    return not (entry.get("or_hostile_clause") and clause and tells_a_hostile_deed(tok, lex))


def _shared_passive_subject(verb: Any, ctx: ArticleContext) -> bool:
    """ "the troops entered the town and were welcomed by residents": a passive conjunct
    with no subject of its own is told of the party the first verb names."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and any(
        i in ctx.actor_at for i in range(subject.left_edge.i, subject.right_edge.i + 1)
    )


def _fits(obj: Any, name: str, lex: Lexicon, ctx: ArticleContext) -> bool:
    """Whether one object is of the class ``name`` asks for."""
    span = range(obj.left_edge.i, obj.right_edge.i + 1)
    if name == "place":
        return any(i in ctx.place_at for i in span)
    if name == "place_object":
        return obj.dep_ in ("dobj", "nsubjpass") and any(i in ctx.place_at for i in span)
    if name == "actor_target":
        return obj.dep_ in ("dobj", "pobj") and any(i in ctx.actor_at for i in span)
    if name == "praised_party":  # "praised the army", "the troops were welcomed"
        return obj.dep_ in ("dobj", "nsubjpass") and any(i in ctx.actor_at for i in span)
    if name == "actor_object":  # "released two Turkish soldiers", not "a video of its fighters"
        return obj.dep_ in ("dobj", "nsubjpass") and obj.i in ctx.actor_at
    if name == "aimed":
        return _aimed_at(obj, lex)
    words = lex.object_class(name)
    heads = [obj, *[g for p in obj.children if p.lower_ == "of" for g in p.children]]
    return any(
        (lemma_of(h) in words or h.lower_ in words) and not _civil(h, name, lex) for h in heads
    )


def _civil(noun: Any, name: str, lex: Lexicon) -> bool:
    """ "launched a rescue operation", "a vaccination campaign": no attack; nor "the
    operation was launched in April", the one told before (no name of its own)."""
    if name != "new_operation":
        return False
    words = lex.object_class("civil_modifiers")
    if any(c.lemma_.lower() in words or c.lower_ in words for c in noun.children):
        return True
    back = lex.events["back_reference_determiners"]
    named = any(c.pos_ == "PROPN" or c.tag_ in ("``", "''") for c in noun.children)
    return not named and any(c.dep_ == "det" and c.lower_ in back for c in noun.children)


_SUBJECT_CLASSES = ("projectile_subject", "falling_projectile")  # classes read on the subject


def _projectile_subject(verb: Any, lex: Lexicon, name: str) -> bool:
    words = lex.object_class(name)
    if verb.dep_ == "acl" and lemma_of(verb.head) in words:
        return True  # "a shell hit near the bakery" parsed as a participle on "shell"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "one of the shells hit a car", "two of the rockets landed near the school"
    counted = [g for c in subjects for p in c.children if p.lower_ == "of" for g in p.children]
    return any(lemma_of(c) in words for c in [*subjects, *counted])


def _aimed_at(obj: Any, lex: Lexicon) -> bool:
    """ "fired on the convoy", "fired at protesters": a preposition of aim with no day or
    hour for its object ("was fired on Monday" is a dismissal)."""
    prep = obj.head
    return (
        obj.dep_ == "pobj"
        and prep.lower_ in lex.object_class("aimed_preps")
        and obj.ent_type_ not in ("DATE", "TIME")
    )


def has_modifier(tok: Any, classes: list[str], lex: Lexicon) -> bool:
    """A word hung on the trigger is of these classes, or what a participle on it carries ("a
    convoy carrying food" as "a food convoy")."""
    words = {c.lemma_.lower() for c in tok.children}
    carried = (g for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_ == "dobj")
    words |= {g.lemma_.lower() for g in carried}
    return any(words & lex.object_class(name) for name in classes)


def aimed_at_a_side(tok: Any, preps: list[str], ctx: ArticleContext) -> bool:
    """ "an operation by X against the SDF": a preposition of ``needs_aim`` on the noun (or on
    its agents) names a side, an actor, not a cause ("the campaign against corruption")."""
    if _civil(tok, "new_operation", get_lexicon()):
        return False  # "a media campaign against X", "the maximum pressure campaign against X"
    aimed = [actor_near(ctx, o, depth=1) for o in aims_of_an_act(tok, frozenset(preps))]
    # "an operation to remove the group's remnants", "a campaign to root out X": its aim ousts a side
    aimed.append(operation_purpose_enemy(tok, ctx))
    return any(m is not None and armed(m.actor_id, ctx) for m in aimed)


def drives_out_a_side(tok: Any, places: list[str], lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "expelled the militants from the town", "expel IS from Raqqa": an armed side put out
    of a place (``armed_object_from``: a named place or a noun of those classes after "from")
    is driven out by force, not sent away by a measure ("expelled the ambassador", "expelled
    Turkish diplomats"); with no place it is put out of ("Jordan expelled Hamas and closed its
    offices") even an armed group is banished, a sanction too."""
    origins = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
    if not any(_fits(o, name, lex, ctx) for o in origins for name in places):
        return False
    objects = [o for o in objects_of(tok) if o.dep_ in ("dobj", "nsubjpass")]
    for obj in objects:
        mention = ctx.actor_at.get(obj.i)
        if mention is not None and armed(mention.actor_id, ctx):
            return True
    return False
