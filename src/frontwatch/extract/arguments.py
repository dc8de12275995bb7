"""Event arguments from the dependency parse: source, target and place mentions.

Verbs: the source is the subject (the "by X" agent when passive), the target the
object (the subject when passive) or "against/on X". Nouns: the source is a modifier
("Russian air strikes") or "by X", the target "against/on X", both of "between X and Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontwatch.extract.actcomplements import TARGET_PREPS as TARGET_PREPS  # noqa: PLC0414 - re-exported: its readers import it here
from frontwatch.extract.actcomplements import complement_sides, named_as
from frontwatch.extract.aimedenemies import purpose_enemy
from frontwatch.extract.anaphora import leading_clause_subject
from frontwatch.extract.argsides import between, object_actor, thing_given
from frontwatch.extract.carriers import OWNER_DEPS as OWNER_DEPS  # noqa: PLC0414 - re-exported: sieges.py and control_flags.py import it here
from frontwatch.extract.carriers import carrier_of, means_carrier
from frontwatch.extract.clausedoers import relative_clause_doer
from frontwatch.extract.context import (
    GENERIC_PREFIX,
    ArticleContext,
    actor_near,
    anti_mention,
    clause_head,
    doer_near,
)
from frontwatch.extract.context import first_actor as first_actor  # noqa: PLC0414 - re-exported: its readers import it here
from frontwatch.extract.deeddoers import deed_doer_named
from frontwatch.extract.eventplace import place_for
from frontwatch.extract.gerunds import gerund_doer, governed_object
from frontwatch.extract.holders import aimed_at, fired_at
from frontwatch.extract.judged import (
    adjective_defender,
    blamed_on,
    defending_word,
    defends,
    judges,
    names_the_act,
    speaker_did_it,
)
from frontwatch.extract.ledgroups import led_doer
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.losers import defeated_side
from frontwatch.extract.movers import doer_of
from frontwatch.extract.nounacts import (
    acts_on_its_head,
    besieged,
    gerund_object,
    harmed,
    held_of,
    modifiers,
    operation_enemy,
    operation_owner,
    pitted_sides,
    quantity_of,
    used_as,
)
from frontwatch.extract.outcomes import outcome_doer
from frontwatch.extract.participleobjects import trailed_verb_object
from frontwatch.extract.passives import is_passive as is_passive  # noqa: PLC0414 - re-exported: 10 readers import it here
from frontwatch.extract.passives import passive_clause as passive_clause  # noqa: PLC0414 - re-exported: 3 readers import it here
from frontwatch.extract.placetargets import names_a_place, state_of_a_place, taken_from
from frontwatch.extract.possessors import possessed_doer, possessed_target
from frontwatch.extract.prepobjects import aims_of_an_act
from frontwatch.extract.prepobjects import pobjs as pobjs  # noqa: PLC0414 - re-exported: 17 readers import it here
from frontwatch.extract.pronoundoers import relative_doer
from frontwatch.extract.pronoundoers import speaker_subject as speaker_subject  # noqa: PLC0414 - re-exported: observations.py imports it here
from frontwatch.extract.relativebacking import clause_noun
from frontwatch.extract.relatives import relative_antecedent
from frontwatch.extract.strayagents import stray_agents
from frontwatch.extract.supportacts import a_kind_of_support, support_given_by
from frontwatch.extract.undergone import (
    disowned,
    is_undergone,
    made_the_target,
    responsible_for,
    undergone_by,
)
from frontwatch.extract.verbsubjects import counted_conjunct_of, participle_agent, subject_of
from frontwatch.records import Mention


@dataclass
class Arguments:
    source: Mention | None = None
    target: Mention | None = None
    place: Mention | None = None


def _operations_doer(subj: Any, verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "the offensive killed ...": whose operation the subject is; "Ankara says the
    operation targets X": the speaker's, when no sentence before names its doer."""
    from frontwatch.extract.operations import is_operation, operation_doer  # a cycle at import

    if subj.dep_ != "nsubj" or not is_operation(subj):
        return None  # "part of the effort to liberate T": the effort does not act here
    aimed = verb.lemma_.lower() in get_lexicon().relation_words("operation_aim_verbs")
    # only an aim is the speaker's: "Kyiv said the operation killed 12 civilians" is no
    # act of Kyiv's
    return operation_doer(subj, ctx) or (speaker_subject(verb, ctx) if aimed else None)


