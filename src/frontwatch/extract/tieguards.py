"""Guards on an article's ties: ends that name a state or group without standing for it.

The sentence and article readers propose ties from the names around a deed or a cue. On
text no rule was written for, a third of the false ties had an end that is only a word
about a side, not the side acting:

- a demonym describing something other than the state's own bodies: "moderate Syrian
  rebels", "the Turkish border", "two besieged Syrian towns", "the Syrian people" (the
  state stands behind "Syrian troops", "Syrian warplanes", "the Syrian government");
- a country or city named as where something is: "in Idlib province, Syria", "the
  northeastern corner of Syria", "the Damascus Opera House";
- the dead of a toll given a doer its own side is friends with: "at least 17 Hezbollah
  fighters have died ..., as Syrian forces press an offensive" (a toll may count
  both sides' dead; the doer fights only those who are its enemies).

The word lists are data (``relations.yaml``: ``article_ties.tie_guards``; the heads that
stand for a state's arm come from the actor phrases, ``phrases.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.apartdoers import apart_or_alternatives
from frontwatch.extract.armed import FIGHTS, armed, friendly_pairs, kb_friends, plain
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.countrymen import counted_people
from frontwatch.extract.covictims import co_victims
from frontwatch.extract.endedties import an_ended_tie
from frontwatch.extract.filledends import context_end_contradicted
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.parentnames import parent_of_an_affiliate
from frontwatch.extract.relspan import mention_heads, relation_tokens, trigger_tokens
from frontwatch.kb.actors.phrases import load_phrase_rules
from frontwatch.kb.places.directions import direction_words
from frontwatch.records import Mention, Relation

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "appos"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WHERE_OR_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_LEADING_WORD = re.compile(r"[a-z][a-z-]*")
_TOLL_WORDS = ("killed_verbs", "injured_verbs", "killed_nouns", "injured_nouns")


def guard_ties(relations: list[Relation], ctx: ArticleContext) -> list[Relation]:
    """The ties whose ends stand for sides (see module doc)."""
    guarded = guard_words("guarded_kinds")
    fights = _fight_evidence_by_pair(relations, ctx)
    friends = friendly_pairs(relations, ctx)
    return [
        r
        for r in relations
        if not _a_taking_read_as_words(r, ctx)
        and not _a_past_tie(r, ctx)
        and not an_ended_tie(r, ctx)
        and not co_victims(r, ctx)
        and not (r.kind in guarded and _misread(r, fights, friends, ctx))
    ]


def _misread(
    r: Relation,
    fights: dict[frozenset[str], list[Any]],
    friends: set[frozenset[str]],
    ctx: ArticleContext,
) -> bool:
    return (
        _an_end_names_no_side(r, ctx)
        or _friends_fight(r, ctx)
        or _unknown_enemy_in_mixed_toll(r, fights, ctx)
        or _an_observer_fights(r, ctx)
        or _two_communities(r)
        or apart_or_alternatives(r, ctx)
        or _one_force_of_two_names(r, ctx)
        or context_end_contradicted(r, friends, ctx)
    )


def guard_words(key: str) -> frozenset[str]:
    return get_lexicon().guard_words(key)


@cache
def _state_nouns() -> frozenset[str]:
    """Nouns after which a demonym is the state: its arms (``phrases.yaml`` heads, by their
    last word) and its organs and deeds (``state_nouns``)."""
    heads = {w.split()[-1].lower() for h in load_phrase_rules().heads for w in h.words}
    return frozenset(heads) | guard_words("state_nouns")


def _an_end_names_no_side(relation: Relation, ctx: ArticleContext) -> bool:
    return any(
        _only_describes(text, relation, ctx) or _counted_people_only(text, relation, ctx)
        for text in (relation.source_text, relation.target_text)
        if text
    )


def _counted_people_only(text: str, relation: Relation, ctx: ArticleContext) -> bool:
    """ "Israeli troops shot dead two Palestinians", "police detained 50 Syrians": an end
    named only as counted people of a nation is no side (its state fights no one here)."""
    heads = list(mention_heads(text, relation, ctx))
    return bool(heads) and all(counted_people(t, m) for t, m in heads)


def _only_describes(text: str, relation: Relation, ctx: ArticleContext) -> bool:
    """Every occurrence of the end's name in the tie's sentence is a demonym describing
    no organ of the state, or a place named as a location; the parent of an affiliate
    names no side but of the tie the affiliate noun itself tells ("the al-Qaeda affiliate
    X": X is al-Qaeda's ally)."""
    heads = list(mention_heads(text, relation, ctx))
    return bool(heads) and all(
        (parent_of_an_affiliate(tok) and tok.head.text != relation.trigger)
        or (_describing_demonym(tok) if "demonym" in mention.note else _located(tok, mention, ctx))
        for tok, mention in heads
    )


def _describing_demonym(tok: Any) -> bool:
    """ "Syrian rebels", "the Turkish border": the adjective says whose or where, and the
    noun it describes is no body of the state ("Syrian and Russian jets" are)."""
    tok = first_conjunct(tok)
    noun = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "conj" and c.tag_ == "VBN" for c in tok.children):
        return False  # "Qatari and Turkish-backed fighters": a backer, as the second is
    # "the Yemeni capital", not "IS's Syrian capital"
    if lemma_of(noun) in guard_words("seat_nouns"):
        return any(c.dep_ == "poss" for c in noun.children)
    # the words up to the noun count too: the parser can hang "Syrian" on a later word
    between = list(tok.doc[tok.i + 1 : noun.i]) if noun.i > tok.i else []
    return not any(_state_noun(n) for n in [*between, *_noun_chain(noun)])


