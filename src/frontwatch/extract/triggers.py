"""Find event triggers in a sentence: verbs by lemma (and particle), nouns by lemma key.

A noun's key joins the lemmas of its compound modifiers to its own ("air strike");
the longest key the lexicon knows wins. Triggers that only modify another word
("Turkish-backed", "attack helicopters") are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontwatch.extract.askedquestions import asks_a_question
from frontwatch.extract.backgroundfights import is_background_fight
from frontwatch.extract.brokensieges import lifts_others_siege, others_siege_broken
from frontwatch.extract.concernwords import concern_entry, concern_of_a_deed, concern_words
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coordination import first_conjunct
from frontwatch.extract.culprits import for_an_act
from frontwatch.extract.gerunds import misparsed_gerund
from frontwatch.extract.hostiledeeds import (
    entry_of,
    swears_a_hostile_deed,
    tells_a_hostile_deed,
    type_by_complement,
)
from frontwatch.extract.invertedclauses import takes_a_side_only
from frontwatch.extract.lexicon import Lexicon, get_lexicon, lemma_of, lemma_of_words
from frontwatch.extract.listedmodifiers import heads_a_broken_modifier_list
from frontwatch.extract.occurrence import is_occurrence_idiom
from frontwatch.extract.parties import has_fighting_subject, has_other_party, has_party_subject
from frontwatch.extract.pressroom import talks_to_the_press
from frontwatch.extract.territorytaken import takes_territory
from frontwatch.extract.triggerobjects import (
    aimed_at_a_side,
    drives_out_a_side,
    has_modifier,
    has_object,
    lacks_needed_object,
    misparsed_past,
)
from frontwatch.extract.triggersenses import (
    halted,
    holds_no_territory,
    launched_at_nothing,
    restates_its_subject,
    talked_of,
    tells_a_standing_tie,
    told_as_a_danger,
    told_by_its_participle,
    type_by_head,
    type_by_object,
    type_by_prep,
    type_by_subject,
    wanted,
)
from frontwatch.extract.undergone import undergone_from_a_side
from frontwatch.extract.verbforms import simple_present, with_particle
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.extract.wartolls import is_war_toll
from frontwatch.kb.actors.mentions import NAMED_PARTY_LABELS
from frontwatch.nlp.wordtest import tokens_passing

_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})
_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN"})


@dataclass
class Trigger:
    token: Any
    type: str
    mode: str
    key: str
    weapon: bool = False
    habit: bool = False  # told as a habit ("regularly bomb"): a tie, never an event


def triggers_in(sent: Any, ctx: ArticleContext) -> list[Trigger]:
    """Every trigger in a sentence, in text order."""
    lex = get_lexicon()
    found = []
    for tok in tokens_passing(sent, _may_be_trigger):  # most words are none: never made
        pos = tok.pos_
        if pos in ("ADJ", "VERB") and (concern := concern_entry(tok, lex)) is not None:
            if concern_of_a_deed(tok, lex, ctx.actor_at):  # "troubled by reports that X razed"
                trigger = _make(tok, *concern, lex, ctx)
                found.extend([trigger] if trigger is not None else [])
            continue
        if pos not in _TRIGGER_POS:
            continue  # the part of speech first: most words are none of these
        if _modifies(tok) and not (misparsed_past(tok) or misparsed_gerund(tok)):
            continue
        if pos == "VERB":
            trigger = _verb_trigger(tok, lex, ctx)
        elif tok.ent_type_ not in NAMED_PARTY_LABELS:
            trigger = _noun_trigger(tok, lex, ctx)
        else:
            trigger = None
        if trigger is not None:
            found.append(trigger)
    return found


def _may_be_trigger(lower: str, lemma: str) -> bool:
    """A word test (``nlp.wordtest``): the word passes the first test of ``_verb_trigger``
    or of ``_noun_trigger``; a word that passes neither is no trigger."""
    lex = get_lexicon()
    if lemma_of_words(lower, lemma) in lex.verb_key_starts():
        return True
    return lemma.lower() in lex.noun_key_ends() or lower in lex.nouns or lower in concern_words(lex)


def _object_predicates(verb: Any) -> list[Any]:
    """ "held the RSF responsible for the massacre": the adjective said of the object, parsed
    as its modifier when it follows it; only for an act ("responsible for security" is a
    duty)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    said = [a for o in objects for a in o.rights if a.dep_ == "amod" and a.pos_ == "ADJ"]
    return [a for a in said if for_an_act(a)]


