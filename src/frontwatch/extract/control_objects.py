"""What a control verb acts on: the place it takes or holds and who does it, active or
passive, through relative clauses, "the town" and names the parser misreads."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext, clause_tokens, named_before
from frontwatch.extract.control_guards import town_before_its_area
from frontwatch.extract.control_names import (
    NAMED_BY_NOUN,
    name_vouched_for,
    own_names,
    place_named_by_noun,
    unknown_name,
)
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.observations import (
    actor_of,
    control_words,
    place_in,
    subject_actor,
    subject_place,
)
from frontwatch.extract.relatives import RELATIVE_PRONOUNS, word_before
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention


def place_and_agent(verb: Any, ctx: ArticleContext) -> tuple[Any, Mention | None]:
    """The place a capture or holding verb acts on and who does it, active or passive
    ("X took T", "T was taken by X", "the town held by X")."""
    if is_passive(verb):
        agents = pobjs(verb, frozenset({"by"}))
        subj = verb.head if verb.dep_ == "acl" else relative_subject(verb)
        place = subject_place(subj, ctx) if subj is not None else None
        if place is None and subj is not None:
            place = place_named_by_noun(subj, ctx) or named_before(subj, ctx)
        return place, actor_of(agents[0], ctx) if agents else None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    place = _name_set_off(verb, objs, ctx) or object_place(
        verb, _misread_object(verb, objs, ctx) or objs, ctx
    )
    return place, subject_actor(verb, ctx)


def _name_set_off(verb: Any, objs: list[Any], ctx: ArticleContext) -> Mention | None:
    """ "recaptured a village lost a day earlier, Qarmat, 7 km east of T": an unnamed
    town taken, and its name set off by a comma, which the parser hangs on the verb, on
    the participle that describes the town, or inside the participle's phrase."""
    noun = objs[0] if objs else _town_told_by_a_clause(verb)
    if noun is None or lemma_of(noun) not in control_words("anaphor_place_nouns"):
        return None
    if own_names(noun) or noun.i in ctx.place_at:
        return None
    participles = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubj" and noun.head.i != verb.i:
        participles.append(noun.head)
    holders = {verb.i, noun.i, *(t.i for p in participles for t in p.subtree)}
    names = [
        t
        for t in verb.doc[noun.i + 1 : verb.sent.end]
        if t.head.i in holders
        and t.dep_ in _SET_OFF_DEPS
        and t.pos_ == "PROPN"
        and verb.doc[t.left_edge.i - 1].text == ","
    ]
    return (ctx.place_at.get(names[0].i) or unknown_name(names[0], ctx)) if names else None


def _town_told_by_a_clause(verb: Any) -> Any | None:
    """ "recaptured a town lost a day earlier": the parser may read the town as the
    subject of "lost", a clause of the verb, leaving the verb no object."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.i > verb.i]
    return subjects[0] if subjects else None


# what the small model makes of an unfamiliar name right after a verb ("captured Bakhmut",
#   "stormed Sana'a" parse the name as an adverb)
_MISREAD_OBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "oprd", "attr"})
_SET_OFF_DEPS = _MISREAD_OBJECT_DEPS | {"appos"}


def _misread_object(verb: Any, objs: list[Any], ctx: ArticleContext) -> list[Any]:
    """The place mention the parser hung on the verb as an adverb or modifier right after
    it or after its object ("stormed the Yemeni capital Sana'a"): it is what was taken."""
    before = {t.i for o in objs for t in o.subtree}
    return [
        c
        for c in verb.children
        if c.dep_ in _MISREAD_OBJECT_DEPS
        and c.i in ctx.place_at
        and c.i > verb.i
        and all(
            t.i in before or t.pos_ in ("DET", "ADJ", "PROPN")
            for t in verb.doc[verb.i + 1 : c.left_edge.i]
        )
    ][:1]


def relative_subject(verb: Any) -> Any | None:
    """The subject of a verb (a passive, "fell"); of a relative clause, the noun its
    "which" or "most of which" stands for ("Douma, which is held by X"), and past an
    apposition the name it describes ("Kobani, a town that fell to X")."""
    subject = subject_of(verb)
    if subject is None or verb.dep_ != "relcl":
        return subject
    if subject.lower_ in RELATIVE_PRONOUNS:
        before = word_before(subject)  # the parser may hang the clause on a conjunct before
        return before.head if before.dep_ == "appos" and before.head.i < before.i else before
    if any(t.lower_ in RELATIVE_PRONOUNS for t in subject.subtree):
        return verb.head
    return subject


def object_place(verb: Any, objs: list[Any], ctx: ArticleContext) -> Mention | None:
    """The place a verb acts on: its object's, the place a relative pronoun object stands
    for ("near T which X recaptured", whatever the parser hung the clause on), or the one
    named before ("the town")."""
    if objs and objs[0].lower_ in RELATIVE_PRONOUNS and objs[0].i > 1:
        before = _antecedent(objs[0], ctx)
        if before is not None:
            return before
    if objs and own_names(objs[0]):
        # "the villages of B and C in P province": B or C if known, not P; an unknown B is
        # placed at the town named before (reporting names villages by the town they are
        # near), never at a region (area_of_an_unknown_town); a B no mention covers is
        # kept by its name ("the town of B, 40 km from Y" took B, not Y)
        place = own_or_named_place(objs[0], ctx) or first_place(objs[:1], ctx)
    else:  # "B town" (B unknown) names itself
        place = place_or_own_name(objs[0], ctx, town_named_before=True) if objs else None
        place = name_over_its_area(objs[0], place, ctx) if objs else place
        place = place or (name_vouched_for(objs[0], ctx) if objs else None)
    relative = _relative_clause(verb)
    if place is None and relative is not None:
        # "the city of T, which X now occupy", "the town and the road, which X lost",
        # "the first city X managed to capture"
        place = first_place([relative.head, *relative.head.conjuncts], ctx)
    return place


def own_or_named_place(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the villages of B and C (in P province)", "their strongholds of B and C": the
    first of the names known to the gazetteer, else the first kept by its own name; None
    when the noun gives no names (the region that only locates them is no answer)."""
    if not own_names(noun):
        return None
    return _own_place(noun, ctx) or place_named_by_noun(noun, ctx)


