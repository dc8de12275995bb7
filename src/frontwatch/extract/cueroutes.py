"""Which cue functions a relation cue word goes to: only those whose own word lists hold it.

``cuegate`` gives a token of the relation cue lists to every cue function (some 10,000
tokens of the bundled sample, each tried by 41 functions: about a sixth of the CPU after
parsing). Many cue functions first ask whether the token's lemma or form is in one or two
lists of ``relations.yaml`` (``relation_words``) and return at once if not; ``WORD_GATES``
names those lists, and a cue word goes to such a function only when one of its forms
(lower-case form, lemma, mended past form: all those the functions ask about) is in them.
The function still asks its own question, so the pairs found are the same; a function
whose first test is more than a word list is not listed and is tried on every cue word.
A gated function whose first test changes must change its lists here
(``tests/test_extract_cuegate.py`` runs every skipped function and checks it yields nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from frontwatch.extract.accompanied import accompanied_pairs
from frontwatch.extract.accusedcollusion import accused_collusion_pairs
from frontwatch.extract.aimedassaults import aimed_operation_pairs
from frontwatch.extract.alliancecues import membership_pairs
from frontwatch.extract.alliedmods import allied_modifier_pairs
from frontwatch.extract.atwar import at_war_pairs
from frontwatch.extract.blocking import blocking_pairs
from frontwatch.extract.clearingcues import clearing_pairs
from frontwatch.extract.coalitions import co_agent_pairs
from frontwatch.extract.coholders import co_holder_pairs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coremembers import core_member_pairs
from frontwatch.extract.cotargets import co_target_pairs
from frontwatch.extract.enmity import (
    designation_pairs,
    hostility_pairs,
    rivalry_pairs,
)
from frontwatch.extract.helpcues import helping_pairs
from frontwatch.extract.inclusion import heading_pairs, inclusion_pairs
from frontwatch.extract.invitations import invitation_pairs
from frontwatch.extract.jointforces import joint_force_pairs
from frontwatch.extract.jointpartners import joint_partner_pairs
from frontwatch.extract.jointwork import joint_work_pairs
from frontwatch.extract.keptafloat import kept_going_pairs
from frontwatch.extract.lexicon import get_lexicon, lemma_of_words
from frontwatch.extract.linkcues import link_pairs
from frontwatch.extract.misreadbacking import misread_backing_pairs
from frontwatch.extract.payrolls import payroll_pairs
from frontwatch.extract.pitting import pitting_pairs, warring_pairs
from frontwatch.extract.receivedarms import received_arms_pairs
from frontwatch.extract.relativebacking import relative_backing_pairs
from frontwatch.extract.resistance import resistance_pairs
from frontwatch.extract.sentforces import sent_force_pairs
from frontwatch.extract.sieges import siege_breaking_pairs
from frontwatch.extract.squeezedsides import squeezed_side_pairs
from frontwatch.extract.statedtargets import stated_target_pairs
from frontwatch.extract.supportcues import arms_given_pairs, arms_received_pairs, support_noun_pairs
from frontwatch.extract.takingcues import held_in_combat_pairs, taking_pairs

Pair = tuple[str, Any, Any, Any]
CueFunction = Callable[[Any, ArticleContext], Iterator[Pair]]

# the relation_words lists a cue function's first test reads; it yields nothing for a
# token none of whose forms is in them
WORD_GATES: dict[CueFunction, tuple[str, ...]] = {
    co_agent_pairs: (
        "reciprocal_fight_verbs", "co_agent_verbs", "starting_verbs", "co_agent_nouns",
        "composition_verbs", "relative_composition_verbs",
    ),
    support_noun_pairs: ("support_nouns",),
    accused_collusion_pairs: ("collusion_words",),
    received_arms_pairs: ("giving_objects",),
    arms_received_pairs: ("giving_objects",),
    membership_pairs: ("leader_nouns", "member_nouns"),
    core_member_pairs: ("core_nouns",),
    invitation_pairs: ("inviting_verbs", "calling_in_verbs"),
    heading_pairs: ("heading_verbs", "representing_verbs"),
    taking_pairs: ("taking_verbs", "losing_verbs"),
    rivalry_pairs: ("enmity_nouns", "ally_nouns", "proxy_nouns", "partner_nouns", "backer_nouns"),
    hostility_pairs: ("hostile_adjectives",),
    at_war_pairs: ("war_nouns", "engaged_war_nouns"),
    designation_pairs: ("designation_verbs",),
    inclusion_pairs: ("composition_verbs",),
    link_pairs: ("affiliation_participles",),
    pitting_pairs: ("pitting_verbs",),
    allied_modifier_pairs: ("allied_modifiers",),
    held_in_combat_pairs: ("held_in_verbs",),
    siege_breaking_pairs: ("siege_breaking_verbs",),
    helping_pairs: ("helping_verbs",),
    joint_force_pairs: ("joint_modifiers",),
    warring_pairs: ("warring_modifiers",),
    co_target_pairs: ("whole_deed_verbs", "shared_deed_verbs"),
    kept_going_pairs: ("kept_going_words",),
    payroll_pairs: ("payroll_nouns",),
    resistance_pairs: ("resistance_nouns",),
    blocking_pairs: ("blocking_verbs",),
    sent_force_pairs: ("force_sending_verbs",),
    aimed_operation_pairs: ("aiming_verbs",),
    squeezed_side_pairs: ("pressure_nouns", "squeezing_verbs", "closing_verbs"),
    stated_target_pairs: ("aim_nouns",),
    # first tests of word lists alone (each function's first ``if``), tried on a cue word
    # some 10,000 times a sample run and firing on a few dozen
    co_holder_pairs: ("co_holding_verbs", "co_holding_nouns"),
    clearing_pairs: ("clearing_tie_verbs",),
    joint_work_pairs: ("concert_nouns", "joint_work_verbs", "relying_verbs", "turning_verbs"),
    accompanied_pairs: ("escort_words",),
    arms_given_pairs: ("giving_objects",),
    joint_partner_pairs: ("joint_modifiers",),
    misread_backing_pairs: ("backing_verbs",),
    relative_backing_pairs: ("backing_verbs",),  # its lemma, or its form less a plural "s"
}


@cache  # one per gated function: the lexicon never changes within a process
def _gate_words(cue: CueFunction) -> frozenset[str]:
    relation_words = get_lexicon().relation_words
    return frozenset().union(*(relation_words(key) for key in WORD_GATES[cue]))


def word_routing(cues: tuple[CueFunction, ...]) -> Callable[[str, str], tuple[CueFunction, ...]]:
    """For a cue word's lower-case form and lemma, the cue functions of ``cues`` (in their
    order) to try on it; memoised per word (a few hundred distinct cue words)."""

    @cache
    def cues_for_word(lower: str, lemma: str) -> tuple[CueFunction, ...]:
        # every form a gated function asks about; "supplies" less its "s" for relative backing
        forms = {lower, lemma.lower(), lemma_of_words(lower, lemma), lower.rstrip("s")}
        return tuple(c for c in cues if c not in WORD_GATES or not forms.isdisjoint(_gate_words(c)))

    return cues_for_word
