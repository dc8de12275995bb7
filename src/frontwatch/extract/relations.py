"""Typed, directed, dated relations between actors, each with its evidence.

Kinds: backs, fights, allied, member_of, leads, cooperates, criticizes. They come
from events with both sides named ("X shelled Y" -> fights), from backing cues
("X-backed Y", "Y backed by X", "with X's support", "X armed Y"), alliance cues
("alongside", "joined forces with", "coalition of"), membership and leadership
nouns ("a faction of", "leader of"), and from the KB's mention notes ("backed_by:IRN").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from frontwatch.extract.accompanied import accompanied_pairs, embedded_pairs, paved_advance_pairs
from frontwatch.extract.accusedattacks import accused_attack_ties
from frontwatch.extract.accusedcollusion import accused_collusion_pairs
from frontwatch.extract.actorgates import gated
from frontwatch.extract.aimedassaults import aimed_operation_pairs
from frontwatch.extract.alliancecues import alliance_pairs, membership_pairs
from frontwatch.extract.alliedmods import allied_modifier_pairs
from frontwatch.extract.anaphora import named_example
from frontwatch.extract.armed import one_party, plain, takes_sides
from frontwatch.extract.atwar import at_war_pairs
from frontwatch.extract.blocking import blocking_pairs
from frontwatch.extract.campaignsides import campaign_against_pairs, operation_aim_pairs
from frontwatch.extract.clearingcues import clearing_pairs
from frontwatch.extract.coalitions import co_agent_pairs, co_owner_pairs
from frontwatch.extract.codoers import co_doer_pairs
from frontwatch.extract.coholders import co_holder_pairs
from frontwatch.extract.context import (
    ArticleContext,
    anti_mention,
    clause_head,
    clause_tokens,
    evidence_of,
    is_reporter,
    record_id,
)
from frontwatch.extract.coremembers import core_member_pairs
from frontwatch.extract.cotargets import co_target_pairs
from frontwatch.extract.crossrefs import read_by_reference
from frontwatch.extract.cuegate import ACTOR, CUE_WORD, HYPHENATED, PREPOSITION, tried_tokens
from frontwatch.extract.cueroutes import word_routing
from frontwatch.extract.defeataims import aimed_defeat_pairs
from frontwatch.extract.enmity import (
    designation_pairs,
    hostility_pairs,
    rivalry_pairs,
)
from frontwatch.extract.eventexamples import example_side
from frontwatch.extract.fightcues import between_pairs, fighting_pairs
from frontwatch.extract.foundby import cue_tag, tag_new
from frontwatch.extract.guidedassaults import guided_assault_pairs
from frontwatch.extract.helpcues import helping_pairs
from frontwatch.extract.inclusion import heading_pairs, inclusion_pairs
from frontwatch.extract.invitations import invitation_pairs
from frontwatch.extract.joinedforces import joined_force_pairs, joined_group_pairs
from frontwatch.extract.jointforces import joint_force_pairs
from frontwatch.extract.jointpartners import joint_partner_pairs
from frontwatch.extract.jointwork import joint_work_pairs
from frontwatch.extract.keptafloat import kept_going_pairs
from frontwatch.extract.leadervictims import leader_victim_ties
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.linkcues import link_pairs, possessed_branch_pairs
from frontwatch.extract.memberallies import derived_pairs
from frontwatch.extract.misreadbacking import misread_backing_pairs
from frontwatch.extract.operations import anti_pairs
from frontwatch.extract.owedmeans import owed_means_pairs
from frontwatch.extract.payrolls import payroll_pairs
from frontwatch.extract.pitting import pitting_pairs, warring_pairs
from frontwatch.extract.pressedretreats import pressed_retreat_ties
from frontwatch.extract.profileties import close_tie_pairs, founding_member_pairs
from frontwatch.extract.rankshares import rank_share_pairs
from frontwatch.extract.receivedarms import received_arms_pairs
from frontwatch.extract.relativebacking import relative_backing_pairs
from frontwatch.extract.relcues import backing_pairs
from frontwatch.extract.requestedacts import requested_act_pairs
from frontwatch.extract.resistance import resistance_pairs
from frontwatch.extract.sentforces import sent_force_pairs
from frontwatch.extract.sharedheads import shared_head_pairs
from frontwatch.extract.sidetaking import names_side_taken, side_taking_pairs
from frontwatch.extract.sieges import siege_breaking_pairs
from frontwatch.extract.squeezedsides import squeezed_side_pairs
from frontwatch.extract.statedtargets import stated_target_pairs
from frontwatch.extract.supportcues import (
    arms_given_pairs,
    arms_received_pairs,
    enemy_named,
    support_noun_pairs,
)
from frontwatch.extract.takingcues import held_in_combat_pairs, hostile_with_pairs, taking_pairs
from frontwatch.extract.tieclaims import effort_claim as effort_claim  # noqa: PLC0414 - re-exported: handties.py and ties.py import it here
from frontwatch.extract.tieclaims import event_fight_claim, relation_claim
from frontwatch.extract.tieclaims import presupposed as presupposed  # noqa: PLC0414 - re-exported: noteties.py imports it here
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import time_for
from frontwatch.extract.vanguards import vanguard_pairs
from frontwatch.kb.actors.mentions import NAMED_PARTY_LABELS
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Event, Mention, Relation

if TYPE_CHECKING:
    from spacy.tokens import Span

Pair = tuple[str, Mention, Mention, Any]  # kind, source, target, trigger token
_NAMED_LABELS = NAMED_PARTY_LABELS | {"ACTOR"}  # ACTOR: a name the knowledge base matched
_SIDE_KINDS = frozenset({"fights", "backs", "allied"})


def relations_in(
    sent: Any, events: list[Event], ctx: ArticleContext, times: Sequence[TimeMatch]
) -> list[Relation]:
    """Relations stated in one sentence (events given are that sentence's)."""
    told = (_from_event(e, sent, ctx) for e in events)
    out = tag_new((r for r in told if r is not None), "relation:from-event")
    out += tag_new(pressed_retreat_ties(events, ctx), "relation:pressed-retreat")
    out += tag_new(accused_attack_ties(events, out, ctx), "relation:accused-attack")
    out += tag_new(leader_victim_ties(events, ctx), "relation:leader-victim")
    cues: dict[int, str] = {}  # a pair's id -> the cue function that found it
    pairs = read_by_reference(sent, ctx, lambda: _pairs_in(sent, ctx, cues))
    for pair in pairs + derived_pairs(pairs, ctx):
        kind, cue_source, cue_target, trigger = pair
        source, target = _by_example(cue_source, ctx), _by_example(cue_target, ctx)
        if _plausible(kind, source, target, ctx) and _not_an_enemy_named(
            source, target, trigger, ctx
        ):
            out.append(make_relation(kind, source, target, trigger, sent, ctx, times))
            out[-1].found_by = cue_tag(trigger, cues.get(id(pair), "derived"))
    # a person stands for his state in a tie: check the sides again once mapped
    out = [
        r
        for r in out
        if r.kind == "leads" or not one_side(r.source_actor, r.target_actor, ctx, r.kind)
    ]
    return _dedupe([r for r in out if takes_sides(r, ctx)])


def _plausible(kind: str, source: Mention, target: Mention, ctx: ArticleContext) -> bool:
    """Both sides named and distinct; only a person leads ("Observatory head UK-based...").

    A side the KB does not know is kept by its text (its actor id stays empty), so the
    relation can be traced; the store's network queries skip such sides.
    """
    if not _named(source) or not _named(target) or _same(source, target):
        return False
    if kind != "leads" and one_side(source.actor_id, target.actor_id, ctx, kind):
        return False  # "pro-Syrian forces" are not allied with Syria, nor an army with its state
    if kind == "member_of" and _official_of(source.actor_id, target.actor_id, ctx):
        return False  # a minister holds an office of his state; he is no "member" of it
    if kind in ("member_of", "leads") and (_title_only(source, ctx) or _title_only(target, ctx)):
        return False  # "Defense Minister X": "Defense" is part of his title, no body he is in
    if is_reporter(ctx, source.actor_id) or is_reporter(ctx, target.actor_id):
        return False
    if kind != "leads":
        return True
    if not source.actor_id:
        return source.label == "PERSON"
    actor = ctx.kb.get(source.actor_id)
    return source.actor_id.startswith("P_") or getattr(actor, "type", "") == "person"


def _title_only(mention: Mention, ctx: ArticleContext) -> bool:
    """An end the KB does not know whose words are all titles (phrases.yaml ``titles``)."""
    words = [w.strip(".,'\"").lower() for w in mention.text.split()]
    return not mention.actor_id and all(w in ctx.kb.rules.titles for w in words)


def side_of(actor_id: str, kind: str, ctx: ArticleContext) -> str:
    """The side a person stands for in a tie between sides: "Abadi declared victory over
    IS" ties Iraq to IS; leadership and membership keep the person."""
    if kind not in _SIDE_KINDS or not actor_id:
        return actor_id
    return ctx.kb.side_for(actor_id, ctx.published)


def _official_of(person: str, state: str, ctx: ArticleContext) -> bool:
    actor = ctx.kb.get(state)
    return bool(person) and actor is not None and actor.type in ("state", "state_agency")


def one_side(source: str, target: str, ctx: ArticleContext, kind: str = "") -> bool:
    """Two names of one actor: the same id, or organs of the same state or group (for an
    alliance, organs it had from its founding: a militia it took in later is an ally)."""
    if kind == "allied" and source and target:
        return ctx.kb.body_of(source) == ctx.kb.body_of(target)
    return one_party(source, target, ctx.kb)


def _by_example(mention: Mention, ctx: ArticleContext) -> Mention:
    """A class named with an example stands for it: "brigades such as Ahrar al-Sham"."""
    if mention.actor_id and not mention.actor_id.startswith("GEN_"):
        return mention
    span = expanded_span(ctx.doc, mention.start, mention.end)
    if span is None or not len(span):
        return mention
    return named_example(span.root, ctx) or mention


def _not_an_enemy_named(
    source: Mention, target: Mention, trigger: Any, ctx: ArticleContext
) -> bool:
    """ "anti-IS militias" are not IS: a name after "anti-" is a side only of the tie the
    "anti-" itself states (its head fights it)."""
    if anti_mention(source, ctx):
        return False
    return not anti_mention(target, ctx) or trigger.idx == target.start


def _named(mention: Mention) -> bool:
    """A KB actor, or a name the text gives (a person or organisation), not a pronoun."""
    if mention.actor_id:
        return True
    words = mention.text.split()
    return mention.label in _NAMED_LABELS and any(w[:1].isupper() for w in words)


def _same(source: Mention, target: Mention) -> bool:
    if source.actor_id or target.actor_id:
        return source.actor_id == target.actor_id
    return source.text == target.text


def _pairs_in(sent: Any, ctx: ArticleContext, cues: dict[int, str]) -> list[Pair]:
    # only the cue functions that can fire on a token try it ("It fights X", "Both back Y");
    # one loop over the doc's lists: a Token only of the tokens some cue is tried on
    pairs: list[Pair] = []
    doc = sent.doc
    for i, lower, lemma, kinds in tried_tokens(sent, ctx):
        to_try = _cues_for_word(lower, lemma, kinds) if CUE_WORD in kinds else gated(cues_for(kinds), doc, i, ctx)
        tok = doc[i] if to_try else None
        for cue in to_try:
            found = list(cue(tok, ctx))
            if found:
                cues.update((id(pair), cue.__name__) for pair in found)  # the found_by tag
                pairs.extend(found)
    return pairs


def cues_to_try(tok: Any, kinds: frozenset[str], ctx: ArticleContext | None = None) -> tuple[CueFunction, ...]:
    """The cue functions to try on a token of these trigger kinds: a cue word only to those
    whose word lists can hold it (extract/cueroutes.py); with ``ctx``, a token that is no cue
    word only to those whose first test it passes (extract/actorgates.py), as _pairs_in does."""
    if CUE_WORD in kinds:
        return _cues_for_word(tok.lower_, tok.lemma_, kinds)
    return cues_for(kinds) if ctx is None else gated(cues_for(kinds), tok.doc, tok.i, ctx)


CueFunction = Callable[[Any, ArticleContext], Iterator[Pair]]
# each looks at one token and yields the pairs of the cue it heads, in this order
CUE_FUNCTIONS: tuple[CueFunction, ...] = (
    backing_pairs, relative_backing_pairs, support_noun_pairs, arms_received_pairs, alliance_pairs, membership_pairs,
    fighting_pairs, heading_pairs, between_pairs, taking_pairs, hostile_with_pairs,
    co_agent_pairs, campaign_against_pairs, operation_aim_pairs, anti_pairs, rivalry_pairs, hostility_pairs, at_war_pairs,
    designation_pairs, inclusion_pairs, link_pairs, co_owner_pairs, pitting_pairs,
    allied_modifier_pairs, held_in_combat_pairs, joint_work_pairs, co_holder_pairs,
    siege_breaking_pairs, joint_partner_pairs, helping_pairs, co_doer_pairs, joint_force_pairs,
    warring_pairs, side_taking_pairs, arms_given_pairs, shared_head_pairs, co_target_pairs,
    possessed_branch_pairs, kept_going_pairs, resistance_pairs, blocking_pairs,
    misread_backing_pairs, accompanied_pairs, embedded_pairs, clearing_pairs, joined_force_pairs,
    accused_collusion_pairs, received_arms_pairs, core_member_pairs,
    invitation_pairs, payroll_pairs, sent_force_pairs, aimed_operation_pairs,
    squeezed_side_pairs, stated_target_pairs, owed_means_pairs, vanguard_pairs, requested_act_pairs,
    rank_share_pairs, guided_assault_pairs, paved_advance_pairs, joined_group_pairs,
    close_tie_pairs, founding_member_pairs, aimed_defeat_pairs,
)  # fmt: skip
# the cue functions that fire on a token that is no cue word, by what the token is
# (extract/cuegate.py); the others fire only on a word of the relation cue lists
STRUCTURAL_TRIGGERS: dict[CueFunction, frozenset[str]] = {
    backing_pairs: frozenset({HYPHENATED}),  # "U.S.-backed"
    alliance_pairs: frozenset({PREPOSITION}),  # "along with"
    fighting_pairs: frozenset({ACTOR}),  # "the task force against X"
    between_pairs: frozenset({PREPOSITION}),  # "fighting near T between X and Y"
    campaign_against_pairs: frozenset({PREPOSITION}),  # "against"
    anti_pairs: frozenset({ACTOR}),  # "anti-ISIS rebels"
    co_owner_pairs: frozenset({ACTOR}),  # "Russian and Syrian jets"
    shared_head_pairs: frozenset({ACTOR}),  # "Iraqi and Kurdish forces retook T from Z"
    possessed_branch_pairs: frozenset({ACTOR}),  # "al-Qaeda's JNIM"
    co_doer_pairs: frozenset({PREPOSITION}),  # "with Y striking from the air"
    side_taking_pairs: frozenset({PREPOSITION}),  # "fought for Y"
}
# every cue function, less those a word's gates (and, for those above, what it is) rule out
_cues_for_word = word_routing(CUE_FUNCTIONS, STRUCTURAL_TRIGGERS)


@cache  # a handful of distinct kinds (extract/cuegate.py shares one set per combination)
def cues_for(kinds: frozenset[str]) -> tuple[CueFunction, ...]:
    """The cue functions to try on a token of these trigger kinds, in CUE_FUNCTIONS' order."""
    if CUE_WORD in kinds:
        return CUE_FUNCTIONS
    return tuple(c for c in CUE_FUNCTIONS if kinds & STRUCTURAL_TRIGGERS.get(c, frozenset()))


def _from_event(event: Event, sent: Any, ctx: ArticleContext) -> Relation | None:
    kind = get_lexicon().relations["relations"]["from_events"].get(event.type)
    if not kind or not event.source_actor or not event.target_actor:
        return None
    source, source_text = example_side(event.source_actor, event.source_text, sent, ctx)
    target, target_text = example_side(event.target_actor, event.target_text, sent, ctx)
    event = replace(event, source_actor=source, source_text=source_text, target_actor=target, target_text=target_text)
    if event.target_actor == "GEN_CIVILIANS":
        return None
    if kind == "fights" and names_side_taken(event.target_text, sent):
        return None  # "fighting on the side of the army" fights no army
    if one_side(event.source_actor, event.target_actor, ctx):
        return None
    offset = _offset_of(event, sent)
    claim = event.claim
    trigger = next((t for t in sent if t.idx == offset), None)
    if trigger is not None and kind == "backs":
        if _named_as_enemy(event.target_text, sent):
            return None  # "support from the Coalition to Counter ISIL" backs no ISIL
        claim = relation_claim(kind, trigger, ctx)
    elif trigger is not None and kind == "fights":
        claim = event_fight_claim(trigger, claim, ctx)
    return Relation(
        id=record_id(ctx.article.id, sent.start_char, f"rel:{kind}", offset),
        kind=kind,
        source_actor=side_of(event.source_actor, kind, ctx),
        target_actor=side_of(event.target_actor, kind, ctx),
        source_text=event.source_text,
        target_text=event.target_text,
        time=event.time,
        claim=claim,
        trigger=event.trigger,
        evidence=event.evidence,
    )


def _named_as_enemy(text: str, sent: Any) -> bool:
    heads = [t for t in sent if text and t.text == text.split()[-1]]
    return bool(heads) and all(enemy_named(t) for t in heads)


def _offset_of(event: Event, sent: Span) -> int:
    for tok in sent:
        if tok.text == event.trigger:
            return tok.idx
    return sent.start_char


def make_relation(
    kind: str,
    source: Mention,
    target: Mention,
    trigger: Any,
    sent: Any,
    ctx: ArticleContext,
    times: Sequence[TimeMatch],
) -> Relation:
    claim = relation_claim(kind, trigger, ctx)
    head = clause_head(trigger)
    clause = clause_tokens(head) if head.pos_ in ("VERB", "AUX") else list(trigger.subtree)
    return Relation(
        # one cue can state several pairs ("X and Y fight Z"): the sides are in the key
        id=record_id(
            ctx.article.id,
            sent.start_char,
            f"rel:{kind}:{source.start}:{target.start}",
            trigger.idx,
        ),
        kind=kind,
        source_actor=side_of(source.actor_id, kind, ctx),
        target_actor=side_of(target.actor_id, kind, ctx),
        source_text=source.text,
        target_text=target.text,
        time=time_for(trigger, head, claim, ctx, times, clause),
        claim=claim,
        trigger=trigger.text,
        evidence=evidence_of(ctx, sent),
    )


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One tie per kind and pair; a tie one cue states plainly ("jets battling the rebels")
    is plain even if another cue of the sentence hedges it ("may have been hit by ...")."""
    kept: dict[tuple[str, str, str], int] = {}
    out: list[Relation] = []
    for relation in relations:
        key = (
            relation.kind,
            relation.source_actor or relation.source_text,
            relation.target_actor or relation.target_text,
        )
        if key not in kept:
            kept[key] = len(out)
            out.append(relation)
        elif plain(relation) and not plain(out[kept[key]]):
            out[kept[key]] = relation
    return out


__all__ = ["relations_in"]