def _noun_chain(noun: Any) -> Iterator[Any]:
    """The noun and the nouns it modifies in turn: "Syrian fighter jet" is a jet."""
    yield noun
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
        yield noun


def _state_noun(noun: Any) -> bool:
    """The noun is an arm, organ or deed of a state ("airstrikes,[36]" read as a word)."""
    word = _LEADING_WORD.match(noun.lower_)
    nouns = _state_nouns()
    return lemma_of(noun) in nouns or (word is not None and word.group() in nouns)


def _located(tok: Any, mention: Mention, ctx: ArticleContext) -> bool:
    """A country or city named as a location: the object of "in"/"near", "the north of
    T", a region of it ("northern Syria"), or a modifier of another place or of a date
    ("Idlib province, Syria, April 6")."""
    if mention.label not in _PLACE_LABELS and tok.i not in ctx.place_at:
        return False
    if _a_region_of(tok, mention):
        return True  # "shelled northern Syria": a region of the country, not its state
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in guard_words("locative_preps"):
            return lemma_of(prep.head) not in guard_words("seated_role_nouns")  # "allies in Moscow"
        return prep.lower_ == "of" and lemma_of(prep.head) in guard_words("location_nouns")
    if tok.dep_ in _MODIFIER_DEPS:  # "Idlib province Syria April 27", "Damascus Opera House"
        noun = tok.head
        where = noun.ent_type_ in _WHERE_OR_WHEN or lemma_of(noun) in guard_words("location_nouns")
        return where and noun.i not in ctx.actor_at and not _state_noun(noun)
    return False


def _a_region_of(tok: Any, mention: Mention) -> bool:
    """ "northern Syria", "rural Idlib", "north Syria" (whose "north" the parser may hang on
    the verb): a direction or region word on the name or right before it."""
    words = direction_words() | guard_words("region_words")
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) in words for c in tok.children):
        return True
    first = tok.i
    while first > 0 and tok.doc[first - 1].idx >= mention.start:
        first -= 1
    word = tok.doc[first - 1] if first > 0 else None
    # ... but not a word of another noun ("in north US-backed fighters")
    return word is not None and word.lower_ in words and word.head.pos_ in ("VERB", "AUX")


