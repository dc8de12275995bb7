"""Who an act kills when the sentence counts people, not a party.

"Two men were killed by Russian shelling in the village", "the bombings killed 32 people",
"shelling on two neighbourhoods left 11 people dead": the dead are people of no party the
sentence names. The article may still give the doer an enemy, and the side-filling steps
(sides.py, opponents.py, retold.py, unnamed.py) make that enemy the act's target; but the
act was aimed at the people it killed, and reporting codes it so (civilians, or no one
named). So a target the sentence does not name is dropped when every victim of the act's
kill or wound words is a person word (``person_nouns``), a civilian, a woman or a child
(cues.yaml) with no party's name. A target the sentence names stays.

When every victim is a civilian, a child or a woman ("killing nine children"), or people
among whom only such are named ("killing 12 people, including women and children"), and
the act has no target at all, the civilians are its target: that is who it was done to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.casualties import victims_of
from frontwatch.extract.context import CLAUSE_DEPS, ArticleContext, on_path_up
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.sides import CIVILIANS
from frontwatch.nlp.wordtest import tokens_passing
from frontwatch.records import Event

_PERSON_KEYS = ("person_nouns", "civilian_nouns", "child_nouns", "woman_nouns")
_CIVILIAN_KEYS = ("civilian_nouns", "child_nouns", "woman_nouns")
_DOING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_DOING_PREPS = frozenset({"by", "in"})


def people_are_no_party(events: list[Event], ctx: ArticleContext) -> None:
    """Drop, in place, the filled-in target of hostile acts that killed or hurt only people."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    for event in events:
        if event.type not in hostile or event.target_actor in ("", CIVILIANS) or event.target_text:
            continue
        trigger = ctx.trigger_token(event.id)
        if trigger is not None and _kills_only_people(trigger, ctx):
            event.target_actor = ""