def name_over_its_area(name: Any, found: Mention | None, ctx: ArticleContext) -> Mention | None:
    """ "took control of El Dabibat in South Kordofan", "of Mabein Township, northern Shan
    State", "captured B, the capital of West Kordofan state": a proper name the gazetteer
    lacks, which its own phrase places in a region, is what was taken, kept by its own name
    (a town's capture never takes its region). A town it is said to lie near still stands
    for it ("B, a village west of Y"), as the gazetteer places such villages."""
    if name.pos_ != "PROPN":  # "control of B in P": the name is the object's (or the verb's)
        holders = [name, name.head] if name.dep_ == "dobj" else [name]
        owned = [g for h in holders for g in pobjs(h, _OF_OVER) if g.pos_ == "PROPN"]
        name = owned[0] if owned else name
    if found is None or name.pos_ != "PROPN" or not _an_area(found, ctx):
        return found
    words = [name, *(c for c in name.children if c.dep_ in ("compound", "flat"))]
    own = next((ctx.place_at[t.i] for t in words if t.i in ctx.place_at), None)
    if own is not None:
        return own if not _an_area(own, ctx) else found
    return unknown_name(name, ctx) or found


def names_a_place(target: Any, ctx: ArticleContext) -> bool:
    """ "into Kalemba", "into the town of Kalemba": the phrase's head is the place itself."""
    return target.i in ctx.place_at or bool(own_names(target))


def names_an_unknown_place(obj: Any, ctx: ArticleContext) -> bool:
    """ "the town of B", "the villages of B and C": the object names its own place, and
    none of those names is in the gazetteer (a place named further on, "in the Hiran
    region", "near Y", only says where it lies)."""
    return bool(own_names(obj)) and _own_place(obj, ctx) is None


def _own_place(obj: Any, ctx: ArticleContext) -> Mention | None:
    """The first known place among the names "the villages of B and C" gives its object
    (a town's: "a Syria village" names the country, not the village)."""
    return next(
        (
            ctx.place_at[t.i]
            for name in own_names(obj)
            for t in (name, *(c for c in name.children if c.dep_ in ("compound", "flat")))
            if t.i in ctx.place_at and not _an_area(ctx.place_at[t.i], ctx)
        ),
        None,
    )


def _an_area(place: Mention, ctx: ArticleContext) -> bool:
    """A country, province or region (a district or a valley may be what a noun names);
    a village the gazetteer lacks, placed at its province ("nearby"), is not one."""
    known = ctx.places.get(place.place_id)
    return known is not None and known.kind in _BROAD_KINDS and place.resolution != "nearby"


_BROAD_KINDS = frozenset({"country", "admin1", "region"})
_OF_OVER = frozenset({"of", "over"})


def _antecedent(pronoun: Any, ctx: ArticleContext) -> Mention | None:
    """The place a relative pronoun stands for, whatever the parser hung its clause on:
    "T, which", "the town and the road, which" (the town named before)."""
    noun = word_before(pronoun)
    place = town_before_its_area(noun, ctx.place_at.get(noun.i), ctx)
    if place is not None or noun.pos_ not in ("NOUN", "PROPN"):
        return place
    heads = [noun.head] if noun.dep_ == "conj" else []
    return first_place([noun, *heads, *noun.conjuncts], ctx)


def _relative_clause(verb: Any) -> Any | None:
    if verb.dep_ == "relcl":
        return verb
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        return verb.head
    return None


