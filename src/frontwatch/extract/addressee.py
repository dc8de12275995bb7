"""Whom a statement is addressed to or aimed at, where the verb has no object naming it.

Statements name their other party in ways an act does not: "called on X to ...",
"appealed to X", "complained about X", "warned that X would ...", "condemned the
bombardments by X", "threatened an attack against X". Which ways each type takes is data
(``addressee`` in ``data/events.yaml``): the prepositions that introduce the party, whether
a clause the verb governs names it, and whether an act it names gives its doer (one accuses
whoever did the act) or its target (one threatens whoever the act would hit).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.arguments import noun_arguments, pobjs, verb_arguments
from frontwatch.extract.armed import GENERIC_PREFIX, armed, one_party
from frontwatch.extract.context import ArticleContext, actor_near, clause_tokens
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.antecedents import could_stand_for
from frontwatch.kb.actors.phrases import phrase_tokens
from frontwatch.records import Mention, is_country_id

_CLAUSES = ("ccomp", "xcomp")
_NOUN_CLAUSES = ("acl", "relcl")


def statement_target(
    event_type: str, anchor: Any, source: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """The party a statement of ``event_type`` is addressed to, other than its speaker."""
    rule = get_lexicon().events["addressee"].get(event_type)
    if rule is None:
        return None

    for found in _candidates(anchor, rule, source, ctx):
        if found is not None and not _same_party(found, source):
            return found
    return None


def statement_place(
    event_type: str, anchor: Any, place: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """ "calls on all forces in Sudan to cease attacks in El Fasher": a statement about an
    act is placed where the act is, when the clause it governs names a town and the
    statement itself names none finer than a country."""
    if event_type not in get_lexicon().events["addressee"]:
        return place
    if place is not None and not is_country_id(place.place_id):
        return place
    for clause in (c for c in anchor.children if c.dep_ in _CLAUSES):
        for tok in clause.subtree:
            found = ctx.place_at.get(tok.i)
            if found is not None and found.place_id and not is_country_id(found.place_id):
                return found
    return place


def _candidates(
    anchor: Any, rule: dict[str, Any], source: Mention | None, ctx: ArticleContext
) -> Iterator[Mention | None]:
    for obj in pobjs(anchor, frozenset(rule.get("preps", ()))):
        yield _party_named_by(obj, rule, ctx)
    if _governs_an_infinitive(anchor):  # "called for X to V": X is asked to do V
        for obj in pobjs(anchor, frozenset(rule.get("infinitive_preps", ()))):
            yield _party_named_by(obj, rule, ctx)
    for obj in pobjs(anchor, frozenset(rule.get("act_preps", ()))):
        if obj.lemma_.lower() in _act_nouns():
            yield _party_of_own_act(obj, rule, source, ctx)
    for obj in (c for c in anchor.children if c.dep_ == "dobj"):
        yield _party_named_by(obj, rule, ctx)
    if rule.get("clause") and rule.get("act_role") == "target":
        yield from _clause_act_targets(anchor, source, ctx)
    if rule.get("clause"):
        for clause in (c for c in anchor.children if c.dep_ in _CLAUSES):
            yield from (
                ctx.actor_at.get(t.i) for t in clause_tokens(clause) if _names_a_party(t, ctx)
            )


def _clause_act_targets(
    anchor: Any, source: Mention | None, ctx: ArticleContext
) -> Iterator[Mention]:
    """ "warned that its forces would strike X", "threats to launch an offensive against X":
    whom the act the statement tells of would hit, before the first party its clause names
    (that is most often the doer, the speaker's own side). Only an armed side not the
    speaker's is threatened so: "warned that militants would attack civilians" fears for them.
    An act with a doer of another side is a warning about that doer, not a threat to its
    target ("warned that IS fighters could attack Kurdish forces": the clause's party)."""
    for clause in _told_acts(anchor):
        act = verb_arguments(clause, ctx)
        if act.source is not None and not _own_side(act.source, source, ctx):
            continue
        found = act.target
        if found is not None and _an_enemy_side(found, source, ctx):
            yield found


def _own_side(doer: Mention, source: Mention | None, ctx: ArticleContext) -> bool:
    """The speaker itself or an organ of its state or group ("government troops"), a person in
    office speaking for the side the office serves; or a class told as the speaker's ("his
    fighters", ``addressee_own_possessives``) or standing for it ("the group" of Hezbollah)."""
    if source is None:
        return False
    speaker, actor = (ctx.kb.side_for(m.actor_id, ctx.published) for m in (source, doer))
    if _same_party(doer, source) or one_party(actor, speaker, ctx.kb):
        return True
    words = phrase_tokens(doer.text)
    if not actor.startswith(GENERIC_PREFIX) or not words or words[0] not in ctx.kb.rules.definite:
        return False
    own = get_lexicon().events["addressee_own_possessives"]
    return words[0] in own or could_stand_for(ctx.kb, actor, speaker)


def _governs_an_infinitive(anchor: Any) -> bool:
    """The verb governs a "to" infinitive, whatever the parser made of it (a complement or
    an adverbial clause)."""
    return any(
        child.dep_ in (*_CLAUSES, "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        for child in anchor.children
    )


def _told_acts(anchor: Any) -> Iterator[Any]:
    """The verbs of the clauses a statement governs: "warned that X would V" (a clause) and,
    for a noun, its infinitive ("threats to V", which the parser also hangs as a relative)."""
    for child in anchor.children:
        infinitive = child.dep_ in _NOUN_CLAUSES and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if child.pos_ == "VERB" and (child.dep_ in _CLAUSES or infinitive):
            yield child


def _party_named_by(obj: Any, rule: dict[str, Any], ctx: ArticleContext) -> Mention | None:
    """The party itself ("on Iran"), or the doer or the target of an act it names ("the
    shelling by X", "an attack against X"), or the first party its phrase names."""
    own = actor_near(ctx, obj, depth=1)
    if own is not None:
        return own
    if obj.lemma_.lower() in _act_nouns():
        return _party_of_act(obj, rule, ctx)
    # its own phrase, not a clause inside it ("dismissed claims that its jets struck X"), nor a
    # capital named as a place ("denied involvement in the bombing in Beirut")
    named = [t for t in clause_tokens(obj) if t.i in ctx.actor_at and not _in_a_place_slot(t, ctx)]
    return ctx.actor_at[named[0].i] if named else None


def _party_of_act(act_noun: Any, rule: dict[str, Any], ctx: ArticleContext) -> Mention | None:
    """The doer or the target of the act a noun names, as the rule's ``act_role`` says."""
    act = noun_arguments(act_noun, ctx)
    return act.target if rule.get("act_role") == "target" else act.source


def _party_of_own_act(
    act_noun: Any, rule: dict[str, Any], source: Mention | None, ctx: ArticleContext
) -> Mention | None:
    """ "warned of an imminent attack on X": the act the speaker warns of is its own threat
    when no one else is named as its doer ("warned of an offensive by Turkish forces" tells
    of another's act, and threatens no one). With no doer named, only an armed side not the
    speaker's own is threatened: "the ministry warned of attacks on pilgrims" fears for them."""
    act = noun_arguments(act_noun, ctx)
    if act.source is not None and not _same_party(act.source, source):
        return None
    found = act.target if rule.get("act_role") == "target" else act.source
    if act.source is None and found is not None and not _an_enemy_side(found, source, ctx):
        return None
    return found


def _an_enemy_side(found: Mention, source: Mention | None, ctx: ArticleContext) -> bool:
    """A side one can threaten, other than the speaker's own state or group: not a class of
    victims (a community, civilians: no armed side, extract/armed.py) nor of an unarmed
    sector (``armed_sides.unarmed_sectors``)."""
    actor = ctx.kb.get(found.actor_id) if found.actor_id else None
    if actor is None or (actor.type == "generic" and not armed(found.actor_id, ctx)):
        return False
    if actor.sector in get_lexicon().armed_side_words("unarmed_sectors"):
        return False
    return source is None or not one_party(found.actor_id, source.actor_id, ctx.kb)


def _in_a_place_slot(tok: Any, ctx: ArticleContext) -> bool:
    """ "in Beirut", not "warnings from Baghdad" (the capital speaking for its state)."""
    locative = get_lexicon().events["addressee_place_preps"]
    return tok.i in ctx.place_at and tok.head.lower_ in locative


def _names_a_party(tok: Any, ctx: ArticleContext) -> bool:
    """Not an adjective describing something else: "their Iraqi region" names no party."""
    return tok.dep_ != "amod" or tok.head.i in ctx.actor_at


@cache
def _act_nouns() -> frozenset[str]:
    return frozenset(k for k, v in get_lexicon().nouns.items() if v.get("type"))


def _same_party(found: Mention, source: Mention | None) -> bool:
    if source is None:
        return False
    return found is source or bool(found.actor_id and found.actor_id == source.actor_id)
