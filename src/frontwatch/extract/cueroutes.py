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

``SHAPE_GATES`` does the same for the functions whose first test is what a token is or one
of a few words: those that fire on an actor's token or a preposition (an ``anti-`` name, the
"against" of a campaign) and were tried on every cue word ("force", "have", "which") as well,
some 130,000 tries of a sample run that found nothing; a cue word now goes to them only when
it is of their kind (``cuegate.trigger_kinds`` keeps it beside the cue word) or one of its
forms is among their words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from frontwatch.extract.accompanied import accompanied_pairs, embedded_pairs, paved_advance_pairs
from frontwatch.extract.accusedcollusion import accused_collusion_pairs
from frontwatch.extract.aimedassaults import aimed_operation_pairs
from frontwatch.extract.alliancecues import alliance_pairs, membership_pairs
from frontwatch.extract.alliedmods import allied_modifier_pairs
from frontwatch.extract.atwar import at_war_pairs
from frontwatch.extract.blocking import blocking_pairs
from frontwatch.extract.campaignsides import campaign_against_pairs, operation_aim_pairs
from frontwatch.extract.clearingcues import clearing_pairs
from frontwatch.extract.coalitions import co_agent_pairs, co_owner_pairs
from frontwatch.extract.codoers import co_doer_pairs
from frontwatch.extract.coholders import co_holder_pairs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.coremembers import core_member_pairs
from frontwatch.extract.cotargets import co_target_pairs
from frontwatch.extract.defeataims import aimed_defeat_pairs
from frontwatch.extract.enmity import (
    designation_pairs,
    hostility_pairs,
    rivalry_pairs,
)
from frontwatch.extract.fightcues import between_pairs, fighting_pairs
from frontwatch.extract.guidedassaults import guided_assault_pairs
from frontwatch.extract.helpcues import helping_pairs
from frontwatch.extract.inclusion import heading_pairs, inclusion_pairs
from frontwatch.extract.invitations import invitation_pairs
from frontwatch.extract.joinedforces import joined_force_pairs, joined_group_pairs
from frontwatch.extract.jointforces import joint_force_pairs
from frontwatch.extract.jointpartners import joint_partner_pairs
from frontwatch.extract.jointwork import joint_work_pairs
from frontwatch.extract.keptafloat import kept_going_pairs
from frontwatch.extract.lexicon import Lexicon, get_lexicon, lemma_of_words
from frontwatch.extract.linkcues import link_pairs, possessed_branch_pairs
from frontwatch.extract.misreadbacking import misread_backing_pairs
from frontwatch.extract.operations import anti_pairs
from frontwatch.extract.owedmeans import owed_means_pairs
from frontwatch.extract.payrolls import payroll_pairs
from frontwatch.extract.pitting import pitting_pairs, warring_pairs
from frontwatch.extract.profileties import close_tie_pairs, founding_member_pairs
from frontwatch.extract.rankshares import rank_share_pairs
from frontwatch.extract.receivedarms import received_arms_pairs
from frontwatch.extract.relativebacking import relative_backing_pairs
from frontwatch.extract.relcues import backing_pairs
from frontwatch.extract.requestedacts import requested_act_pairs
from frontwatch.extract.resistance import resistance_pairs
from frontwatch.extract.sentforces import sent_force_pairs
from frontwatch.extract.sharedheads import shared_head_pairs
from frontwatch.extract.sidetaking import side_taking_pairs
from frontwatch.extract.sieges import siege_breaking_pairs
from frontwatch.extract.squeezedsides import squeezed_side_pairs
from frontwatch.extract.statedtargets import stated_target_pairs
from frontwatch.extract.supportcues import arms_given_pairs, arms_received_pairs, support_noun_pairs
from frontwatch.extract.takingcues import held_in_combat_pairs, hostile_with_pairs, taking_pairs
from frontwatch.extract.vanguards import vanguard_pairs
from frontwatch.kb.actors.phrases import load_phrase_rules

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
    joined_group_pairs: ("membership_verbs", "entry_verbs"),
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
    allied_modifier_pairs: ("allied_modifiers", "loyal_prefixes", "loyal_words", "loyal_participles"),
    held_in_combat_pairs: ("held_in_verbs",),
    siege_breaking_pairs: ("siege_breaking_verbs",),
    helping_pairs: ("helping_verbs", "sent_help_verbs"),  # "sent fighters to reinforce Y" too
    joint_force_pairs: ("joint_modifiers", "mixed_force_nouns"),
    warring_pairs: ("warring_modifiers",),
    co_target_pairs: ("whole_deed_verbs", "shared_deed_verbs", "against_only_verbs"),
    kept_going_pairs: ("kept_going_words",),
    payroll_pairs: ("payroll_nouns",),
    resistance_pairs: ("resistance_nouns",),
    blocking_pairs: ("blocking_verbs",),
    sent_force_pairs: ("force_sending_verbs",),
    aimed_operation_pairs: ("aiming_verbs",),
    operation_aim_pairs: ("co_agent_nouns",),
    squeezed_side_pairs: ("pressure_nouns", "squeezing_verbs", "closing_verbs"),
    stated_target_pairs: ("aim_nouns",),
    aimed_defeat_pairs: ("defeat_nouns", "against_verbs", "aim_verbs"),
    owed_means_pairs: ("owing_verbs", "means_source_verbs"),
    vanguard_pairs: ("vanguard_nouns",),
    requested_act_pairs: ("request_nouns",),
    rank_share_pairs: ("share_verbs",),
    guided_assault_pairs: ("guiding_verbs",),
    # first tests of word lists alone (each function's first ``if``), tried on a cue word
    # some 10,000 times a sample run and firing on a few dozen
    co_holder_pairs: ("co_holding_verbs", "co_holding_nouns"),
    clearing_pairs: ("clearing_tie_verbs", "ground_pressing_verbs"),
    joint_work_pairs: ("concert_nouns", "joint_work_verbs", "relying_verbs", "turning_verbs"),
    accompanied_pairs: ("escort_words",),
    paved_advance_pairs: ("paving_words",),
    embedded_pairs: ("embedding_verbs",),
    arms_given_pairs: ("giving_objects",),
    joint_partner_pairs: ("joint_modifiers",),
    misread_backing_pairs: ("backing_verbs",),
    relative_backing_pairs: ("backing_verbs",),  # its lemma, or its form less a plural "s"
    close_tie_pairs: ("close_tie_nouns",),
}