def _a_taking_read_as_words(relation: Relation, ctx: ArticleContext) -> bool:
    """ "The army continued operations to expel IS fighters from the district": driving an
    armed group out of a place is a fight (its tie is drawn as such), not the sanction
    that expelling diplomats is."""
    if relation.kind not in guard_words("worded_kinds"):
        return False
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    lemma = lemma_of(trigger) if trigger is not None else relation.trigger.lower()
    if lemma not in get_lexicon().control_words("clearing_verbs"):
        return False
    target = ctx.kb.get(relation.target_actor) if relation.target_actor else None
    group = target is not None and target.type in guard_words("group_types")
    return group or (target is not None and target.type == "generic" and armed(target.id, ctx))


def _a_past_tie(relation: Relation, ctx: ArticleContext) -> bool:
    """ "the former al-Qaeda affiliate", "the group was once al-Qaeda's Iraqi affiliate":
    a membership or leadership the sentence says is over is no tie at its date; so is an
    enmity told by a noun ("its former enemy, the army"), unlike a past deed of war."""
    lasting = relation.kind in guard_words("lasting_kinds")
    if not lasting and relation.kind != FIGHTS:
        return False
    trigger = next(iter(trigger_tokens(relation, ctx)), None)
    if trigger is None or not (lasting or trigger.pos_ == "NOUN"):
        return False
    near = [*trigger.children, *(trigger.head.children if trigger.dep_ == "attr" else ())]
    return _a_past_habit(trigger) or any(
        t.dep_ in ("amod", "advmod") and lemma_of(t) in guard_words("past_words") for t in near
    )


def _a_past_habit(trigger: Any) -> bool:
    """ "which used to be part of Y", "X used to fight alongside Y": the clause hangs on a
    verb of past habit (not "is used to"), so the tie is over."""
    verb = trigger.head if trigger.dep_ == "attr" else trigger
    habit = verb.head
    return (
        verb.dep_ == "xcomp"
        and lemma_of(habit) in guard_words("past_habit_verbs")
        and habit.tag_ == "VBD"
        and not any(c.dep_ == "auxpass" for c in habit.children)
    )


def _friends_fight(relation: Relation, ctx: ArticleContext) -> bool:
    """A fight between friends that the sentence does not itself set them in: read from a
    toll ("23 Hezbollah fighters were killed ... as Syrian forces press an offensive"; a
    toll may count both sides' dead) or with one end taken from the context ("coalition
    jets struck back" after an attack on a town its Kurdish partners hold)."""
    if relation.kind != FIGHTS or not (relation.source_actor and relation.target_actor):
        return False
    from_context = not (relation.source_text and relation.target_text)
    if not (from_context or _toll_word(relation.trigger)):
        return False
    top = ctx.kb.top_of  # the KB's friends: an article's own friendly ties can be misread
    return any(
        kb_friends(top(a), top(b), ctx)
        for a in _with_bodies(relation.source_actor, ctx)
        for b in _with_bodies(relation.target_actor, ctx)
    )


def _with_bodies(actor_id: str, ctx: ArticleContext) -> set[str]:
    """The actor and the alliances it is a member of (the YPG and the SDF the coalition
    backs)."""
    kinds = guard_words("member_edges")
    edges = ctx.kb.related(actor_id, date=ctx.published)
    return {actor_id} | {e.target for e in edges if e.kind in kinds and e.source == actor_id}


def _fight_evidence_by_pair(
    relations: list[Relation], ctx: ArticleContext
) -> dict[frozenset[str], list[Any]]:
    """The evidence of the article's plain fights, by the pair of sides, gathered once."""
    found: dict[frozenset[str], list[Any]] = {}
    for r in relations:
        if r.kind == FIGHTS and plain(r):
            found.setdefault(_pair(r, ctx), []).append(r.evidence)
    return found


def _unknown_enemy_in_mixed_toll(
    relation: Relation, fights: dict[frozenset[str], list[Any]], ctx: ArticleContext
) -> bool:
    """A doer taken from the context (the sentence names none) and a toll counting the dead
    of several sides ("It said 45 IS militants and 20 Kurdish fighters had been killed"):
    the doer fights only those the article names as its enemies, else none of them."""
    if relation.kind != FIGHTS or relation.source_text or not _toll_word(relation.trigger):
        return False
    top = ctx.kb.top_of
    doer = top(relation.source_actor)
    if len(_parties_named(relation, ctx) - {doer}) < 2:
        return False
    pair = frozenset((doer, top(relation.target_actor)))
    return not any(e != relation.evidence for e in fights.get(pair, ()))