def civilians_killed_are_target(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act with none whose dead or hurt are
    all civilians, children or women of no party ("air raids hit the area, killing nine
    children and 14 others", "eleven children were killed in an attack by X", "accused X of
    killing innocent civilians"): the act was done to them, and reporting codes it so. Bare
    people words ("killing 12 people", "two men died") name no side (people_are_no_party)."""
    for event, trigger in untargeted_hostile_acts(events, ctx):
        victims = named_victims(trigger)
        if victims and all(_civilian_victims(v, ctx) for v in victims):
            event.target_actor = CIVILIANS


def untargeted_hostile_acts(events: list[Event], ctx: ArticleContext) -> Iterator[tuple[Event, Any]]:
    """The hostile acts with no target yet, each with its trigger token."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    for event in events:
        if event.type not in hostile or event.target_actor:
            continue
        trigger = ctx.trigger_token(event.id)
        if trigger is not None:
            yield event, trigger


def _civilian_victims(noun: Any, ctx: ArticleContext) -> bool:
    """Civilians, children or women of no party; or people of no party (or a vague count of
    them) among whom only such are named ("killing 12 people, including women and children",
    "killing dozens, including children", "40 people, many of them children, were killed"):
    the dead were not fighters."""
    if _no_party(noun, ctx, _CIVILIAN_KEYS):
        return True
    vague = get_lexicon().casualty("vague")
    if not (_no_party(noun, ctx, ("person_nouns",)) or noun.lemma_.lower() in vague or noun.lower_ in vague):
        return False  # "killing dozens, including children": a vague count of people too
    named = _named_among(noun)
    return bool(named) and all(_no_party(n, ctx, _CIVILIAN_KEYS) for n in named)


def _named_among(noun: Any) -> list[Any]:
    """The nouns an "including"/"among" phrase on the victims (or on their verb) names, and
    those an appositive on the victims names."""
    including = get_lexicon().casualty("including")
    preps = [
        p
        for holder in (noun, noun.head)
        for p in holder.children
        if p.dep_ == "prep" and p.lemma_.lower() in including
    ]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    # "12 people, many of them children", "60 people, mostly women and children": an
    #   appositive (or the parser's conj for one) on the victims says who they were
    objs += [c for c in noun.children if c.dep_ in ("appos", "conj") and c.pos_ != "PRON"]
    return [n for o in objs for n in (o, *(c for c in o.children if c.dep_ == "conj"))]


def communities_hit_are_civilians(events: list[Event], ctx: ArticleContext) -> None:
    """Make civilians, in place, the target of a hostile act whose target is a faith or a
    people (events.yaml community_targets): "an attack on a Shiite mosque" was done to
    its worshippers, who are no side of the war."""
    hostile = frozenset(get_lexicon().events["opponents"]["act_types"])
    communities = frozenset(get_lexicon().events["community_targets"])
    for event in events:
        if event.type in hostile and event.target_actor in communities:
            event.target_actor = CIVILIANS


def _kills_only_people(trigger: Any, ctx: ArticleContext) -> bool:
    """Whether the act's victims are people of no party; a bare count ("injuring 110",
    "wounding others") names no one else."""
    victims = named_victims(trigger)
    return bool(victims) and all(_no_party(v, ctx, _PERSON_KEYS) for v in victims)


def named_victims(trigger: Any) -> list[Any]:
    """The nouns that name the dead and hurt of the trigger's own toll; not bare counts."""
    others = get_lexicon().casualty("other_words")
    return [
        v
        for verb in _kill_words(trigger)
        for v in victims_of(verb)
        if trigger not in v.subtree and not (v.like_num or v.lemma_.lower() in others)
    ]


def _kill_words(trigger: Any) -> list[Any]:
    """The kill and wound words that tell the trigger's own toll: the trigger itself, a word
    whose subject or agent phrase holds it ("the bombings killed", "shelling left 11 dead",
    "killed by Russian shelling"), or one joined to its verb ("made two bombings, killing
    32"). Not a kill word of another clause ("127 killed since the army began an offensive
    to take the area")."""
    killing = get_lexicon().harm_verbs()
    found = []
    for tok in tokens_passing(trigger.sent, _is_harm_word):  # no Token of the other words
        if tok.pos_ not in ("VERB", "ADJ"):
            continue
        clause = tok if tok.pos_ == "VERB" else tok.head
        if (
            tok.i == trigger.i
            or _in_doing_phrase(trigger, clause)
            or _joined(tok, trigger)
            or _joined(lead := _first_harm_verb(clause, killing), trigger)
            or relative_on_its_ground(lead, trigger)
        ):
            found.append(tok)
    return found


def _is_harm_word(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): a kill or wound word by its lemma."""
    return lemma.lower() in get_lexicon().harm_verbs()


def _first_harm_verb(verb: Any, killing: frozenset[str]) -> Any:
    """ "killing and injuring dozens", "which killed and wounded dozens": the second harm
    verb, which holds the victims, tells the same toll as the first, which is joined to
    the act."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in killing:
        verb = verb.head
    return verb


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def relative_on_its_ground(kill: Any, trigger: Any) -> bool:
    """ "the attack on a camp in Kachin State, which killed dozens", "an airstrike on a market
    in Ariha, which killed nine children": a relative clause ("which", "that") hung on the
    place or site the act was aimed at tells the act's toll, for a place kills no one. Not
    one hung on a party or anything else ("a hideout of the gang, which killed four
    girls": the gang's own deed), nor on the doer's side of the act."""
    if kill.dep_ != "relcl" or kill.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in kill.children):
        return False
    ground = kill.head
    if not a_place_or_site(ground) or on_path_up(ground, trigger.i, _clause_word):
        return False
    aimed = [c for c in trigger.children if c.dep_ in ("prep", "dobj")]
    return any(ground in c.subtree for c in aimed)


def a_place_or_site(noun: Any) -> bool:
    """A named place, or a site or property that is struck (``civilian_sites`` in
    relations.yaml; ``property`` and ``struck`` object classes in events.yaml)."""
    name = [noun, *(c for c in noun.children if c.dep_ == "compound")]  # "Kachin State"
    if any(word.ent_type_ in _PLACE_ENTITIES for word in name):
        return True
    lex = get_lexicon()
    sites = lex.guard_words("civilian_sites") | lex.object_class("property") | lex.object_class("struck")
    return noun.lemma_.lower() in sites


def _clause_word(tok: Any) -> bool:
    return tok.dep_ in CLAUSE_DEPS


def _in_doing_phrase(trigger: Any, clause: Any) -> bool:
    """The trigger lies in the clause's subject or in its "by"/"in" phrase, no clause between."""
    return any(
        _doing(child)
        and trigger in child.subtree
        and not on_path_up(trigger, child.i, lambda tok: tok.dep_ in CLAUSE_DEPS)
        for child in clause.children
    )


def _doing(child: Any) -> bool:
    return child.dep_ in _DOING_DEPS or (
        child.dep_ in ("prep", "agent") and child.lower_ in _DOING_PREPS
    )


def _joined(kill: Any, trigger: Any) -> bool:
    """ "X shelled the town, killing five"; "X carried out two bombings, killing 32". Not a
    kill verb with a doer of its own ("X stormed the town, and Y's jets killed nine
    children", "as shelling by Y killed four"): that toll is someone else's."""
    if kill.dep_ not in CLAUSE_DEPS or kill.pos_ != "VERB" or _has_own_doer(kill):
        return False
    return kill.head.i == trigger.i or (
        trigger.dep_ in ("dobj", "pobj") and kill.head.i == trigger.head.i
    )


def _has_own_doer(kill: Any) -> bool:
    """The kill verb's subject or "by" agent ("jets killed", "were killed by jets")."""
    return any(
        c.dep_ in ("nsubj", "csubj", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in kill.children
    )


def _no_party(noun: Any, ctx: ArticleContext, keys: tuple[str, ...]) -> bool:
    lex = get_lexicon()
    lemma = noun.lemma_.lower()
    if not any(lemma in lex.casualty(key) or noun.lower_ in lex.casualty(key) for key in keys):
        return False
    mention = ctx.actor_at.get(noun.i)
    return mention is None or mention.actor_id in ("", CIVILIANS)
