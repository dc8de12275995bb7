"""Triggers that state one event: triggers of one type linked in the parse ("were killed by
... air strikes") group under the governing one, which anchors the event; a casualty
report joins the act it reports across a clause ("bombed ..., killing 14"), another
side's act ("backed by U.S. strikes") or an act answered never does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from frontwatch.extract.backing import crosses_backing
from frontwatch.extract.context import clause_head
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.provoked import answers_another
from frontwatch.extract.relatives import RELATIVE_TAGS
from frontwatch.extract.triggers import Trigger
from frontwatch.extract.verbsubjects import is_participle_adjunct

_MERGE_BOUNDARY = frozenset({"ccomp", "parataxis", "advcl", "xcomp", "conj"})


@dataclass
class TriggerGroup:
    """Triggers that state one event; ``anchor`` governs the others."""

    anchor: Trigger
    others: list[Trigger] = field(default_factory=list)

    @property
    def mode(self) -> str:
        """The most specific mode any of the triggers names (suicide before explosives...)."""
        priority = get_lexicon().mode_priority
        modes = [t.mode for t in (self.anchor, *self.others) if t.mode]
        return min(modes, key=lambda m: priority.get(m, 99)) if modes else ""


def group_triggers(triggers: list[Trigger]) -> list[TriggerGroup]:
    """Merge same-type triggers where one governs the other within a clause."""
    groups: list[TriggerGroup] = []
    acts = frozenset(t.token.i for t in triggers)
    for trigger in sorted(triggers, key=_depth):
        host = next((g for g in groups if _joins(g, trigger, acts)), None)
        if host is None:
            groups.append(TriggerGroup(trigger))
        else:
            host.others.append(trigger)
    return sorted(groups, key=lambda g: g.anchor.token.i)


def _depth(trigger: Trigger) -> int:
    return sum(1 for _ in trigger.token.ancestors)


def _joins(group: TriggerGroup, trigger: Trigger, acts: frozenset[int]) -> bool:
    """Same type, and governed by the group's anchor within its clause -- or across a
    clause when one side only reports casualties ("bombed ..., killing 14")."""
    if group.anchor.type != trigger.type or not _modes_agree(group, trigger):
        return False
    if crosses_backing(trigger.token, group.anchor.token.i):
        return False  # "retook T, backed by U.S. strikes": another side's act
    if answers_another(trigger.token, group.anchor.token.i):
        return False  # "struck in response to attacks by Y": the act answered
    casualty = is_casualty(trigger) or is_casualty(group.anchor)
    targets = {group.anchor.token.i}
    if casualty:
        targets.add(clause_head(group.anchor.token).i)
    members = targets | {t.token.i for t in group.others}
    current = trigger.token
    tolled = is_casualty(trigger) and is_participle_adjunct(current)  # "..., killing 20"
    while current.head.i != current.i:
        if current.dep_ in _MERGE_BOUNDARY and not casualty and not _nominal_conj(current):
            return False
        if _describes_another_noun(current, members) and not casualty:
            return False
        if _copula_partner(current) in targets:
            return True  # "the battle of T was a battle fought in T": one act, told twice
        current = current.head
        if current.i in targets:
            return True
        if tolled and current.i not in acts and _has_own_doer(current):
            return False  # "X stormed T, and jets answered, killing 20": the answer's toll
    return False


def _has_own_doer(tok: Any) -> bool:
    """A verb with a subject of its own: a clause of another doer's between a toll and the
    act it would report, when the verb is no act itself ("answered", "responded")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _copula_partner(tok: Any) -> int:
    """The index of the other side of "X was Y" (subject and attribute), or -1."""
    if tok.dep_ not in ("nsubj", "attr") or tok.head.lemma_.lower() != "be":
        return -1
    other = "attr" if tok.dep_ == "nsubj" else "nsubj"
    return next((c.i for c in tok.head.children if c.dep_ == other), -1)


def _describes_another_noun(tok: Any, members: set[int]) -> bool:
    """ "retook land from Russia, which launched an invasion": a relative clause on a
    side or a place tells that one's own act; on the group's act noun ("an offensive
    that retook T") it tells the same act."""
    if tok.dep_ != "relcl" or tok.head.i in members:
        return False
    # the noun is the clause's doer ("which launched", "who had shelled"); a clause with a
    #   subject of its own ("which some call the battle") only names or describes it
    return any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in tok.children)


def _nominal_conj(tok: Any) -> bool:
    """ "killed by air strikes and barrel bombs": coordinated nouns name one event's means."""
    nominal = ("NOUN", "PROPN")
    return tok.dep_ == "conj" and tok.pos_ in nominal and tok.head.pos_ in nominal


def _modes_agree(group: TriggerGroup, trigger: Trigger) -> bool:
    """Violent modes refine each other ("suicide bomber blew himself up"); other
    types' modes are different acts ("captured ... after a siege")."""
    if trigger.type == "ASSAULT" or not trigger.mode or not group.mode:
        return True
    return trigger.mode == group.mode


def is_casualty(trigger: Trigger) -> bool:
    words = get_lexicon().harm_verbs()
    return trigger.key in words