def first_place(tokens: list[Any], ctx: ArticleContext) -> Mention | None:
    """The first place the tokens' phrases name, else the town a "the city" among them
    stands for ("recaptured the government compound in the city")."""
    for tok in tokens:
        place = place_in(tok, ctx)
        if place is not None:
            return place
    for tok in tokens:
        for t in clause_tokens(tok):
            place = named_before(t, ctx)
            if place is not None:
                return place
    return None


def place_or_own_name(
    tok: Any, ctx: ArticleContext, *, town_named_before: bool = False
) -> Mention | None:
    """The place a phrase names (with town_named_before, else the town a "the city" in it
    stands for), else the unknown place its place noun names ("the town of B", "B town")."""
    place = first_place([tok], ctx) if town_named_before else place_in(tok, ctx)
    return place or place_named_by_noun(tok, ctx)


def own_place_first(tok: Any, ctx: ArticleContext) -> Mention | None:
    """ "the Donetsk villages of B and C near T": B, the noun's own name, before the
    region or the town that only locate it; else as place_or_own_name."""
    own = _own_place(tok, ctx) if own_names(tok) else None
    return own or place_or_own_name(tok, ctx)


def area_of_an_unknown_town(verb: Any, place: Mention, ctx: ArticleContext) -> bool:
    """ "recaptured the town of B in the central Hiran region", B unknown, or "seized a
    small hilltop town in Hama province": the town was taken, not the region; a town it lies
    near ("the village of B near Y", "villages near Y") stands for it. A place the object
    lists ("key areas including the district of D") is one of them, not their area."""
    if _listed_by_inclusion(verb, place):
        return False
    return any(
        (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and located_in_its_phrase(c, place)))
        and a_town_in_its_area(c, place, ctx)
        for c in verb.children
    )


def located_in_its_phrase(noun: Any, place: Mention) -> bool:
    """ "several villages in P province (were captured)": the place is named in the noun's
    own phrase; "the district (was captured)" stands for a place named before."""
    start: int = noun.left_edge.idx
    end: int = noun.right_edge.idx + len(noun.right_edge)
    return start <= place.start < end


def _listed_by_inclusion(verb: Any, place: Mention) -> bool:
    """The place lies in an "including ..." ("among ...") phrase of the verb's clause."""
    inclusion = control_words("inclusion_preps")
    return any(
        t.lower_ in inclusion and t.dep_ == "prep" and t.right_edge.idx >= place.start > t.idx
        for t in clause_tokens(verb)
    )


def a_town_in_its_area(noun: Any, place: Mention, ctx: ArticleContext) -> bool:
    """ "the town of B (unknown) in the Hiran region", "a small hilltop town in Hama province":
    the noun names a town, and the place found for it is only the area it lies in."""
    if place.note == NAMED_BY_NOUN:
        return False  # the town's own name, kept unresolved
    known = ctx.places.get(place.place_id)
    area = known is None or known.is_area or _names_its_surroundings(place, ctx)
    return area and (names_an_unknown_place(noun, ctx) or _unnamed_town(noun, ctx))


def _names_its_surroundings(place: Mention, ctx: ArticleContext) -> bool:
    """ "in the T countryside", "in T's countryside", "in the countryside of T": the town
    names the land around it, an area, not the town itself."""
    span = expanded_span(ctx.doc, place.start, place.end)
    if span is None:
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    return not span.start <= head.i < span.end and lemma_of(head) in control_words(
        "surroundings_nouns"
    )


def _unnamed_town(obj: Any, ctx: ArticleContext) -> bool:
    """ "a strategic town", "three villages", "dozens of villages": a kind of place with no
    name of its own."""
    if lemma_of(obj) in control_words("quantity_nouns"):
        counted = pobjs(obj, frozenset({"of"}))
        return bool(counted) and _unnamed_town(counted[0], ctx)
    return (
        lemma_of(obj) in control_words("anaphor_place_nouns")
        and not own_names(obj)
        and obj.i not in ctx.place_at
    )


def place_where(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "visited the village of Y on Tuesday, where troops drove out militants": the place
    a "where" clause hangs on, read leftwards past the date the parser may hang it on."""
    where = next((c for c in verb.children if c.lower_ == "where" and c.dep_ == "advmod"), None)
    if where is None or verb.dep_ not in ("relcl", "advcl"):
        return None
    i = where.i - 1
    while i > verb.sent.start and _before_where(verb.doc[i]):
        i -= 1
    tok = verb.doc[i]
    named = [tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else []
    return first_place([tok], ctx) or next(
        (p for p in (place_named_by_noun(n, ctx) for n in named) if p), None
    )


def _before_where(tok: Any) -> bool:
    """Words between a place and its "where": commas, a date and its preposition."""
    return (
        tok.is_punct
        or tok.ent_type_ in ("DATE", "TIME")
        or (tok.pos_ == "ADP" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children))
    )
