"""Build PLOVER events from a sentence's triggers, arguments, casualties, time and claim.

Triggers of one type linked in the parse ("were killed by ... air strikes") are one
event: the governing trigger anchors it and the others fill in what it lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from frontwatch.extract import casualties as cas
from frontwatch.extract.addressee import statement_place, statement_target
from frontwatch.extract.anticipated import prospective_word
from frontwatch.extract.arguments import Arguments, arguments_for, is_passive, typed_target
from frontwatch.extract.backing import backing_verb, helpers_spans
from frontwatch.extract.blame import responsibility_events
from frontwatch.extract.context import (
    ArticleContext,
    clause_head,
    clause_tokens,
    evidence_of,
    is_reporter,
    mention_actor_id,
    mention_text,
    record_id,
)
from frontwatch.extract.effortacts import event_claim
from frontwatch.extract.falsity import falsity_events
from frontwatch.extract.jointacts import joint_sides
from frontwatch.extract.judged import link_judged_acts
from frontwatch.extract.lexicon import Lexicon, get_lexicon, refers_back
from frontwatch.extract.modes import (
    arm_of,
    clause_instruments,
    instrument_text,
    lemmas_of,
    needs_clause_words,
    refine_mode,
)
from frontwatch.extract.mournedlosses import mourned_loss_events
from frontwatch.extract.occurrence import tells_an_ongoing_war
from frontwatch.extract.passives import own_forces_sent
from frontwatch.extract.placedistance import told_only_far_from
from frontwatch.extract.provoked import answer_the_doers, answers_another
from frontwatch.extract.repeated import sums_up
from frontwatch.extract.retoldtolls import tells_only_a_toll
from frontwatch.extract.sidetaking import mention_side_taken
from frontwatch.extract.stance import demand_events, intent_events, names_a_statement
from frontwatch.extract.standing import is_standing_support, is_standing_threat
from frontwatch.extract.timeref import TimeMatch
from frontwatch.extract.timing import time_for
from frontwatch.extract.tolls import is_period_toll, tolls_an_earlier_act_there
from frontwatch.extract.triggergroups import TriggerGroup, group_triggers, is_casualty
from frontwatch.extract.triggers import Trigger
from frontwatch.nlp.text import span_text
from frontwatch.records import Event, is_country_id

if TYPE_CHECKING:
    from spacy.tokens import Span

_VIOLENT = frozenset({"ASSAULT", "COERCE"})


def events_in(
    sent: Any, triggers: list[Trigger], ctx: ArticleContext, times: Sequence[TimeMatch]
) -> list[Event]:
    """One event per trigger group of the sentence, with the statements it makes."""
    groups = [g for g in group_triggers(triggers) if not _weapon_named(g)]
    built = [(_build(group, sent, ctx, times), group.anchor.token.i) for group in groups]
    lex = get_lexicon()
    statements = [  # a period's toll is a statistic (extract/tolls.py): it lends its figure to no event
        s
        for s in cas.statements_in(sent)
        if not is_period_toll(s, lex, ctx, times) and not tolls_an_earlier_act_there(s, lex)
    ]
    # a toll is the backed act's, not the strikes backing it ("killed in fighting backed by strikes")
    backed = [
        pair for pair, g in zip(built, groups, strict=True) if not backing_verb(g.anchor.token)
    ]
    told_by = {  # "after an attack that killed 4, the army shelled ...": the attack is no part of the shelling
        t.token.i: e
        for (e, _), g in zip(built, groups, strict=True)
        for t in (g.anchor, *g.others)
        if t is g.anchor or not _told_apart(t.token, g.anchor.token.i, lex)
    }
    _attach_casualties(backed or built, _own_tolls(statements, told_by, lex))
    kept = [
        (event, group)
        for (event, _), group in zip(built, groups, strict=True)
        if not is_back_reference(group, event, ctx, times)
        and not names_a_statement(group.anchor, triggers)
    ]
    ctx.descriptive_ids.update(  # their relations stand; they state no event of their own
        e.id
        for e, g in kept
        if _describes(g, e)
        or is_standing_support(e.type, g.anchor.token, ctx)
        or is_standing_threat(e.type, g.anchor.token)
        or sums_up(g)
    )
    events = merge_casualty_reports(kept)
    anchors = {e.id: g.anchor.token for e, g in kept}
    answer_the_doers([(e, anchors[e.id]) for e in events if e.id in anchors])
    link_judged_acts([(e, anchors[e.id]) for e in events if e.id in anchors])
    stated = intent_events([(e, anchors[e.id]) for e in events if e.id in anchors], ctx)
    stated += demand_events(sent, ctx, times) + responsibility_events(sent, ctx, times)
    stated += falsity_events(sent, ctx, times) + mourned_loss_events(sent, ctx, times)
    # a statement's place in the sentence is searched for only when its trigger's is unknown
    offsets = ctx.trigger_offsets
    return sorted(
        stated + events, key=lambda e: offsets[e.id] if e.id in offsets else _offset(e, sent)
    )


def _offset(event: Event, sent: Span) -> int:
    """Where a statement event sits: at its trigger word, before the act it speaks of."""
    for tok in sent:
        if tok.text == event.trigger:
            return tok.idx - 1
    return sent.start_char


def _describes(group: TriggerGroup, event: Event) -> bool:
    """ "a coalition fighting IS (in Syria)", "IS is fighting the army": a participle describing
    who someone is, or a war going on, with no day, toll or town, tells no event."""
    tok = group.anchor.token
    describing = tok.dep_ == "acl" and tok.tag_ == "VBG" and not group.others
    fighting = group.anchor.type in _VIOLENT and tells_an_ongoing_war(tok)
    if not (describing or fighting):
        return False
    vague_place = not event.place_id or is_country_id(event.place_id)
    return vague_place and not event.time.text and not _has_figures(event)


def _weapon_named(group: TriggerGroup) -> bool:
    """ "barrel bombs are crude devices": a weapon described, not used."""
    anchor = group.anchor
    if not anchor.weapon or group.others:
        return False
    tok = anchor.token
    return tok.dep_ in ("nsubj", "attr") and tok.head.lemma_.lower() == "be"


def merge_casualty_reports(kept: list[tuple[Event, TriggerGroup]]) -> list[Event]:
    """ "shells landed on X, killing 4 and injuring 9": a kill or wound verb naming no
    one who acted reports the toll of the nearest act before it, not an act of its own."""
    out: list[tuple[Event, TriggerGroup]] = []
    for event, group in kept:
        host = _casualty_host(event, group, out)
        if host is None:
            out.append((event, group))
        else:
            _fill_from(host, event)
    return [event for event, _ in out]


def _casualty_host(
    event: Event, group: TriggerGroup, before: list[tuple[Event, TriggerGroup]]
) -> Event | None:
    triggers = (group.anchor, *group.others)
    # "..., the air strikes killing seven": a definite noun restating the act before
    restated = any(map(is_casualty, triggers)) or refers_back(group.anchor.token)
    if event.type != "ASSAULT" or event.source_actor or not restated:
        return None
    if any(not is_casualty(t) and _is_verb(t.token) for t in triggers):
        return None  # a second act told with its own verb ("and shelled Y, killing 3")
    hosts = [
        e
        for e, g in before
        if e.type == "ASSAULT"
        and e.claim.certainty == event.claim.certainty
        and not _describes(g, e)
        and not answers_another(group.anchor.token, g.anchor.token.i)  # "in response to recent attacks"
    ]
    if not hosts:
        return None
    host = hosts[-1]
    if event.place_text and host.place_text and event.place_id != host.place_id:
        return None
    if event.mode and host.mode and event.mode != host.mode:
        return None
    return host


def _restates(group: TriggerGroup) -> bool:
    """Told by a definite noun ("the blast"), with at most a toll verb besides."""
    acts = [t for t in (group.anchor, *group.others) if not is_casualty(t)]
    nominal = all(not _is_verb(t.token) for t in acts)
    return bool(acts) and nominal and any(refers_back(t.token) for t in acts)


def _is_verb(tok: Any) -> bool:
    """A verb, not a noun the tagger took for one ("the air strikes killing nine")."""
    return tok.pos_ == "VERB" and not any(c.dep_ == "det" for c in tok.children)


def _fill_from(host: Event, event: Event) -> None:
    cas.merge(host.casualties, event.casualties)
    if not host.target_actor and event.target_actor:
        host.target_actor, host.target_text = event.target_actor, event.target_text
    if not host.place_text and event.place_text:
        host.place_text, host.place_id = event.place_text, event.place_id


def is_back_reference(
    group: TriggerGroup, event: Event, ctx: ArticleContext, times: Sequence[TimeMatch]
) -> bool:
    """ "the attack", "these strikes" with no actor, place, time or toll of their own
    point back at an event already reported: storing them again over-counts it.
    So do general nouns ("fighting") that state nothing of their own."""
    tokens = [t.token for t in (group.anchor, *group.others)]
    if any(t.pos_ not in ("NOUN", "PROPN") for t in tokens):
        return False
    anchor = group.anchor.token
    events = get_lexicon().events
    vague = anchor.lemma_.lower() in events["vague_event_nouns"]
    if not vague and not refers_back(anchor):
        return False
    if event.source_actor or event.target_actor or _has_figures(event) or _is_told(anchor):
        return False
    head = clause_head(anchor)
    phrase = [t for tok in tokens for t in tok.subtree]
    phrase += clause_tokens(head) if head.pos_ in ("VERB", "AUX") else []
    if any(t.i in ctx.place_at for t in phrase):
        return False
    starts = {t.idx for t in phrase}
    return not any(any(m.start <= s < m.end for s in starts) for m in times)


def _is_told(anchor: Any) -> bool:
    """ "accused X of carrying out the bombing", "denied involvement in the attack":
    a verb saying who did it, or that they did not, makes it the sentence's news."""
    lex = get_lexicon()
    telling = (
        set(lex.events["carrier_verbs"])
        | lex.certainty("negation_verbs")
        | lex.certainty("claim_verbs")
        | {"accuse", "blame"}
    )
    current = anchor
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in telling:
            return True
    return False


