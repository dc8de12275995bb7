"""Acts named inside a judgement of them: who did the act is who is accused of it.

Statements and press releases name a hostile act as the object of a judgement: "the
ministry condemned the shelling of Idlib by government forces", "Washington blamed the
Houthis for the missile attack", "we condemn the regime's airstrikes". The judge did not
do the act; the accused did. Within one sentence, an act whose trigger lies inside a
judgement's phrase takes the accused as its doer when it names none, and a judgement
that names no accused takes the act's doer. Likewise an act met by a defender ("Iraqi
forces repelled an attack") is not done by the defender but aimed at it.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.possessors import possessed_doer
from frontwatch.extract.sides import CIVILIANS
from frontwatch.records import Event, Mention


def judges(verb: Any) -> bool:
    """Whether the verb passes judgement on its object ("condemn", "blame", "denounce"; the
    ``judge_words`` whose first sense is another, as they are used of acts; "slam" and the
    other ``judge_words_of_acts`` only of an act or statement, or said by a speaker)."""
    lexicon = get_lexicon()
    rules = lexicon.events["judged"]
    lemma = lemma_of(verb)
    if (
        lexicon.verbs.get(lemma, {}).get("type") in rules["judge_types"]
        or lemma in rules["judge_words"]
    ):
        return True
    return lemma in rules["judge_words_of_acts"] and (_judges_object(verb) or _spoken(verb))


def condemned_by(noun: Any, verb: Any) -> bool:
    """Whether the verb above the act noun judges it without laying it on someone: "Y
    condemned the strikes on X" (Y is no side of them), not "blamed the attacks on X"."""
    return judges(verb) and not blamed_on(noun)


def blamed_on(noun: Any) -> list[Any]:
    """ "blamed the attack on X", "attributed the attack to X", "attributed responsibility
    for the bombing to X": X is whom the act is laid on, its doer (the active
    ``carrier_verbs`` whose agent comes after another preposition than "by"). The parser
    hangs that preposition on the act or on the verb."""
    owner = _owned_through(noun)
    if owner.dep_ != "dobj":
        return []
    verb = owner.head
    prep = get_lexicon().events["carrier_verbs"].get(lemma_of(verb))
    if prep in (None, "by"):
        return []
    holders = (noun, owner, verb)
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]


def _owned_through(noun: Any) -> Any:
    """ "responsibility for the bombing": the word that owns the act (``owning``), else the
    act itself."""
    prep = noun.head
    owning = get_lexicon().object_class("owning")
    if noun.dep_ == "pobj" and prep.lower_ in ("for", "of") and lemma_of(prep.head) in owning:
        return prep.head
    return noun


def names_the_act(verb: Any) -> bool:
    """Whether the verb names or describes its object ("described the raid as a mistake",
    "termed the clashes an accident"): its subject tells of the act, not does it."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "called in airstrikes", "called off the attack"
    return lemma_of(verb) in get_lexicon().events["judged"]["naming_verbs"]


def speaker_did_it(verb: Any, act: Any, ctx: ArticleContext) -> bool:
    """Whether the subject of a naming verb did the act it names: "described its shelling as
    a warning", or a force (``naming_doer_types``) naming an act not done to it ("the Iraqi
    army described the raid on the hideout as a blow"). Not a speaker word ("officials"),
    an onlooker ("the UN"), or an act on the subject's own ("the attack on its base")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in act.children):
        return True
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in act.subtree):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma_of(subject) in get_lexicon().object_class("speaker"):
        return False
    mention = ctx.actor_at.get(subject.i)
    actor = ctx.kb.get(mention.actor_id) if mention is not None else None
    doers = get_lexicon().events["judged"]["naming_doer_types"]
    return actor is not None and actor.type in doers


def _judges_object(verb: Any) -> bool:
    """ "slammed the air strikes", "blasted the decision"; not "slammed the base"."""
    lexicon = get_lexicon()
    acts = lexicon.events["judged"]["act_types"]
    statements = lexicon.object_class("judged_statement")
    objects = (lemma_of(c) for c in verb.children if c.dep_ == "dobj")
    return any(
        lexicon.nouns.get(lemma, {}).get("type") in acts or lemma in statements for lemma in objects
    )