def verb_arguments(verb: Any, ctx: ArticleContext) -> Arguments:
    args = Arguments()
    if is_passive(verb):
        agents = pobjs(verb, frozenset({"by"}))
        # "was launched by rebel groups led by X": the leader, as for a subject
        args.source = (led_doer(agents[0], ctx) or doer_near(ctx, agents[0])) if agents else None
        if args.source is None and verb.dep_ == "acl":
            # "X claimed responsibility for a bomb planted near the convoy": X planted it
            args.source = responsible_for(verb.head, ctx)
        subj = verb.head if verb.dep_ == "acl" else subject_of(verb)
        if subj is not None and agents and verb.dep_ == "relcl":
            # "Hezbollah, which was struck by X": Hezbollah; not a toll with no doer ("49
            # fighters who were killed" are counted, not struck by anyone named)
            subj = relative_antecedent(subj)
        # "members of the US military were wounded": the body stands for its members, as
        # an object does ("ambushed a convoy of Turkish troops")
        args.target = object_actor(subj, ctx) if subj is not None else None
    else:
        subj = clause_noun(participle_agent(verb) or subject_of(verb), ctx)
        args.source = led_doer(subj, ctx) or doer_near(ctx, subj)  # "groups led by X attacked"
        if subj is None:
            # "cut ISIL's supply line by seizing the bridge": who cut it seized it, before
            # any object above ("accused X of targeting Y": X targeted)
            args.source = (
                first_actor(pobjs(verb, frozenset({"by"})), ctx)
                or _gerund_subject(verb, ctx)
                or _accused_party(verb, ctx)
            )
        elif args.source is None and (found := _operations_doer(subj, verb, ctx)) is not None:
            args.source = found
        elif args.source is None and subj.pos_ == "PRON":
            args.source = relative_doer(verb, subj, ctx) if _asked_doer(verb, subj) else (
                speaker_subject(verb, ctx)
                or relative_doer(verb, subj, ctx)
                or leading_clause_subject(subj, ctx)
            )
        elif args.source is None or args.source.actor_id.startswith(GENERIC_PREFIX):
            # "shells fired by X hit ...", "drones flown by X struck ...": the carrier, not
            # the weapons' class
            args.source = carrier_of(subj, ctx) or args.source
        if subj is not None and (args.source is None or args.source.actor_id.startswith(GENERIC_PREFIX)):
            args.source = possessed_doer(subj, ctx) or args.source  # "X said its jets bombed"
        objs = [c for c in verb.children if c.dep_ == "dobj" and not thing_given(verb, c)]
        named = relative_antecedent(objs[0]) if objs else None  # "Hezbollah, which Israel struck"
        named = trailed_verb_object(named) if named is not None else None  # "..., accusing him of"
        args.target = (fired_at(verb, objs[0], TARGET_PREPS, ctx) or object_actor(named, ctx)) if objs else None
        if objs and (args.target is None or args.target.actor_id.startswith(GENERIC_PREFIX)):
            args.target = deed_doer_named(objs[0], ctx) or args.target  # "struck the attackers"
        before = objs and objs[0].i < verb.i and named is not None and named.i == objs[0].i
        if args.source is None and before and args.target is not None:
            args.source, args.target = args.target, None  # a subject the parser took for an object
    if args.target is None:
        args.target = aimed_at(pobjs(verb, TARGET_PREPS), ctx) or _operation_against(verb, ctx)
    if args.source is None:
        args.source = means_carrier(verb, ctx) or outcome_doer(verb, ctx)
    _apply_between(verb, args, ctx)
    return args