def _has_figures(event: Event) -> bool:
    c = event.casualties
    return any(v is not None for v in (c.killed, c.injured, c.civilians, c.children, c.women))


def _build(group: TriggerGroup, sent: Any, ctx: ArticleContext, times: Sequence[TimeMatch]) -> Event:
    anchor = group.anchor.token
    args = _merged_arguments(group, ctx)
    head = clause_head(anchor)
    tokens = clause_tokens(head) if head.pos_ in ("VERB", "AUX") else list(anchor.subtree)
    span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    instruments = clause_instruments(
        span_text(sent), sent.start_char, span, lambda: helpers_spans(sent, anchor)
    )
    words = lemmas_of(tokens) if needs_clause_words(group.anchor.type) else set()
    mode = refine_mode(group.anchor.type, group.mode, instruments, words)
    claim = event_claim(anchor, group.anchor.type, ctx)
    prospect = prospective_word(anchor)
    if prospect and claim.certainty in ("asserted", "attributed"):
        claim.certainty, claim.cue = "hypothetical", prospect
    if (
        args.target is not None
        and args.target.actor_id
        and args.target.actor_id == claim.attributed_to
        and args.target.start > anchor.idx
    ):
        args.target = None  # the speaker mis-parsed as an object: "..., the Observatory said"
    event = Event(
        id=record_id(ctx.article.id, sent.start_char, group.anchor.type, anchor.idx),
        type=group.anchor.type,
        mode=mode,
        trigger=anchor.text,
        source_actor=arm_of(
            mention_actor_id(args.source), group.anchor.type, _arm_mode(mode, instruments), ctx.kb
        ),
        target_actor=mention_actor_id(args.target),
        source_text=mention_text(args.source),
        target_text=mention_text(args.target),
        place_text=mention_text(args.place),
        place_id=args.place.place_id if args.place is not None else "",
        time=time_for(anchor, head, claim, ctx, times, tokens),
        claim=claim,
        instrument=instrument_text(instruments, mode) if group.anchor.type in _VIOLENT else "",
        evidence=evidence_of(ctx, sent),
    )
    ctx.trigger_offsets[event.id] = anchor.idx
    if args.place is None and told_only_far_from(tokens, ctx):
        ctx.distant_ids.add(event.id)
    if _restates(group):
        ctx.definite_ids.add(event.id)
    if not event.source_actor and _hides_the_doer(group):
        ctx.doerless_ids.add(event.id)
    if not event.source_actor and tells_only_a_toll(group, event.id in ctx.doerless_ids):
        ctx.toll_ids.add(event.id)
    return event