def _spoken(verb: Any) -> bool:
    """ "the spokesman slammed ...": the verb's subject is one who speaks."""
    speakers = get_lexicon().object_class("speaker")
    return any(c.dep_ == "nsubj" and lemma_of(c) in speakers for c in verb.children)


def defends(verb: Any) -> bool:
    """Whether the verb meets its object as a defender ("repelled an attack", "beat back
    an assault"): the act's doer is the other side, its target the verb's subject. A
    phrasal verb counts with its particle only: "beat back" defends, "beat" does not."""
    rules = get_lexicon().events["judged"]
    lemma = lemma_of(verb)
    if lemma in rules["defence_verbs"]:
        return True
    # the parser hangs "back" on "beat"/"pushed" as an adverb as often as a particle
    particles = (c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod"))
    return any(f"{lemma} {particle}" in rules["defence_phrasals"] for particle in particles)


def defending_word(noun: Any) -> Any | None:
    """The defence verb that meets the act ``noun`` names: its governing verb ("repelled an
    attack"), or the same verb misread as the noun's adjective ("had 'repelled' attacks",
    "the army, backed by allies, repelled attacks by Y" read as an apposition)."""
    if noun.dep_ == "dobj" and defends(noun.head):
        return noun.head
    for child in noun.children:
        if child.dep_ == "amod" and child.tag_ in _VERB_FORMS and defends(child):
            return child
    return None


_VERB_FORMS = frozenset({"VBD", "VBN"})


def adjective_defender(noun: Any, ctx: ArticleContext) -> Mention | None:
    """Who met the act when the defence verb was misread as the act noun's adjective: the
    verb's own subject ("the militia had 'repelled' attacks"), else the noun the act noun
    stands in apposition to ("the army, with help from militias, repelled attacks")."""
    verb = defending_word(noun)
    if verb is None or verb.i == noun.head.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and noun.dep_ == "appos":
        subject = _outside_aside(noun.head)
    if subject is None or subject.pos_ == "PRON":
        return None
    return actor_near(ctx, subject) or possessed_doer(subject, ctx)  # "its fighters had repelled"


_ASIDE_LINKS = frozenset({"pobj", "prep", "agent", "acl"})


def _outside_aside(tok: Any) -> Any:
    """The noun an aside hangs on: "the army, supported by tribal fighters, repelled
    attacks" reads "attacks" as in apposition to "fighters"; the defender is "the army"."""
    while tok.dep_ in _ASIDE_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def link_judged_acts(anchored: list[tuple[Event, Any]]) -> None:
    """Share the accused between each judgement and the acts in its phrase, in place."""
    rules = get_lexicon().events["judged"]
    judge_types = frozenset(rules["judge_types"])
    act_types = frozenset(rules["act_types"])
    for judgement, judge_token in anchored:
        if judgement.type not in judge_types:
            continue
        if judgement.target_actor == CIVILIANS:  # "We deplore the civilian casualties": the victims
            judgement.target_actor = judgement.target_text = ""  # are never the accused
        inside = {t.i for t in judge_token.subtree} - {judge_token.i}
        for act, act_token in anchored:
            if act.type in act_types and act_token.i in inside:
                _share_accused(judgement, act)


def _share_accused(judgement: Event, act: Event) -> None:
    if judgement.target_actor and judgement.target_actor == act.target_actor:
        # "condemns the attacks against civilians": the act's victims, not the accused
        judgement.target_actor = judgement.target_text = ""
    if not act.source_actor and judgement.target_actor:
        act.source_actor = judgement.target_actor
        act.source_text = judgement.target_text
    elif act.source_actor not in ("", judgement.source_actor) and not judgement.target_actor:
        judgement.target_actor = act.source_actor
        judgement.target_text = act.source_text
