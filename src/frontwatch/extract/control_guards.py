"""What tells a capture or withdrawal verb apart from a change of hands.

A verb of taking names a change of hands only when ground is taken: "took out five
commanders near T" kills, "captured two fighters in T" takes prisoners, "seized a weapons
cache in T" takes goods, "withdrew its jets from the airbase in T" moves aircraft. And a
relative clause hung on "the town of B in P province, which X took" is about B, not P.
The word lists are data (extract/data/relations.yaml, section control).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.arguments import is_passive, pobjs
from frontwatch.extract.context import ArticleContext, clause_tokens
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.observations import Observation, control_words, is_combatant, place_in
from frontwatch.extract.relatives import RELATIVE_PRONOUNS
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention


def takes_no_ground(verb: Any) -> bool:
    """ "took out the commanders", "seized two fighters", "were captured": the verb's
    particle makes it another act, or what it takes is people or goods, not ground."""
    if any(
        c.dep_ == "prt" and c.lower_ in control_words("non_capture_particles")
        for c in verb.children
    ):
        return True
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    if is_passive(verb):
        subject = verb.head if verb.dep_ == "acl" else subject_of(verb)
        taken = [subject] if subject is not None else []
    elif verb.dep_ == "relcl" and _takes_its_noun(verb, taken) and _hangs_next_to(verb):
        taken = [verb.head]  # "the tanks (that) they had captured": the tanks were taken
    return bool(taken) and names_no_ground(taken[0])


def _hangs_next_to(verb: Any) -> bool:
    """The relative clause starts right after its noun's own words: a name between them
    ("jihadists around Palmyra which troops recaptured") is what the parser may have
    misplaced, and then the clause is about that name, not the noun."""
    between = verb.doc[verb.head.i + 1 : verb.left_edge.i]
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in between)


def _takes_its_noun(verb: Any, taken: list[Any]) -> bool:
    """An active relative clause whose object is the noun it hangs on: "three tanks they
    had captured in Hama" (no object of its own, a subject) or "the trucks that they seized"."""
    if taken:
        return taken[0].lower_ in RELATIVE_PRONOUNS
    return any(c.dep_ == "nsubj" for c in verb.children)