def _hides_the_doer(group: TriggerGroup) -> bool:
    """ "The city was recaptured on Monday", "the strike killed three": a passive with no
    agent, or a noun pointing back, tells an act whose doer the text gave before."""
    anchor = group.anchor.token
    if any(refers_back(t.token) for t in (group.anchor, *group.others)):
        return True
    agents = [c for c in anchor.children if c.dep_ == "agent"]
    return anchor.pos_ == "VERB" and is_passive(anchor) and anchor.dep_ != "acl" and not agents


def _arm_mode(mode: str, instruments: list[tuple[str, str]]) -> str:
    """Aircraft in the clause make the air force the actor whatever they dropped."""
    if any(inst_mode in ("aerial", "drone") for _, inst_mode in instruments):
        return "aerial"
    return mode


def _merged_arguments(group: TriggerGroup, ctx: ArticleContext) -> Arguments:
    args = arguments_for(group.anchor.token, ctx)
    for other in group.others:
        extra = arguments_for(other.token, ctx)
        args.source = args.source or extra.source
        args.target = args.target or extra.target
        args.place = args.place or extra.place
    args.source, args.target = joint_sides(group.anchor.type, group.anchor.token, args.source, args.target, ctx)
    if args.target is None:
        args.target = typed_target(group.anchor.type, group.anchor.token, args.source, ctx)
    if args.target is None:  # "called on X to", "complained about X" (extract/addressee.py)
        args.target = statement_target(group.anchor.type, group.anchor.token, args.source, ctx)
    args.place = statement_place(group.anchor.type, group.anchor.token, args.place, ctx)
    anchor = group.anchor.token
    sent = args.target is not None and own_forces_sent(group.anchor.type, anchor, args.target.start)
    if args.source is None and sent:
        args.source, args.target = args.target, None  # "Russian troops were deployed": Russia's
    if args.target is args.source or mention_side_taken(args.target, ctx):
        args.target = None  # "fought on the side of the army": the army is no enemy
    if args.source is not None and is_reporter(ctx, args.source.actor_id):
        args.source = None
    if args.target is not None and is_reporter(ctx, args.target.actor_id):
        args.target = None
    return args