def _operation_against(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "launched a counteroffensive against X": the enemy of the operation launched."""
    lex = get_lexicon()
    operations = lex.object_class("new_operation") | lex.object_class("attack_noun")
    objs = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in operations]
    return aimed_at(pobjs(objs[0], frozenset({"against"})), ctx) if objs else None


def _asked_doer(verb: Any, subj: Any) -> bool:
    """ "Officials know who launched the attack", "it is unclear who fired": a question word
    as the subject of a clause that is no relative clause asks who did it; the speaker or
    the one who knows is not the answer."""
    return bool(subj.tag_ == "WP" and verb.dep_ != "relcl")


def noun_arguments(noun: Any, ctx: ArticleContext) -> Arguments:
    args = Arguments()
    # "counter-ISIL strikes": the name after the prefix is whom the act is against
    opposed = [m for m in modifiers(noun) if (found := ctx.actor_at.get(m.i)) and anti_mention(found, ctx)]
    mods = [m for m in modifiers(noun) if m not in opposed]
    blamed = blamed_on(noun)  # "blamed the attack on X": X did it, X is no target
    args.source = (
        first_actor(pobjs(noun, frozenset({"by", "from"})), ctx)
        or first_actor(blamed, ctx)
        or _modifier_or_agent(noun, mods, ctx)
        or doer_of(noun, ctx)  # "the withdrawal of Iraqi troops from Mosul"
        or relative_clause_doer(noun, ctx)  # "the attacks that X has perpetrated"
    )
    args.target = (
        aimed_at([t for t in pobjs(noun, TARGET_PREPS) if t not in blamed], ctx)
        or aimed_at(aims_of_an_act(noun, _AIM_PREPS), ctx)
        or harmed(noun, ctx)
        or held_of(noun, ctx)  # "the detention of six ISIS members"
        or besieged(noun, ctx)  # "the siege of two Syrian army bases"
        or gerund_object(noun, ctx)
        or first_actor(opposed, ctx)
        or operation_enemy(noun, ctx)  # "the offensive of X against Y", "against" hung on X
    )
    if noun.dep_ == "dobj" and judges(noun.head):
        # "condemned the shelling of T by X (on Y)": the parser hangs the agent on the verb,
        #   and the aim on the agent
        agents = pobjs(noun.head, frozenset({"by"}))
        args.source = args.source or first_actor(agents, ctx)
        args.target = args.target or aimed_at([o for a in agents for o in pobjs(a, _AIM_PREPS)], ctx)
    if args.target is None and noun.dep_ == "dobj" and defends(noun.head):
        args.target = _subject_above(noun, ctx, defender=True)  # "X repelled an attack"
    args.target = args.target or adjective_defender(noun, ctx)
    met = defending_word(noun) is not None  # "X repelled an attack": no side of X's is its doer
    held = support_given_by(noun) or quantity_of(noun)
    if args.source is None and not met and not is_undergone(noun) and not disowned(noun) and (
        held.dep_ == "dobj" or pobjs(noun, frozenset({"with"}))
    ):  # not "X said it had 'repelled' attacks", nor "X's raid drew condemnation", nor
        # "no group has claimed the bombing"
        args.source = _subject_above(held, ctx)
    if args.source is None:
        args.source = carrier_of(noun, ctx) or responsible_for(noun, ctx) or outcome_doer(noun, ctx)
    if args.source is None and not met:
        args.source = possessed_doer(noun, ctx)  # "stepped up their strikes", not "repelled their attack"
    doer, undergoer = undergone_by(noun, ctx)
    if doer is not None:  # "faced fire from X": X fires, not the subject above
        args.source, args.target = doer, undergoer or args.target
    args.target = args.target or undergoer or made_the_target(noun, ctx)  # "X was the target of"
    for named in named_as(noun):  # "the offensive was an operation launched by X against Y"
        args.source, args.target = complement_sides(named, args.source, args.target, ctx)
    user, used = used_as(noun, ctx)  # "X used civilians as human shields"
    args.source, args.target = args.source or user, args.target or used
    setter, opposed_side = pitted_sides(noun, ctx)  # "the battle pitted X against Y"
    if setter is not None:
        args.source, args.target = setter, opposed_side or args.target
    _apply_between(noun, args, ctx)
    return args


def _modifier_or_agent(noun: Any, mods: list[Any], ctx: ArticleContext) -> Mention | None:
    """The doer a modifier names ("Russian strikes"), unless it names only a class and the
    text names the doer: "died in heavy shelling by X" (the parser hangs the "by" on
    "died") reads "heavy shelling" as some fighters' weapon, not as who fired it; "a
    military offensive conducted by X" was X's, whatever "military" says."""
    modified = first_actor(mods, ctx)
    if modified is not None and not modified.actor_id.startswith(GENERIC_PREFIX):
        return modified
    if modified is not None and a_kind_of_support(noun):
        modified = None  # "announced new military aid to Y": "military" says what aid, not whose
    named = first_actor(stray_agents(noun), ctx) or carrier_of(noun, ctx) or operation_owner(noun, ctx)
    if named is None and modified is not None and ctx.actor_at.get(noun.i) is modified:
        return None  # "massive shelling": the act's own words name a weapon, not who used it
    return named or modified


def _subject_above(noun: Any, ctx: ArticleContext, defender: bool = False) -> Mention | None:
    """Who "launched an attack" or "withdrew after clashes with Y": the verb's subject
    (or who "repelled an attack", when ``defender`` asks for it)."""
    verb = clause_head(noun)
    if acts_on_its_head(verb, noun):
        return actor_near(ctx, verb.head)  # "the coalition conducted 55 strikes" misparsed
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return None
    if names_the_act(verb) and not speaker_did_it(verb, noun, ctx):
        return None  # "officials described the raid as ...": they tell of it
    if judges(verb) or defends(verb) != defender:
        return None  # "X condemned/repelled the attack": X judged or met it, not launched it
    subj = subject_of(verb)
    if subj is None or subj.i == noun.i:
        return None
    if subj.pos_ == "PRON":
        if _asked_doer(verb, subj):
            return None  # "officials know who carried out the attack"
        # "X said it carried out / repelled the attack"; "X, who launched the attack"
        return speaker_subject(verb, ctx) or relative_doer(verb, subj, ctx)
    found = led_doer(subj, ctx) or actor_near(ctx, subj)  # "factions led by X launched an attack"
    if found is None or found.actor_id.startswith(GENERIC_PREFIX):
        found = possessed_doer(subj, ctx) or found  # "X said its forces conducted strikes"
    return found


# "the attacks by X on worshippers", "bomb attacks claimed by X on mourners": the aim the
#   parser hangs on the act's agent or on the participle carrying it
_AIM_PREPS = frozenset({"against", "on", "upon"})
_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "following", "during", "amid"})