def stops_at_edge(verb: Any) -> bool:
    """ "entered the outskirts of T", "seized the edge of T", "reached the gates of T": what
    is taken or entered is the town's edge, one step short of the town. The passive ("the
    outskirts of T were captured") takes its subject."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma_of(t) in control_words("edge_nouns") for t in taken)


def leaves_part_of_a_town(source: Any, place: Mention) -> bool:
    """ "withdrew from three districts of Damascus", "pulled out of two neighbourhoods of
    T": a side that leaves some districts of a town neither leaves the town nor held it all;
    a district the gazetteer knows ("withdrew from the district of Waer") is left itself, and
    "parts of T" is a share of T, as for a capture ("withdrew from parts of T" leaves T)."""
    return lemma_of(source) in control_words("town_portion_marks") and place.geo_precision == 1


def names_no_ground(noun: Any) -> bool:
    """A common noun for people or goods ("militants", "a commander", "a cache of
    weapons"): what a verb of taking takes when it takes no place."""
    if noun.pos_ != "NOUN":
        return False
    lemma = lemma_of(noun)
    if lemma in control_words("quantity_nouns"):  # "dozens of militants"
        counted = pobjs(noun, frozenset({"of"}))
        return bool(counted) and names_no_ground(counted[0])
    lexicon = get_lexicon()
    return (
        lemma in control_words("not_ground_nouns")
        or lemma in lexicon.object_class("troops")
        or lemma in lexicon.object_class("weapons")
    )


def withdraws_no_force(verb: Any) -> bool:
    """ "withdrew several jets from its airbase", "pulled its ambassador from T": what
    leaves is not a fighting force, so the place does not change hands. "abandoned their
    outpost in T", "evacuated the base": what is left is ground, not what leaves."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and names_no_force(objs[0]) and not names_ground(objs[0])


def leaves_a_state(verb: Any) -> bool:
    """ "leaving Misrata the only city under rebel control", "left 12 people dead", "left
    the army in control of T": "leave" that tells what an act left behind, a result with
    two objects or a complement, or a participle hung on another act, is no withdrawal."""
    if lemma_of(verb) not in control_words("result_verbs"):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
    return len(objects) > 1 or any(c.dep_ != "dobj" for c in objects)


def leaves_on_an_errand(verb: Any) -> bool:
    """ "left T to attack positions elsewhere", "left T for talks in M", "left 20 fighters
    in T", "left T in ruins": "leave" with a purpose, a destination, men or goods left
    behind, or a state it left the town in gives up no ground."""
    if lemma_of(verb) not in control_words("result_verbs"):
        return False
    purpose = bool(_purposes(verb))
    left_behind = [c for c in verb.children if c.dep_ == "dobj" and names_no_ground(c)]
    state = any(
        lemma_of(g) in control_words("left_state_marks") for g in pobjs(verb, frozenset({"in"}))
    )
    return purpose or bool(left_behind) or state or bool(pobjs(verb, control_words("errand_preps")))


def moves_to_defend(verb: Any) -> bool:
    """ "moved into T to reinforce the garrison", "to defend the city": a side that comes
    to hold a town it has."""
    return any(lemma_of(c) in control_words("defending_marks") for c in _purposes(verb))


def _purposes(verb: Any) -> list[Any]:
    """The verbs of the purpose clauses hung on ``verb`` ("left T to attack ...")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def too_wide_to_enter(place: Mention, ctx: ArticleContext) -> bool:
    """ "moved into the Kursk region": the resolved place is a province or a country, what
    ever words the mention's own text holds."""
    known = ctx.places.get(place.place_id or "")
    return known is not None and known.kind in control_words("wide_area_types")


def heads_for(place: Mention, verb: Any, ctx: ArticleContext) -> bool:
    """ "captured a village as part of its advance toward the hub of Pokrovsk": a town the
    clause names as where an advance heads is still ahead, not what was taken."""
    tokens = [
        i for i in range(verb.left_edge.i, verb.right_edge.i + 1) if ctx.place_at.get(i) is place
    ]
    for i in tokens:
        tok = ctx.doc[i]
        while tok.i != verb.i and tok.head.i != tok.i:
            if tok.dep_ == "prep" and tok.lower_ in control_words("heading_preps"):
                return True
            tok = tok.head
    return False


def names_ground(noun: Any) -> bool:
    """A kind of ground held and left ("outpost", "positions", "the base")."""
    return lemma_of(noun) in get_lexicon().object_class("control")


def ground_left_takes(ground: Any, town: Mention, ctx: ArticleContext) -> bool:
    """ "abandoned their outpost in T", "evacuated its base in T": the side's own hold on T,
    left; "abandoned a checkpoint in T" is one post of many in a town, unless T is a village
    or small town (``small_town_population`` in relations.yaml), which one post holds."""
    own = any(
        c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "one") for c in ground.children
    )
    if own or ground.tag_ == "NNS":
        return True
    if any(lemma_of(t) in control_words("village_nouns") for t in ground.head.subtree):
        return True  # "a checkpoint in the village of T"
    place = ctx.places.get(town.place_id or "")
    small = int(get_lexicon().relations["control"]["small_town_population"])
    return place is not None and not place.is_area and 0 < place.population <= small


def names_no_force(noun: Any) -> bool:
    """A common noun that is not a body of fighters ("jets", "its ambassador"); a named
    side ("withdrew Hezbollah from T") is one."""
    return noun.pos_ == "NOUN" and lemma_of(noun) not in control_words("withdrawn_forces")


def town_before_its_area(noun: Any, place: Mention | None, ctx: ArticleContext) -> Mention | None:
    """ "the town of B in P province, which X took": a relative pronoun after an area
    that only locates the town before it stands for the town."""
    if place is None:
        return None
    known = ctx.places.get(place.place_id)
    if known is None or not known.is_area or noun.dep_ != "pobj":
        return place
    prep = noun.head
    if prep.lower_ not in control_words("locating_preps") or prep.head.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return place
    located = place_in(prep.head, ctx)
    if located is None or (located.geo_precision or 9) >= (place.geo_precision or 9):
        return place
    return located