def _told_apart(tok: Any, anchor: int, lex: Lexicon) -> bool:
    """ "after/following an attack", "in response to the attack": another act than the anchor's."""
    before = tok.dep_ == "pobj" and tok.head.lower_ in lex.events["sequence_preps"]
    return before or answers_another(tok, anchor)


def _own_tolls(
    statements: list[cas.CasualtyStatement], told_by: dict[int, Event], lex: Lexicon
) -> list[cas.CasualtyStatement]:
    """The statements left for the nearest act: a toll told of an act noun ("the attack
    that killed three soldiers") is that act's alone, never the reprisal told around it."""
    out = []
    for statement in statements:
        verb = statement.token
        act = verb.head if verb.dep_ in ("relcl", "acl") else None
        if act is None or act.lemma_.lower() not in lex.nouns:
            out.append(statement)
        elif act.i in told_by:
            cas.merge(told_by[act.i].casualties, statement.casualties)
    return out


def _attach_casualties(
    built: list[tuple[Event, int]], statements: list[cas.CasualtyStatement]
) -> None:
    """Give each casualty statement to the nearest violent event (ASSAULT first)."""
    violent = [(e, i) for e, i in built if e.type in _VIOLENT]
    if not violent:
        return
    for statement in statements:
        event, _ = min(
            violent, key=lambda pair: (pair[0].type != "ASSAULT", abs(pair[1] - statement.token.i))
        )
        if _adds_to(statement, event):
            cas.add(event.casualties, statement.casualties)
        else:
            cas.merge(event.casualties, statement.casualties)


def _adds_to(statement: cas.CasualtyStatement, event: Event) -> bool:
    """ "While 300 militants were killed, 90 guards were also killed": the second clause's
    dead are more dead of the same fight, not another count of the first."""
    verb = statement.token
    also = any(c.dep_ == "advmod" and c.lower_ in get_lexicon().events["toll_addition_words"] for c in verb.children)
    elsewhere = any(  # "... and 20 were also killed in Aleppo": another town's dead
        g.ent_type_ in ("GPE", "LOC", "FAC") for c in verb.children if c.dep_ == "prep" for g in c.children
    )
    return also and not elsewhere and event.casualties.killed is not None and statement.casualties.killed is not None
