"""What a control cue observed, and the place and actor look-ups every control rule shares."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from frontwatch.extract.anaphora import pronoun_antecedent
from frontwatch.extract.arguments import first_actor, pobjs, speaker_subject
from frontwatch.extract.armed import ANY_CLASS, armed_side
from frontwatch.extract.context import ArticleContext, actor_near, anti_mention, clause_tokens
from frontwatch.extract.control_names import list_members, listed_name, named_place_noun
from frontwatch.extract.lexicon import control_cue_words, get_lexicon, lemma_of
from frontwatch.extract.relatives import RELATIVE_PRONOUNS, word_before
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention


@dataclass
class Observation:
    kind: str
    trigger: Any
    place: Mention
    new: Mention | None = None
    previous: Mention | None = None
    # "rebel-held T", "the X pocket of T": the noun phrase takes the holding for granted,
    # so a plan or denial about the sentence's main act does not make it hypothetical.
    presupposed: bool = False
    nth: int = 0  # the place's rank among places coordinated in one clause
    # "troops entered T": an entry takes T only if who entered, once the context has
    # named them, is an armed side (aid workers and ministers enter towns too)
    armed_taker: bool = False
    # "T is back under X control": a change told as undone again, with no time or act of its own
    returned: bool = False
    # "drove X out of six villages in P": the assault is told, but no town the gazetteer
    #   knows changed hands, and P only locates the villages (an event, no control change)
    assault_only: bool = False


AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


@cache  # the lexicon never changes within a process; this is on the hottest path
def control_words(key: str) -> frozenset[str]:
    return get_lexicon().control_words(key)


def place_in(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The most precise place mention in a token's phrase (first on ties); nested clauses
    ("areas held by X battling to take T") name other places."""
    best = None
    for t in clause_tokens(tok):
        mention = ctx.place_at.get(t.i)
        if mention is None or (t.i in ctx.actor_at and not _capital_as_place(t, ctx)):
            continue
        if _names_a_road(t) or _owner_of_a_place(t, mention, ctx) or _locates_a_named_place(t, ctx):
            continue
        if best is None or (mention.geo_precision or 9) < (best.geo_precision or 9):
            best = mention
    return best


def _locates_a_named_place(tok: Any, ctx: ArticleContext) -> bool:
    """ "the Idlib provincial town of Harem": a place modifying a noun that names its own
    place after "of" only says where that place lies."""
    noun = tok.head
    if tok.dep_ not in ("nmod", "compound", "amod", "npadvmod") or noun.pos_ != "NOUN":
        return False
    return any(
        g.dep_ == "pobj" and g.i in ctx.place_at
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
    )


def subject_place(subj: Any, ctx: ArticleContext) -> Mention | None:
    """The place a passive's subject names. "B, a border town on the road into K, was
    seized": a name described by an apposition is that place or, unknown, none; the places
    the description names only say what it leads to. One the description puts it near
    ("B, a village near Y") stands for it, as reporting places villages by their town."""
    appositions = [c for c in subj.children if c.dep_ == "appos"]
    vicinity = control_words("vicinity_words")
    if (
        subj.pos_ != "PROPN"
        or not appositions
        or any(t.lower_ in vicinity for a in appositions for t in a.subtree)
    ):
        return place_in(subj, ctx)
    name = [subj, *(c for c in subj.children if c.dep_ in ("compound", "flat"))]
    return next((ctx.place_at[t.i] for t in name if t.i in ctx.place_at), None)


def _owner_of_a_place(tok: Any, mention: Mention, ctx: ArticleContext) -> bool:
    """ "Gaza's Rafah crossing", "Sudan's El Fasher": the owner only locates the place it owns."""
    owned = ctx.place_at.get(tok.head.i) if tok.dep_ == "poss" else None
    return owned is not None and owned is not mention