def enters_to_strike(verb: Any) -> bool:
    """ "suicide bombers entered the town", "the car managed to enter the district": who
    enters to blow up or kill raids the place, it does not take it."""
    subject = subject_of(verb)
    return subject is not None and lemma_of(subject) in control_words("raider_nouns")


def passing_capture(verb: Any) -> bool:
    """ "briefly captured the base", "took over the town for a few hours", "seized T
    before withdrawing": a raid that leaves again; no change of hands (a mark in another
    clause, "a town the army briefly lost in May", says nothing of this capture)."""
    own, with_time = _own_clause_text(verb, time_clauses=False), _own_clause_text(verb)
    # "retook T after X had briefly held it": a time clause's "briefly" is X's, but its
    # "before withdrawing" tells of the capture itself
    return any(
        mark in own or (mark.startswith("before ") and mark in with_time)
        for mark in control_words("passing_marks")
    )


def passing_incursion(verb: Any) -> bool:
    """ "entered T briefly", "stormed T for the first time since March, before being
    pushed back": the entry's own clause, or a time clause hung on it, marks a raid, not a
    change of hands (a mark in another clause, "a town the army briefly lost in May", says
    nothing of this entry); so does a next sentence that tells the raiders were beaten
    ("But they were all killed and the attack was over before nightfall")."""
    words = _own_clause_text(verb)
    marks = control_words("passing_marks") | control_words("incursion_marks")
    if any(mark in words for mark in marks):
        return True
    joined = _joined_clauses_text(verb)  # "entered T but were pushed back"
    if any(mark in joined for mark in control_words("passing_marks") | control_words("repelled_marks")):
        return True
    sent = verb.sent
    if sent.end >= len(verb.doc):
        return False
    after = verb.doc[sent.end].sent.text.lower()
    return any(mark in after for mark in control_words("repelled_marks"))


def _joined_clauses_text(verb: Any) -> str:
    """The words of the clauses joined after the entry that share its subject ("entered T
    but were pushed back", "entered T and blew up the court before pulling back"): what
    the raiders did next, told as one deed with the entry."""
    later = [
        c
        for c in verb.conjuncts
        if c.i > verb.i
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    return " | ".join(_own_clause_text(c) for c in later)


def _own_clause_text(verb: Any, *, time_clauses: bool = True) -> str:
    """The lower-cased words of the verb's clause (and of the clause a "managed to enter"
    hangs on), with the time clauses hung on it ("before withdrawing"); a nested clause
    left out breaks the text, so no mark is read across it."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    indices = {t.i for head in heads for t in clause_tokens(head)}
    if time_clauses:
        indices.update(t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree)
    doc = verb.doc
    return "".join(
        doc[i].text_with_ws.lower() if i + 1 in indices else doc[i].lower_ + " | "
        for i in sorted(indices)
    )


def country_only_located(verb: Any, place: Mention, ctx: ArticleContext) -> bool:
    """ "seized wide stretches of Iraq and Syria", "took towns in Syria": a country that only
    says where the ground lies is not what changed hands ("the Taliban seized
    Afghanistan" names the country as the thing taken)."""
    known = ctx.places.get(place.place_id)
    if known is None or known.kind != "country":
        return False
    span = expanded_span(ctx.doc, place.start, place.end)
    if span is None:
        return False
    name = first_conjunct(span.root)  # "of Syria and Iraq"
    return bool(name.dep_ == "pobj")


def keep_armed_loser(obs: Observation, ctx: ArticleContext) -> None:
    """ "from the civilians", "from the Observatory": a loser the knowledge base knows as
    no armed side held nothing; the change stands, its previous holder is unknown."""
    loser = obs.previous
    if (
        loser is not None
        and ctx.kb.get(loser.actor_id) is not None
        and not is_combatant(loser, ctx)
    ):
        obs.previous = None