def _pair(relation: Relation, ctx: ArticleContext) -> frozenset[str]:
    return frozenset((ctx.kb.top_of(relation.source_actor), ctx.kb.top_of(relation.target_actor)))


def _parties_named(relation: Relation, ctx: ArticleContext) -> set[str]:
    mentions = (ctx.actor_at.get(tok.i) for tok in relation_tokens(relation, ctx))
    return {ctx.kb.top_of(m.actor_id) for m in mentions if m and armed(m.actor_id, ctx)}


def harm_alone(relation: Relation, ctx: ArticleContext) -> bool:
    """A fight whose enemy the sentence leaves unnamed and whose sentence names only people
    harmed or civilian sites hit ("strikes killed 26 people", "targeted medical buildings"),
    and no side but the doer: the enemy would be the context's guess."""
    if relation.kind != FIGHTS or relation.target_text or not relation.source_text:
        return False
    harmed = _civilian_nouns() | guard_words("civilian_sites")
    if not any(lemma_of(t) in harmed and not _a_speaker(t) for t in relation_tokens(relation, ctx)):
        return False
    return not (_parties_named(relation, ctx) - {ctx.kb.top_of(relation.source_actor)})


def _a_speaker(tok: Any) -> bool:
    """ "..., residents said": the people who tell of a deed are not its victims."""
    speech = get_lexicon().control_words("speech_verbs")
    return tok.dep_ == "nsubj" and lemma_of(tok.head) in speech


def _an_observer_fights(relation: Relation, ctx: ArticleContext) -> bool:
    """A monitor, an outlet or an aid group reports or suffers a fight, never wages one
    ("killed three and wounded the London-based Syrian Observatory for Human Rights added",
    its comma lost)."""
    if relation.kind != FIGHTS:
        return False
    ends = (ctx.kb.get(a) for a in (relation.source_actor, relation.target_actor) if a)
    return any(actor is not None and actor.type in guard_words("observer_types") for actor in ends)


def _two_communities(relation: Relation) -> bool:
    """ "an Arab Sunni-backed revolt": a tie between two communities (or troops of no one)
    says nothing of the war's sides; one such end beside a side still may ("US-backed
    fighters")."""
    sideless = get_lexicon().tie_words("sideless_classes")
    return relation.source_actor in sideless and relation.target_actor in sideless


def _one_force_of_two_names(relation: Relation, ctx: ArticleContext) -> bool:
    """ "clashes between the Syrian and Iranian forces and fighters": two modifiers of
    one noun joined to a further party name one side together, never two sides of the
    fight ("clashes between Syrian and Turkish troops" still sets them against each
    other)."""
    if relation.kind != FIGHTS:
        return False
    ends = [
        [first_conjunct(tok) for tok, _m in mention_heads(text, relation, ctx)]
        for text in (relation.source_text, relation.target_text)
    ]
    return any(
        a.i == b.i and a.dep_ in _MODIFIER_DEPS and _joined_to_another(a.head)
        for a in ends[0]
        for b in ends[1]
    )


def _joined_to_another(noun: Any) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and (
        noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    )


@cache
def _civilian_nouns() -> frozenset[str]:
    lexicon = get_lexicon()
    kinds = ("civilian_nouns", "child_nouns", "woman_nouns")
    return frozenset().union(*(lexicon.casualty(k) for k in kinds)) | guard_words("victim_nouns")


@cache
def _toll_words() -> frozenset[str]:
    lexicon = get_lexicon()
    return frozenset().union(*(lexicon.casualty(k) for k in _TOLL_WORDS))


def _toll_word(trigger: str) -> bool:
    words = _toll_words()
    word = trigger.lower()
    return word in words or word.removesuffix("ed") in words or word.removesuffix("d") in words
