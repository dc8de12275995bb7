"""The side behind a "we" in someone's quote, and behind a doer named only as a person.

"'We carried out four strikes near Raqqa,' said Col. X, a spokesman for the coalition",
"'We destroyed two tanks,' Abu Y said", after "Abu Y, who leads a rebel brigade": the
first-person plural in a quote speaks for the speaker's side, and a person the KB does not
know, named as the doer, acts for the side the article ties him to. That side is the
speaker's own actor (a person in office stands for his state, as in extract/offices.py) or
the one named side the article ties the person to (``voice.speaker_tie_kinds``: "a spokesman
for", "the leader of"). A class ("rebels") or two sides leave the doer open, and so does a
speaker whose side is unknown ("'We fled,' a resident said"). The article's own "we",
outside quotes, is extract/voice.py's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from frontwatch.extract.context import GENERIC_PREFIX, ArticleContext, clause_head
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.verbsubjects import subject_of
from frontwatch.extract.voice import quoted
from frontwatch.records import Event, Relation


def quoted_we_acts_for_the_speaker(events: list[Event], relations: list[Relation], ctx: ArticleContext) -> None:
    """Give doerless acts told as a quoted "we", and persons' acts, the speaker's side, in place."""
    rules = get_lexicon().events["voice"]
    persons = {m.text.strip().lower() for m in ctx.actor_mentions if m.label == "PERSON"}
    ties = _persons_sides(relations, frozenset(rules["speaker_tie_kinds"]), persons, ctx)
    pronouns = frozenset(rules["pronouns"])
    for event in events:
        if event.source_actor:
            continue
        named = event.source_text.strip()
        pronoun = "" if named else _quoted_we(event, pronouns, ctx)
        if named:
            side = _one_side(_tied_by_name(named.lower(), ties))
        else:
            side = _side_of(event.claim.attributed_to, ties, ctx) if pronoun else ""
        if side:
            event.source_actor, event.source_text = side, event.source_text or pronoun


def _persons_sides(
    relations: Iterable[Relation], kinds: frozenset[str], persons: set[str], ctx: ArticleContext
) -> dict[str, set[str]]:
    """Each tied person's name (and KB id, if any) with the named sides the article gives
    him; a group tied to another ("X, a faction of Y") keeps its own deeds."""
    sides: dict[str, set[str]] = defaultdict(set)
    for tie in relations:
        if tie.kind not in kinds or not tie.target_actor or tie.target_actor.startswith(GENERIC_PREFIX):
            continue
        if not _a_person(tie, persons, ctx):
            continue
        for key in (tie.source_actor, tie.source_text.strip().lower()):
            if key:
                sides[key].add(tie.target_actor)
    return sides


def _a_person(tie: Relation, persons: set[str], ctx: ArticleContext) -> bool:
    """The tie's source is a person: one the KB knows, or a name the parser tags as one."""
    actor = ctx.kb.get(tie.source_actor) if tie.source_actor else None
    if actor is not None:
        return actor.type == "person"
    return tie.source_text.strip().lower() in persons


def _quoted_we(event: Event, pronouns: frozenset[str], ctx: ArticleContext) -> str:
    """The "we" of someone's quote that is the act's subject ('' if the subject is another)."""
    trigger = ctx.trigger_token(event.id)
    if trigger is None or not event.claim.attributed_to:
        return ""
    verb = clause_head(trigger)
    if trigger.i != verb.i and not (trigger.dep_ == "dobj" and trigger.head.i == verb.i):
        return ""  # "we retreated due to the shelling": the shelling is not ours
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in pronouns or not quoted(subject):
        return ""
    return str(subject.text)


def _side_of(speaker: str, ties: dict[str, set[str]], ctx: ArticleContext) -> str:
    """The speaker's (an actor id or a name) own side if the KB knows it, else the one side
    the article ties him to."""
    actor = ctx.kb.get(speaker)
    if actor is not None and actor.type != "person":
        return "" if actor.id.startswith(GENERIC_PREFIX) else actor.id
    if actor is not None and (side := ctx.kb.side_for(actor.id, ctx.published)) != actor.id:
        return side
    return _one_side(ties.get(speaker, set()) | _tied_by_name(speaker.lower(), ties))


def _one_side(sides: set[str]) -> str:
    return next(iter(sides)) if len(sides) == 1 else ""


def _tied_by_name(name: str, ties: dict[str, set[str]]) -> set[str]:
    """The sides of the tied persons this name is, in full or by surname ("Hollis" for
    "Mark Hollis")."""
    return {
        side
        for key, sides in ties.items()
        if key == name or key.endswith(" " + name)
        for side in sides
    }