WordSource = Callable[[Lexicon], frozenset[str]]


def _lists(*keys: str, ties: tuple[str, ...] = ()) -> WordSource:
    """The words of these ``relation_words`` lists (and ``tie_words`` lists)."""
    return lambda lexicon: frozenset().union(
        *(lexicon.relation_words(k) for k in keys), *(lexicon.tie_words(k) for k in ties)
    )


def _first_words(key: str, *keys: str) -> WordSource:
    """The first word of each phrase of a ``relation_words`` list ("trade fire": "trade"; a
    verb's phrase is asked about as its lemma and a child's), with the words of ``keys``."""
    return lambda lexicon: (
        frozenset(p.split()[0] for p in lexicon.relation_words(key)) | _lists(*keys)(lexicon)
    )


def _between_nouns(lexicon: Lexicon) -> frozenset[str]:
    kinds: dict[str, list[str]] = lexicon.relations["relations"]["between_nouns"]
    return frozenset(noun for nouns in kinds.values() for noun in nouns)


def _backing_words(lexicon: Lexicon) -> frozenset[str]:
    """``backing_pairs``' words, with the participles the actor KB reads as backing
    ("funded"; kb/actors/data/phrases.yaml, the rules every KB of the process loads)."""
    participles = {w for w, kind in load_phrase_rules().relations.items() if kind == "backed_by"}
    keys = ("backing_words", "unhyphenated_participles", "backing_verbs", "giving_verbs")
    return _lists(*keys)(lexicon) | participles


_NO_WORD = _lists()  # fires on what the token is alone (its kind in STRUCTURAL_TRIGGERS)

# a cue function's first test, where it is a word list or what the token is: the words
# (lemma, lower-case form or mended past form) on which it can fire as a cue word; one of
# ``relations.STRUCTURAL_TRIGGERS`` is also tried on a cue word of its structural kind
SHAPE_GATES: dict[CueFunction, WordSource] = {
    fighting_pairs: _lists(  # or an actor's own token: "the task force against X"
        "against_only_nouns", "against_nouns", "against_verbs", "against_only_verbs", "advancing_verbs",
        "pursuit_verbs",
    ),
    anti_pairs: _NO_WORD,  # the first token of an actor's mention
    co_owner_pairs: _NO_WORD,  # an actor's token
    shared_head_pairs: _NO_WORD,  # the first owner's token
    possessed_branch_pairs: _NO_WORD,  # the owner's token
    campaign_against_pairs: _NO_WORD,  # the preposition "against"
    co_doer_pairs: _NO_WORD,  # the preposition "with"
    between_pairs: _between_nouns,  # or the preposition "between"
    alliance_pairs: _first_words("alliance_phrases", "alliance_nouns", "banner_nouns"),  # or "alongside"
    side_taking_pairs: _lists("bare_side_nouns", "side_nouns", "rescue_nouns"),  # or "for", "behind"
    backing_pairs: _backing_words,  # or a hyphenated word: "U.S.-backed"
    hostile_with_pairs: _first_words("hostile_phrases", "hostile_with_nouns"),
    joined_force_pairs: _lists("command_nouns", ties=("joining_verbs",)),
    founding_member_pairs: _first_words("founding_verbs"),  # "make up": "make"
}  # fmt: skip


@cache  # one per gated function: the lexicon never changes within a process
def _gate_words(cue: CueFunction) -> frozenset[str]:
    lexicon = get_lexicon()
    if cue in SHAPE_GATES:
        return SHAPE_GATES[cue](lexicon)
    return frozenset().union(*(lexicon.relation_words(key) for key in WORD_GATES[cue]))


def word_routing(
    cues: tuple[CueFunction, ...], structural: dict[CueFunction, frozenset[str]]
) -> Callable[[str, str, frozenset[str]], tuple[CueFunction, ...]]:
    """For a cue word's lower-case form and lemma, and what else the token is (``kinds``
    of ``cuegate``), the cue functions of ``cues`` (in their order) to try on it; memoised
    per word (a few hundred distinct cue words, each of a few kinds)."""

    @cache
    def cues_for_word(lower: str, lemma: str, kinds: frozenset[str]) -> tuple[CueFunction, ...]:
        # every form a gated function asks about; "supplies" less its "s" for relative backing
        forms = {lower, lemma.lower(), lemma_of_words(lower, lemma), lower.rstrip("s")}
        return tuple(c for c in cues if _tried(c, forms, kinds & structural.get(c, frozenset())))

    return cues_for_word


def _tried(cue: CueFunction, forms: set[str], structural_kinds: frozenset[str]) -> bool:
    """Whether a cue word of these forms goes to ``cue``, given the structural kinds of
    ``cue`` the token has."""
    if structural_kinds or (cue not in WORD_GATES and cue not in SHAPE_GATES):
        return True  # fires on what the token is, or has no gate: tried on every cue word
    return not forms.isdisjoint(_gate_words(cue))