def _names_a_road(tok: Any) -> bool:
    """ "the Aleppo-Damascus highway", "the Lashio-Muse road": the town is part of a road's
    name (the parser hangs it on the road as a compound or a modifier)."""
    for _ in range(_ROAD_NAME_HOPS):
        if tok.dep_ not in ("compound", "amod", "punct", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if lemma_of(tok) in control_words("road_nouns"):
            return True
    return False


_ROAD_NAME_HOPS = 3  # "Aleppo" <- "Damascus" <- "highway"


def _capital_as_place(tok: Any, ctx: ArticleContext) -> bool:
    """ "stormed the capital Sanaa": a capital the KB reads as its government ("Sanaa
    said") is a place where it is not the one acting or owning."""
    return "capital" in ctx.actor_at[tok.i].note and tok.dep_ not in AGENT_DEPS


def actor_of(tok: Any | None, ctx: ArticleContext) -> Mention | None:
    """The actor a token names; a pronoun subject of reported speech is the speaker;
    "anti-IS militias" are not IS."""
    if tok is None:
        return None
    mention = actor_near(ctx, tok)
    if mention is None and tok.pos_ == "PRON":
        # "it has been driven from T by X": the side the pronoun stands for
        return speaker_subject(tok.head, ctx) or pronoun_antecedent(tok, ctx)
    if mention is None and _own_forces_of_a_speaker(tok):
        return _speakers_side(tok, ctx)  # "a Kurdish commander said his forces took T"
    return None if mention is not None and anti_mention(mention, ctx) else mention


def subject_actor(verb: Any, ctx: ArticleContext) -> Mention | None:
    """Who does what a verb says; in a relative clause whose subject is "which" or "who",
    the actor the pronoun follows ("held by Ahrar al-Sham, which seized it in 2013")."""
    subject = subject_of(verb)
    found = actor_of(subject, ctx)
    if found is None and subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        noun = word_before(subject)
        found = actor_of(noun, ctx)
        if found is None or found.resolution == "generic":
            return _named_before_its_description(noun, ctx) or found
    return found


def _named_before_its_description(noun: Any, ctx: ArticleContext) -> Mention | None:
    """ "the SDF, an Arab-Kurdish alliance which took T", "Jaysh al-Fateh, the coalition of
    rebel groups that took T": the description follows the name of who did it."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    i = noun.left_edge.i - 1
    while i >= 0 and noun.doc[i].is_punct:
        i -= 1
    named = ctx.actor_at.get(i) if i >= 0 else None
    return named if named is not None and named.resolution != "generic" else None


def _own_forces_of_a_speaker(tok: Any) -> bool:
    """ "his forces", "their fighters": a body of fighters owned by a pronoun."""
    return (
        tok.pos_ == "NOUN"
        and lemma_of(tok) in control_words("withdrawn_forces")
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    )


def _speakers_side(forces: Any, ctx: ArticleContext) -> Mention | None:
    """The speaker whose forces these are; a speaker of no side ("Fighters from the TPLF
    said their forces ...") stands for the side it is from."""
    speaker = speaker_subject(forces.head, ctx)
    sideless = get_lexicon().tie_words("sideless_classes")
    if speaker is None or speaker.actor_id not in sideless:
        return speaker
    verb = forces.head.head  # the verb of speaking above "their forces had entered T"
    while verb.head.i != verb.i and subject_of(verb) is None:
        verb = verb.head
    subject = subject_of(verb)
    members = pobjs(subject, MEMBER_PREPS) if subject is not None else []
    return first_actor(members, ctx) or speaker


# "fighters from X", "a spokesman for X", "troops of X": X's own members
MEMBER_PREPS = frozenset({"from", "of", "for"})
_TOWN_OR_DISTRICT = 2  # geo_precision: 1 a town or site, 2 a district


def town_or_district(place: Mention) -> bool:
    """A place small enough to change hands by being entered or won (no province)."""
    return (place.geo_precision or 9) <= _TOWN_OR_DISTRICT


def is_combatant(mention: Mention | None, ctx: ArticleContext) -> bool:
    """An armed side (a government organ, a party's fighters and a military alliance too)
    or a class of fighters: not civilians, aid workers, the press, an international body
    of no fighting sector, or one person (who visits a town rather than takes it)."""
    actor = ctx.kb.get(mention.actor_id) if mention is not None and mention.actor_id else None
    return armed_side(actor, classes=ANY_CLASS, governing=True, parties=True)


def with_coordinated_places(obs: Observation, ctx: ArticleContext) -> list[Observation]:
    """The observation, and one for each place coordinated with its place: "seized
    Tal Abyad and Ain Issa", "took the city of Mosul and Nineveh province"."""
    span = expanded_span(ctx.doc, obs.place.start, obs.place.end)
    # "Tartous and Hasakeh, which is held by X": the clause tells of one; "the town" named
    #   in an earlier sentence: the places named beside it there were not taken
    if (
        span is None
        or _antecedent_of_its_clause(span.root, obs.trigger)
        or span.start < obs.trigger.sent.start
    ):
        return [obs]
    out, seen = [obs], {place_key(obs.place)}
    tok = span.root
    for _ in range(_COORDINATION_DEPTH):
        for conj in list_members(tok):
            if _has_own_clause(conj):
                continue  # "X-held T and H, which Y controls": H has its own holder
            place = place_in(conj, ctx) or listed_name(conj, ctx) or named_place_noun(conj, ctx)
            if place is not None and place_key(place) not in seen:
                seen.add(place_key(place))
                out.append(replace(obs, place=place, nth=len(out)))
        if tok.dep_ not in ("pobj", "prep", "appos", "compound") or tok.head.i == tok.i:
            break
        tok = tok.head  # "the city of Mosul and Nineveh province": the city's conjuncts
    if span.root.dep_ == "dobj" and span.root.head.i == obs.trigger.i:
        for gapped in gapped_objects(obs.trigger):
            place = place_in(gapped, ctx)
            if place is not None and place_key(place) not in seen:
                seen.add(place_key(place))
                out.append(replace(obs, place=place, nth=len(out)))
    return out


def gapped_objects(verb: Any) -> list[Any]:
    """Nouns an "and" joins to the verb itself, whose own verb is left out: "retook A and
    then B from X", "took A in June and then B in July". The parser hangs the second object
    (and its "from") on the verb as a conjunct; a conjunct that is a verb is a clause."""
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i > verb.i and _only_adverbs_before(c)
    ]  # fmt: skip


def _only_adverbs_before(conj: Any) -> bool:
    """Between the "and" and the object only adverbs ("and then B", "and later B"): "took
    A, and the rebels B" names another taker, a clause of its own."""
    before = conj.doc[conj.sent.start : conj.i]
    links = [t.i for t in before if t.dep_ == "cc"]
    return bool(links) and all(t.pos_ in ("ADV", "PUNCT") for t in conj.doc[links[-1] + 1 : conj.i])


_COORDINATION_DEPTH = 3


def place_key(place: Mention) -> str:
    """What tells two places apart: the gazetteer id, else the name (the villages of a list
    the gazetteer lacks are as many places as names, not one unknown)."""
    return place.place_id or f"name:{place.text.lower()}"


def _antecedent_of_its_clause(place: Any, cue: Any) -> bool:
    """The place stands before the relative clause the cue heads ("T, which X holds")."""
    return bool(cue.dep_ == "relcl" and place.i < cue.i)


def _has_own_clause(name: Any) -> bool:
    """A name a relative clause follows that tells who holds or takes it ("H, which Y
    controls", "H, which the rebels retook"), whatever it hangs on; not a clause that only
    describes it ("B, which lies on the main road", "A and B, which sit north of T"): the
    list's act took B too."""
    clauses = [c for c in name.children if c.dep_ == "relcl"]
    after = [t for t in name.doc[name.right_edge.i + 1 : name.right_edge.i + 3] if not t.is_punct]
    if after and after[0].lower_ in RELATIVE_PRONOUNS:
        clauses += [h for h in (after[0].head,) if h.pos_ in ("VERB", "AUX") and h.i > name.i]
    return any(_tells_a_holder(c) for c in clauses) or (
        bool(after) and after[0].lower_ in RELATIVE_PRONOUNS and not clauses
    )


# the word lists whose words head the cues of control.observations_at (a token whose lemma and form
# are none of them, nor its one literal cue, heads no control cue: trying every token cost
# ~2% of a run's CPU)
OBSERVED_KEYS = (
    "capture_verbs",
    "entry_verbs",
    "into_entry_verbs",
    "control_taking_verbs",
    "handover_verbs",
    "clearing_verbs",
    "falling_verbs",
    "withdrawal_verbs",
    "held_verbs",
    "flag_verbs",
    "flag_flying_verbs",
    "freed_adjectives",
    "capture_nouns",
    "victory_nouns",
    "held_adjectives",
    "pocket_nouns",
    "sweep_nouns",
)


@cache
def _holder_cues() -> frozenset[str]:
    """The words that head a control cue: a relative clause they head tells of a holder."""
    return control_cue_words(OBSERVED_KEYS)


def _tells_a_holder(clause: Any) -> bool:
    """Whether a relative clause (or a verb joined to it) is a control act, or has a doer
    of its own besides the relative pronoun ("which the army shelled" tells of another
    side's act there: kept apart as before)."""
    for verb in (clause, *clause.conjuncts):
        if lemma_of(verb) in _holder_cues():
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ not in RELATIVE_PRONOUNS for s in subjects):
            return True
    return False