def _modifies(tok: Any) -> bool:
    """ "attack helicopters", "Turkish-backed", "organised and well-armed": a word (or one
    coordinated with it) that describes another."""
    tok = first_conjunct(tok)
    return (tok.dep_ in _MODIFIER_DEPS and tok.head.i != tok.i) or heads_a_broken_modifier_list(tok)


def _verb_trigger(tok: Any, lex: Lexicon, ctx: ArticleContext) -> Trigger | None:
    lemma = lemma_of(tok)
    if lemma not in lex.verb_key_starts():
        return None  # no key, alone or with a particle, begins with it: the tests below are moot
    if is_occurrence_idiom(tok):
        return None  # "the attack took place in Douma": the attack is the act
    if tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "det" for c in tok.children):
        return None  # "the wounded were taken to hospital": the people, told of an act before
    for child in [*tok.children, *_object_predicates(tok)]:
        small_clause = child.dep_ in ("oprd", "ccomp", "amod") and child.pos_ == "ADJ"
        # a particle follows its verb: "On Monday, X called Y a ..." is no "call on"
        if child.i > tok.i and (child.dep_ in ("prt", "prep", "advmod") or small_clause):
            key = f"{lemma} {child.lower_}"
            if key in lex.verbs:
                return _make(tok, key, lex.verbs[key], lex, ctx)
    if lemma in lex.verbs:
        return _make(tok, lemma, lex.verbs[lemma], lex, ctx)
    return None