def _gerund_subject(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "X responded by launching air strikes", "X retook T after weeks of fighting Y":
    the gerund's doer is the subject above."""
    prep = verb.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "after weeks of fighting Y": the span's own preposition
    if verb.dep_ != "pcomp" or prep.lower_ not in _GERUND_PREPOSITIONS:
        return None
    governor = prep.head
    if governor.pos_ not in ("VERB", "AUX") or is_passive(governor):
        return None
    subj = subject_of(governor)
    return actor_near(ctx, subj)


def _accused_party(verb: Any, ctx: ArticleContext) -> Mention | None:
    """ "accused Russian jets of targeting X": the object of the governing verb acts."""
    obj = governed_object(verb)
    return actor_near(ctx, obj) if obj is not None else None


def typed_target(
    event_type: str, anchor: Any, source: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """The target giving acts take: the recipient ("supplied missiles to X"). The
    counterpart of joint acts is found in extract/jointacts.py."""
    events = get_lexicon().events
    if event_type in events["recipient_types"]:
        preps = frozenset(events["recipient_preps"])
        holders = [anchor, clause_head(anchor), *[c for c in anchor.children if c.dep_ == "dobj"]]
        tokens = [o for h in holders for o in pobjs(h, preps)]
        found = first_actor(tokens, ctx)
        if found is not None and found is not source:
            return found
    if (
        event_type in events["recipient_types"]
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("with", "under")
    ):
        subj = subject_of(clause_head(anchor))
        found = actor_near(ctx, subj)
        if found is not None and found is not source:
            return found
    return None


def _apply_between(tok: Any, args: Arguments, ctx: ArticleContext) -> None:
    first, second = between(tok, ctx)
    if first is None and tok.dep_ == "nsubj" and tok.head.i != tok.i:
        first, second = between(tok.head, ctx)  # "fighting broke out between X and Y"
    if first is not None:
        args.source, args.target = first, second or args.target


def _share_counted_conjunct(anchor: Any, args: Arguments, ctx: ArticleContext) -> None:
    """ "resulting in 5 militants killed and 30 detained": the detained are the killed's
    kind, taken by the same doers; only a harm or a detention (``outcome_types``) is read
    so, not "5 were killed and 30 fled" (those fleeing are no one's deed)."""
    sibling = counted_conjunct_of(anchor)
    if sibling is None or args.source is not None or args.target is not None:
        return
    lex = get_lexicon()
    if lex.verbs.get(lemma_of(anchor), {}).get("type") not in lex.events["outcome_types"]:
        return
    shared = verb_arguments(sibling, ctx)
    args.source, args.target = shared.source, shared.target


def arguments_for(anchor: Any, ctx: ArticleContext) -> Arguments:
    """Source, target and place of the event whose trigger is ``anchor``."""
    args = verb_arguments(anchor, ctx) if anchor.pos_ == "VERB" else noun_arguments(anchor, ctx)
    _share_counted_conjunct(anchor, args, ctx)
    if args.source is None and anchor.pos_ == "ADJ" and anchor.dep_ == "acomp":
        args.source = doer_near(ctx, subject_of(anchor.head))  # "Kyiv was outraged at X's strike"
    if args.source is None:
        args.source = doer_near(ctx, gerund_doer(anchor))  # "Hezbollah denied shelling T"
    lex, lemma = get_lexicon(), lemma_of(anchor)
    taking = lemma in lex.control_words("capture_verbs")
    entering = taking or lemma in lex.control_words("entry_verbs")
    if args.target is not None and (
        names_a_place(args.target, ctx) or (not entering and state_of_a_place(args.target, ctx))
    ):
        # "strikes on Damascus", "blasts hit the Syrian capital": the city, not the
        # government; but "stormed the Yemeni capital" was taken from the state
        args.target = None
    if taking and args.target is not None:
        args.target = taken_from(anchor, args.target, ctx)  # not Syria "from the YPG"
    if args.target is not None and args.source is not None and args.target is args.source:
        args.target = None
    if args.target is None:
        args.target = possessed_target(anchor, args.source, TARGET_PREPS, ctx)  # "their base"
    if args.target is None:
        doer, args.target = defeated_side(anchor, ctx)  # "took T after Y were defeated"
        args.source = args.source or doer
    if args.target is None:
        args.target = purpose_enemy(anchor, ctx)  # "invaded the region to push out X"
    args.place = place_for(anchor, ctx)
    if args.target is None and taking:
        args.target = first_actor(pobjs(anchor, frozenset({"from"})), ctx)  # took T from Y
    return args
