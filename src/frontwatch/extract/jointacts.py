"""The counterpart of a joint or mutual act, and the topic of talks, which is no party.

"Russia and Turkey discussed Syria", "a joint effort by X and Y": the two named as subjects
(or agents) are the sides, Syria is what they talked about; "the army and the RSF accused each other": each is the other's
counterpart; "the army and the rebels resumed their talks": the talks' sides are the
subjects of the verb that carries them (a verb of doing the act: "welcomed the talks"
carries none); "Russia and Turkey signed a deal with the rebels": a counterpart named by
"with" or "between" stays; "Iran discussed Syria with Turkey": Turkey is the counterpart,
Syria the topic. Words are data (events.yaml: ``symmetric_types``, ``act_carrying_verbs``,
``partner_preps``, ``reciprocal_phrases``, ``topic_verbs``, ``topic_counterpart_preps``).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near, first_actor
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.prepobjects import pobjs
from frontwatch.extract.sidelists import coordinated_modifiers
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.records import Mention


def joint_target(
    event_type: str, anchor: Any, source: Mention | None, target: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """The event's target once a joint or mutual act has its counterpart."""
    events = get_lexicon().events
    if target is None and event_type in events["symmetric_types"]:
        target = _co_agent(anchor, source, ctx)  # "a joint effort by X and Y"
    verb = _carrying_verb(anchor)
    if verb is None:
        return target
    joint = event_type in events["symmetric_types"] or _names_each_other(verb)
    named_apart = target is not None and _named_by_partner_prep(anchor, verb, target)
    counterpart = _co_subject(verb, source, ctx) if joint and not named_apart else None
    if counterpart is not None:
        return counterpart
    if lemma_of(anchor) in events["topic_verbs"] and (target is None or _names_the_topic(anchor, target)):
        return first_actor(_with_whom(anchor), ctx)
    return target


def joint_sides(
    event_type: str, anchor: Any, source: Mention | None, target: Mention | None, ctx: ArticleContext
) -> tuple[Mention | None, Mention | None]:
    """The doer and counterpart of the act (``joint_target``); a joint act done by a
    coordination of the doers' modifiers ("Russian and Turkish troops began joint patrols",
    "Iraqi and U.S. officers held talks") has the two named as its sides, in the order
    named (the parser's doer is the head's own name, the last of them)."""
    target = joint_target(event_type, anchor, source, target, ctx)
    if target is not None or source is None or event_type not in get_lexicon().events["symmetric_types"]:
        return source, target
    verb = _carrying_verb(anchor)
    subj = subject_of(verb) if verb is not None else None
    named = coordinated_modifiers(subj, ctx) if subj is not None else []
    if len(named) != 2 or all(m.start != source.start for m in named):
        return source, target  # three or more named: no one counterpart
    return named[0], named[1]


def _with_whom(verb: Any) -> list[Any]:
    """ "discussed Syria with Turkey", and "negotiated the fate of Raqqa with Turkey" where
    the parser hangs "with" on the topic."""
    withs = frozenset(get_lexicon().events["topic_counterpart_preps"])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return pobjs(verb, withs) + [o for obj in objects for t in obj.subtree for o in pobjs(t, withs)]


def _carrying_verb(anchor: Any) -> Any | None:
    """The verb itself, or the verb a joint act noun is the object of ("resumed their talks")."""
    if anchor.pos_ == "VERB":
        return anchor
    carriers = get_lexicon().events["act_carrying_verbs"]
    if anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" and lemma_of(anchor.head) in carriers:
        return anchor.head
    return None


def _named_by_partner_prep(anchor: Any, verb: Any, target: Mention) -> bool:
    """The target is the object of "with" or "between" on the act ("a deal with the
    rebels", "talks between X and Y")."""
    preps = frozenset(get_lexicon().events["partner_preps"])
    heads = {anchor, verb, *(c for c in verb.children if c.dep_ == "dobj")}
    objects = [o for h in heads for o in pobjs(h, preps)]
    return any(_spans(o, target) for o in objects)


def _spans(noun: Any, mention: Mention) -> bool:
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return bool(start <= mention.start < end)


def _names_each_other(verb: Any) -> bool:
    """ "accused each other", "blamed one another for": a mutual act."""
    words = get_lexicon().events["reciprocal_phrases"]
    heads = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    heads += [g for h in heads if h.dep_ == "prep" for g in h.children if g.dep_ == "pobj"]
    return any(" ".join(t.lower_ for t in h.subtree) in words for h in heads)


def _co_agent(noun: Any, source: Mention | None, ctx: ArticleContext) -> Mention | None:
    """ "a joint effort by the coalition and the YPG": the agent coordinated with the doer."""
    agents = pobjs(noun, frozenset({"by"})) if noun.pos_ in ("NOUN", "PROPN") else []
    for conj in (c for a in agents for c in a.conjuncts):
        mention = actor_near(ctx, conj, depth=1)
        if mention is not None and mention is not source:
            return mention
    return None


def _co_subject(verb: Any, source: Mention | None, ctx: ArticleContext) -> Mention | None:
    subj = subject_of(verb)
    conjuncts = [c for c in subj.children if c.dep_ == "conj"] if subj is not None else []
    for conj in conjuncts:
        mention = actor_near(ctx, conj, depth=1)
        if mention is not None and mention is not source:
            return mention
    return None


def _names_the_topic(verb: Any, target: Mention | None) -> bool:
    """The target is what the verb's direct object names: "discussed Syria"."""
    if target is None:
        return False
    return any(_spans(obj, target) for obj in verb.children if obj.dep_ == "dobj")