def _is_modifying_participle(tok: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    """'men accused of spying': a participle describing a noun, not an act reported."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    return entry["type"] not in lex.events["participle_types"]


def noun_key_candidates(tok: Any) -> list[str]:
    """Keys for a noun, longest first: "suicide car bomb", "car bomb", "bomb"."""
    words = [*_compound_lemmas(tok), tok.lemma_.lower()]
    keys = [" ".join(words[i:]) for i in range(len(words))]
    if tok.lower_ not in keys:
        keys.append(tok.lower_)
    return keys


def _compound_lemmas(tok: Any) -> list[str]:
    compounds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    out: list[str] = []
    for comp in sorted(compounds, key=lambda t: t.i):
        out.extend(_compound_lemmas(comp))
        out.append(comp.lemma_.lower())
    return out


def _noun_trigger(tok: Any, lex: Lexicon, ctx: ArticleContext) -> Trigger | None:
    if tok.lemma_.lower() not in lex.noun_key_ends() and tok.lower_ not in lex.nouns:
        return None  # every candidate key ends in the lemma or is the word: no compounds read
    for key in noun_key_candidates(tok):
        if key in lex.nouns:
            if not lex.nouns[key].get("type"):
                return None  # "hunger strike": a longer key that is no event
            return _make(tok, key, lex.nouns[key], lex, ctx)
    return None


def _make(
    tok: Any, key: str, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext
) -> Trigger | None:
    if tok.pos_ == "VERB" and (_verb_ruled_out(tok, entry, lex, ctx) or lifts_others_siege(tok, ctx)):
        return None
    if is_background_fight(tok, lex, ctx):
        return None  # "21 months of fighting", "at war since 2014, with X fighting Y"
    if tok.pos_ in ("NOUN", "PROPN") and (
        (_undone_or_attacked(tok, entry, lex) and not others_siege_broken(tok, ctx))
        or told_by_its_participle(tok, entry, lex)
        or restates_its_subject(tok, entry, lex)
    ):
        return None
    # "jets regularly bomb T", "helicopters often drop barrel bombs": no one event, though
    # a tie (extract/article.py keeps such a trigger's event out of the events)
    habit = _tells_a_habit(tok if tok.pos_ == "VERB" else tok.head, lex)
    if not _its_words_fit(tok, entry, lex, ctx):
        return None
    kind, mode = type_by_object(tok, entry, lex)
    kind = type_by_head(tok, entry) or kind  # "declared a ceasefire"
    kind, mode = type_by_prep(tok, entry) or type_by_subject(tok, entry, lex) or (kind, mode)
    threat = type_by_complement(tok, entry, lex)
    kind, mode = (threat, "") if threat else (kind, mode)
    if "territory_type" in entry and takes_territory(tok, lex, ctx):
        kind, mode = entry["territory_type"], entry.get("territory_mode", mode)
    if "armed_object_type" in entry and drives_out_a_side(tok, entry["armed_object_from"], lex, ctx):
        kind, mode = entry["armed_object_type"], ""
    return Trigger(tok, kind, mode, key, bool(entry.get("weapon")), habit)


def _verb_ruled_out(tok: Any, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext) -> bool:
    """The guards only a verb has: a describing participle, a war toll, its parties."""
    if _is_modifying_participle(tok, entry, lex) or is_war_toll(tok, lex, ctx):
        return True
    if not _has_its_parties(tok, entry, ctx):
        return True
    if entry.get("held_of_territory") and holds_no_territory(tok, lex, ctx):
        return True  # "gained control of the senate", "gained ground in the polls"
    return "aimed_weapons" in entry and launched_at_nothing(tok, entry, lex, ctx)


def _its_words_fit(tok: Any, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext) -> bool:
    """The entry's own asks of the words around the trigger (``needs_object`` and the like)."""
    if "needs_object" in entry and lacks_needed_object(tok, entry, lex, ctx):
        return False
    if entry.get("undergone_only") and not undergone_from_a_side(tok, ctx):
        return False
    if "needs_modifier" in entry and not has_modifier(tok, entry["needs_modifier"], lex):
        return False
    if "needs_aim" in entry and not aimed_at_a_side(tok, entry["needs_aim"], ctx):
        return False
    if entry.get("needs_complement") and not _has_complement(tok, entry, lex, ctx):
        return False
    if entry.get("not_as_state") and tells_a_standing_tie(tok):
        return False  # "are allied with Iran", "and allied militias": a tie, not an act
    if entry.get("not_with_clause") and any(c.dep_ == "ccomp" for c in tok.children):
        return False  # "conceded that its troops had withdrawn": words said, not a concession
    if "not_in_phrase" in entry and _in_set_phrase(tok, entry["not_in_phrase"]):
        return False
    if _not_this_sense(tok, entry):
        return False
    if entry.get("not_in_contest") and _told_of_a_contest(tok, lex):
        return False  # "the AKP routed the opposition in the elections", "routed Iran 3-0"
    if entry.get("not_as_equipment") and _describes_equipment(tok):
        return False
    if entry.get("not_as_danger") and told_as_a_danger(tok, lex):
        return False  # "the threat it poses", "contained the threat": no threat made
    if "not_with_object" in entry and has_object(tok, entry["not_with_object"], lex, ctx):
        return False  # "repelled an attack by IS": the attack, the attacker's, is the act
    if "not_by_subject" in entry and _done_by(tok, entry["not_by_subject"], lex):
        return False  # "the earthquake that struck the valley": no side's blow
    if entry.get("not_as_outcome") and tok.tag_ == "VBG" and tok.dep_ == "advcl":
        return False  # "retook the towns, leaving Misrata the last city held": what was left
    if entry.get("oath") and not swears_a_hostile_deed(tok, lex):
        return False  # "swore to keep protesting", "swore to fight corruption"
    return not (entry.get("needs_hostile_content") and not tells_a_hostile_deed(tok, lex))


def _done_by(verb: Any, classes: list[str], lex: Lexicon) -> bool:
    """The verb's subject, or the noun a relative clause of it describes, is of these classes."""
    subject = subject_of(verb)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
        subject = verb.head  # "the earthquake that struck": the noun the clause describes
    words = frozenset().union(*(lex.object_class(name) for name in classes))
    return subject is not None and lemma_of(subject) in words


def _has_complement(verb: Any, entry: dict[str, Any], lex: Lexicon, ctx: ArticleContext) -> bool:
    """ "allowed X to leave", "offered to mediate": a clause the verb governs; or, for
    ``or_object``, an object of those classes ("allowed humanitarian access")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True
    if "or_object" not in entry or not has_object(verb, entry["or_object"], lex, ctx):
        return False
    # a side lets it through, told not in the base form: not "the road allowing easy access",
    #   nor "urged the militia to open the roads and allow access" (what is asked)
    return verb.tag_ != "VB" and subject_of(verb) is not None and has_party_subject(verb, ctx)


def _visits_a_place(verb: Any, entry: dict[str, Any], ctx: ArticleContext) -> bool:
    """ "the prime minister visited Ramadi": a party's or its officials' visit to a named place
    (``or_place``); not "a VOA reporter visited the town" (the subject a named one, or of the
    ``visitors`` classes)."""
    if not entry.get("or_place"):
        return False
    lex = get_lexicon()
    if not (has_object(verb, ["place_object"], lex, ctx) and has_party_subject(verb, ctx)):
        return False
    subject = subject_of(verb)
    visitors = frozenset().union(*(lex.object_class(n) for n in entry["or_place"]))
    return subject is not None and (subject.pos_ == "PROPN" or lemma_of(subject) in visitors)


def _tells_a_habit(verb: Any, lex: Lexicon) -> bool:
    """ "Warplanes regularly bomb Idlib", "the group is regularly bombarded", "whenever they
    declare a truce they violate it": a simple present (active, or passive by its auxiliary)
    with a habitual adverb (on the verb or the clause it hangs on)."""
    if verb.pos_ != "VERB" or not simple_present(verb):
        return False
    habitual = lex.events["habitual_adverbs"]
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(c.lower_ in habitual for clause in clauses for c in clause.children)


def _undone_or_attacked(noun: Any, entry: dict[str, Any], lex: Lexicon) -> bool:
    """ "broke the siege of T", "violated the truce", "targeted an aid convoy", "strikes on
    the convoy", "a halt of attacks": the noun names what the verb (or noun) undid or hit, not
    an act of its subject."""
    if halted(noun, lex) or wanted(noun, lex) or talked_of(noun, lex):
        return True
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "fired on the convoy"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if lemma_of(verb) in lex.events["undoing_verbs"]:
        return True
    if noun.dep_ != "pobj" and with_particle(verb) in lex.events["stopping_verbs"]:
        return True  # "suspended air strikes", not "suspended talks after the attack"
    found = entry_of(verb, lex)
    attacking = lex.events["attacking_types"]
    if not found or "needs_object" in found:  # "launched a mediation effort": a carrier verb
        return False
    return found.get("type") in attacking and entry["type"] not in attacking


def _has_its_parties(verb: Any, entry: dict[str, Any], ctx: ArticleContext) -> bool:
    """ "met with X" not "met resistance"; "Turkey threatened" not "violations that
    threaten the truce"; "protesters demonstrated" not "demonstrated its strength"."""
    if (
        entry.get("needs_party")
        and not has_other_party(verb, ctx)
        and not _visits_a_place(verb, entry, ctx)
    ):
        return False
    if (
        entry.get("needs_party_subject")
        and not has_party_subject(verb, ctx)
        and type_by_subject(verb, entry, get_lexicon()) is None
    ):
        return False  # a doer of a subject_types class is its party ("protesters blocked")
    if entry.get("needs_fighting_subject") and not has_fighting_subject(verb, ctx):
        return False
    return not (entry.get("intransitive") and any(c.dep_ == "dobj" for c in verb.children))


def _not_this_sense(tok: Any, entry: dict[str, Any]) -> bool:
    """ "in March" is the month (``common_noun_only``: a word written in lower case and no
    date), "the army's march on Raqqa" an advance (``not_with_prep``), not a protest march."""
    if entry.get("common_noun_only") and (not tok.text.islower() or tok.ent_type_ == "DATE"):
        return True
    if entry.get("not_as_question") and asks_a_question(tok):
        return True  # "asked whether the strikes hit civilians": a question, no demand
    if entry.get("not_to_the_press") and talks_to_the_press(tok):
        return True  # "spoke with reporters": a briefing, no consultation
    preps = entry.get("not_with_prep", ())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
        return True
    return takes_a_side_only(tok, entry)


def _in_set_phrase(tok: Any, prep: str) -> bool:
    """ "conducted 48 airstrikes in support of the SDF" (of), "acted in accord with the law"
    (with): the phrase says what another act was for or how it was done."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == prep for c in tok.children)
    )


def _told_of_a_contest(verb: Any, lex: Lexicon) -> bool:
    """A word of a contest (``contest_nouns``) in the verb's phrase, or in the noun a
    relative clause hangs on ("the team, which routed Iran"): a win at the polls or in sport."""
    words = frozenset(lex.events["contest_nouns"])
    phrase = [*verb.subtree, *(verb.head.subtree if verb.dep_ in ("relcl", "acl") else ())]
    return any(lemma_of(t) in words for t in phrase)


def _describes_equipment(verb: Any) -> bool:
    """ "fighters armed with machine-guns", "the men were armed with rifles": what they
    carry, with no giver; "the US armed the rebels with missiles" and "armed by Iran" are
    aid given."""
    giver = any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    carried = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return carried and not giver
