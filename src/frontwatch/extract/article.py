"""Walk an article's sentences once and run every extractor over each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.extract.abroad import strikes_abroad_hit_the_state
from frontwatch.extract.aimedstates import aim_at_named_states
from frontwatch.extract.allieddead import allied_dead_are_not_kills
from frontwatch.extract.alternatives import hedge_alternative_sides
from frontwatch.extract.backing import share_backed_fight
from frontwatch.extract.captures import events_from_captures
from frontwatch.extract.civiliansites import civilian_sites_are_target
from frontwatch.extract.claims import claimed_acts
from frontwatch.extract.context import ArticleContext, build_context
from frontwatch.extract.control import control_in
from frontwatch.extract.control_denied import denied_changes
from frontwatch.extract.control_takers import name_the_class_taker
from frontwatch.extract.copartners import partners_are_no_targets
from frontwatch.extract.countrymen import (
    civilians_of_a_people_are_civilians,
    countrymen_hit_are_civilians,
)
from frontwatch.extract.countrywide import without_country_tallies
from frontwatch.extract.deniedbefore import deny_claims_before
from frontwatch.extract.describing import without_describing_clauses
from frontwatch.extract.eventplace import place_of_sentence
from frontwatch.extract.events import events_in
from frontwatch.extract.foldedtakings import merge_folded_takings
from frontwatch.extract.foundby import tag_arguments, tag_by_trigger, tag_new
from frontwatch.extract.handties import ties_of_changes
from frontwatch.extract.headline import (
    merge_back_references,
    merge_headline_events,
    merge_sentence_restatements,
)
from frontwatch.extract.hearsay import leave_unverified
from frontwatch.extract.heldassaults import target_held_ground_assaults
from frontwatch.extract.heldground import target_the_ground_holder
from frontwatch.extract.innocents import innocents_hit_are_civilians
from frontwatch.extract.jointpartners import partner_not_target, partner_read_as_enemy
from frontwatch.extract.leadervictims import leaders_hit_are_targets
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.listedplaces import spread_over_listed_places
from frontwatch.extract.listedstrikes import strikes_of_the_lead
from frontwatch.extract.misreadbacking import misread_backing_word
from frontwatch.extract.noteties import note_relations
from frontwatch.extract.offices import offices_speak_for_their_side
from frontwatch.extract.opponents import face_main_opponents, fighting_sides, party_of
from frontwatch.extract.orderedmoves import ordered_withdrawals
from frontwatch.extract.owndead import own_dead_are_targets
from frontwatch.extract.parentnames import party_mentions
from frontwatch.extract.partyless import with_a_party
from frontwatch.extract.placedestination import mark_destination_roles
from frontwatch.extract.placedistance import mark_far_roles
from frontwatch.extract.placeinnames import mark_name_roles
from frontwatch.extract.placelookback import place_by_the_scene_before
from frontwatch.extract.placeorigin import mark_origin_roles
from frontwatch.extract.placeroles import mark_actor_roles
from frontwatch.extract.pronoundoers import told_by_a_pronoun
from frontwatch.extract.quotedon import attribute_quoted_on
from frontwatch.extract.quotedwe import quoted_we_acts_for_the_speaker
from frontwatch.extract.relations import relations_in
from frontwatch.extract.reporttopics import without_report_topics
from frontwatch.extract.retold import (
    carry_doers,
    merge_told_occurrences,
    name_class_doers,
    pronoun_doers,
)
from frontwatch.extract.retoldnouns import merge_retold_nouns
from frontwatch.extract.retoldtolls import merge_retold_acts, merge_retold_tolls
from frontwatch.extract.retoldunplaced import merge_unplaced_retellings
from frontwatch.extract.retreatorigin import place_retreats_where_held
from frontwatch.extract.riverside import off_the_river
from frontwatch.extract.scene import place_at_main_town
from frontwatch.extract.sides import (
    complete_sides,
    leaders_act_through_their_side,
    losers_from_holding,
    no_unarmed_doers,
)
from frontwatch.extract.spoils import merge_spoils
from frontwatch.extract.tieguards import guard_ties
from frontwatch.extract.ties import implied_ties
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import LazyTimes
from frontwatch.extract.triggers import Trigger, triggers_in
from frontwatch.extract.unanchored import without_unanchored_retellings
from frontwatch.extract.unnamed import fill_unnamed_sides
from frontwatch.extract.victims import (
    civilians_killed_are_target,
    communities_hit_are_civilians,
    people_are_no_party,
)
from frontwatch.extract.voice import speak_for_the_voice
from frontwatch.extract.voiceties import voice_ties
from frontwatch.extract.withdrawals import (
    leave_to_the_opponent,
    losses_without_taker,
    take_from_the_attacker,
)
from frontwatch.nlp.docspans import sentences
from frontwatch.nlp.treearrays import char_starts
from frontwatch.nlp.wordtest import any_flagged, flagged_before, part_of_speech_in, tag_is
from frontwatch.records import Article, ControlChange, Event, Mention, Place, Relation


def extract_article(
    doc: Any,
    article: Article,
    *,
    actor_mentions: list[Mention],
    place_mentions: list[Mention],
    places: list[Place],
    kb: Any,
) -> tuple[list[Event], list[Relation], list[ControlChange]]:
    """Events, relations and control changes stated in a parsed article, each tagged with the
    path that found it (the kinds measured to be wrong most of the time are left out when
    stored and scored: extract/reliability.py)."""
    ctx = build_context(
        doc,
        article,
        actor_mentions=actor_mentions,
        place_mentions=place_mentions,
        places=places,
        kb=kb,
    )
    events: list[Event] = []
    relations: list[Relation] = []
    controls: list[ControlChange] = []
    verbal, plural_nouns = flagged_before(part_of_speech_in(doc, _VERBAL)), tag_is(doc, "NNS")
    token_starts = char_starts(doc)  # read from the doc's array: no Token per word
    for sent in sentences(doc):
        if not _states_something(sent, verbal, plural_nouns):
            continue  # a tag list or caption fragment states nothing
        times = LazyTimes(sent, ctx)  # found only if a fact of the sentence is dated
        sent_controls = control_in(sent, ctx, times)
        sent_controls = losers_from_holding(sent_controls)
        triggers = triggers_in(sent, ctx)
        sent_events = events_in(sent, [t for t in triggers if not t.habit], ctx, times)
        sent_events = tag_by_trigger(sent_events, doc, token_starts, ctx.trigger_offsets, "event")
        sent_events = tag_new(sent_events, "event:statement")  # intents, demands: no trigger mark
        sent_events = events_from_captures(sent_events, sent_controls, ctx)
        sent_events = tag_new(sent_events, "event:from-capture")
        share_backed_fight(sent_events, sent, ctx.trigger_offsets)
        events.extend(sent_events)
        habits = _habitual_fights(sent, [t for t in triggers if t.habit], ctx, times)
        relations.extend(relations_in(sent, sent_events + habits, ctx, times))
        controls.extend(c for c in sent_controls if c.id not in ctx.assault_only_ids)
    relations.extend(tag_new(note_relations(ctx, relations), "relation:note"))
    mark_actor_roles(doc, ctx)
    mark_name_roles(doc, ctx)
    mark_origin_roles(doc, ctx)
    mark_far_roles(doc, ctx)
    mark_destination_roles(doc, ctx)
    events = [e for e in events if e.id not in ctx.descriptive_ids]
    leaders_act_through_their_side(events, ctx.kb, ctx.published)
    offices_speak_for_their_side(events, ctx.kb, ctx.published)
    quoted_we_acts_for_the_speaker(events, relations, ctx)
    pronoun_doers(events, ctx)
    carry_doers(events, ctx.doerless_ids, ctx.sentence_starts)
    name_class_doers(
        events, ctx.sentence_starts, lambda actor_id: party_of(actor_id, ctx.kb, ctx.published)
    )
    events = merge_told_occurrences(events, ctx.doc, ctx.trigger_offsets, ctx.definite_ids)
    off_the_river(events, ctx.place_at.values(), ctx.places, ctx.trigger_offsets)  # own place first
    place_at_main_town(events, ctx.place_at.values(), ctx.places, ctx.distant_ids)
    take_from_the_attacker(
        controls,
        events,
        relations,
        ctx.sentence_starts,
        lambda actor_id: party_of(actor_id, ctx.kb, ctx.published) or actor_id,
    )
    target_the_ground_holder(events, controls, relations, ctx.kb, ctx.published)
    target_held_ground_assaults(events, relations, ctx)
    aim_at_named_states(events, ctx.doc, ctx.place_at.values(), ctx.kb, ctx.published)
    complete_sides(
        events,
        relations,
        controls,
        ctx.kb,
        place_countries={place_id: place.country for place_id, place in ctx.places.items()},
        actor_mentions=ctx.actor_mentions,
    )
    name_the_class_taker(
        controls, ctx.actor_mentions, ctx.kb, ctx.published
    )  # the loser found first
    relations.extend(tag_new(implied_ties(events, relations, controls, ctx), "relation:implied"))
    relations.extend(voice_ties(speak_for_the_voice(events, ctx), relations, ctx))
    face_main_opponents(
        events,
        relations,
        party_mentions(ctx),  # "IS, an al-Qaida splinter group, seized T": not from al-Qaida
        ctx.place_at.values(),
        ctx.kb,
        ctx.published,
        {place_id: place.country for place_id, place in ctx.places.items()},
        controls,
    )
    strikes_abroad_hit_the_state(
        events,
        relations,
        (ctx.actor_mentions, ctx.place_at.values()),
        {place_id: place.country for place_id, place in ctx.places.items()},
        ctx.kb,
        ctx.published,
    )
    leave_to_the_opponent(controls, relations, ctx)
    losses_without_taker(controls)
    denied_changes(controls)  # once each record's label is final
    events = strikes_of_the_lead(events, article.text, ctx.sentence_starts)
    relations.extend(
        tag_new(ties_of_changes(controls, events, relations, ctx), "relation:implied-by-capture")
    )
    fill_unnamed_sides(
        events,
        ctx.sentence_starts,
        fighting_sides(ctx.actor_mentions, ctx.kb, ctx.published),
        lambda actor_id: party_of(actor_id, ctx.kb, ctx.published),
        {e.id for e in events if not e.source_actor and told_by_a_pronoun(e.id, ctx)},
        {place_id: place.country for place_id, place in ctx.places.items()},
    )
    partners_are_no_targets(events, ctx)  # once filled-in sides are there to undo
    own_dead_are_targets(events, ctx, lambda actor_id: party_of(actor_id, ctx.kb, ctx.published))
    allied_dead_are_not_kills(events, ctx)
    leaders_hit_are_targets(events, ctx, lambda actor_id: party_of(actor_id, ctx.kb, ctx.published))
    people_are_no_party(events, ctx)
    civilians_killed_are_target(events, ctx)
    innocents_hit_are_civilians(events, ctx)
    civilian_sites_are_target(events, ctx)
    communities_hit_are_civilians(events, ctx)
    countrymen_hit_are_civilians(events, ctx)
    civilians_of_a_people_are_civilians(events, ctx)
    events = merge_retold_tolls(events, ctx.toll_ids, ctx.sentence_starts, ctx.kb)
    events = merge_retold_acts(events, ctx)
    events = merge_retold_nouns(events, ctx)
    events = merge_unplaced_retellings(events, ctx)
    events = merge_spoils(events, ctx)
    events = merge_folded_takings(events, ctx)
    events = merge_sentence_restatements(events, ctx.kb)
    events = merge_headline_events(events, ctx.trigger_offsets, article, ctx.kb)
    events = merge_back_references(events, ctx.definite_ids, ctx.kb)
    events = claimed_acts(events, ctx)
    no_unarmed_doers(events, ctx.kb, ctx.published)  # once acts told twice are one
    events = spread_over_listed_places(events, ctx)  # "shelled T1, T2 and T3": once sides are final
    events = with_a_party(events, ctx)
    partner_not_target(events, ctx)
    off_the_river(events, ctx.place_at.values(), ctx.places, ctx.trigger_offsets)
    place_retreats_where_held(events, ctx)  # before the scene fills unplaced acts
    place_by_the_scene_before(events, ctx, place_of_sentence)  # once retellings are merged
    attribute_quoted_on([*events, *relations, *controls], ctx)
    ordered_withdrawals(events, ctx)  # once labels are set, before denials read them
    deny_claims_before([*events, *relations, *controls], ctx)
    hedge_alternative_sides(relations, ctx)
    leave_unverified([*events, *relations, *controls], ctx.doc)
    events = without_country_tallies(events, ctx.places, ctx.kb)  # once places and labels are final
    events = without_report_topics(events, ctx)  # once labels and dates are final
    events = without_unanchored_retellings(events, ctx)  # once sides and places are final
    events = without_describing_clauses(events, ctx)
    ties = [r for r in guard_ties(_unique(relations), ctx) if not partner_read_as_enemy(r, ctx)]
    events = tag_arguments(  # how each found its sides, once they are final
        tag_new(events, "event:derived"), doc, token_starts, ctx.trigger_offsets,
        ctx.actor_mentions, lambda actor_id: party_of(actor_id, ctx.kb, ctx.published),
    )  # fmt: skip
    return events, tag_new(ties, "relation:derived"), controls


_VERBAL = ("VERB", "AUX")


def _states_something(sent: Any, verbal: list[int], plural_nouns: Any) -> bool:
    """A verb, or "funds" of "Saudi Arabia funds X" tagged as a plural noun: read from the
    doc's arrays (``verbal``: the verbs before each token, ``flagged_before``), a Token made
    only of its plural nouns (most sentences have a verb)."""
    if any_flagged(verbal, sent):
        return True
    doc = sent.doc
    return any(misread_backing_word(doc[i]) for i in range(sent.start, sent.end) if plural_nouns[i])


def _habitual_fights(
    sent: Any, habits: list[Trigger], ctx: ArticleContext, times: Sequence[TimeMatch]
) -> list[Event]:
    """The hostile deeds a sentence tells as a habit ("Turkish jets regularly strike the
    PKK"): no one event took place, but the sides fight; only to derive that tie."""
    if not habits:
        return []
    hostile = get_lexicon().relations["relations"]["from_events"]
    return [e for e in events_in(sent, habits, ctx, times) if hostile.get(e.type) == "fights"]


def _unique(relations: list[Relation]) -> list[Relation]:
    seen: set[str] = set()
    out = []
    for relation in relations:
        if relation.id not in seen:
            seen.add(relation.id)
            out.append(relation)
    return out
