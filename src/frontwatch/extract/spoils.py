"""Weapons or vehicles seized in an attack are part of that attack, not a second act.

"Militants overran the base, killing six soldiers and seizing two trucks"; "The fighters
ambushed a convoy near Jowhar. They seized weapons and ammunition, police said." Taking
the attackers' spoils is how the attack ended: a COERCE told by a seizing word
(``spoils.verbs`` in events.yaml; territory taken is an ASSAULT already, events.yaml's
``territory_type``) is dropped when an ASSAULT by the same doer (or by a doer the seizure
leaves unnamed) is told before it, in its sentence or at most ``spoils.sentences_back``
sentences before, as a fact. "Rebels seized weapons during the clashes" and "seized and
destroyed vehicles" tell the seizure first: it stays the sentence's own act. What the seizure says and the attack leaves unsaid fills the attack.
Seizures with no attack told beside them ("police confiscated a weapons cache") stay.
"""

from __future__ import annotations

import bisect

from frontwatch.extract.armed import one_party
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.headline import fill_gaps
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event

_PLAIN = frozenset({"asserted", "attributed"})


def merge_spoils(events: list[Event], ctx: ArticleContext) -> list[Event]:
    """The events without seizures of spoils told with an attack by the same doer."""
    words = get_lexicon().events["spoils"]
    verbs, window = frozenset(words["verbs"]), int(words["sentences_back"])
    sentence = {id(e): _sentence_of(e, ctx) for e in events}
    attacks = [e for e in events if e.type == "ASSAULT" and sentence[id(e)] is not None]
    out: list[Event] = []
    for event in events:
        here = sentence[id(event)]
        attack = None
        if here is not None and _seizes(event, verbs, ctx):
            told = ctx.trigger_offsets.get(event.id, -1)
            near = [
                a
                for a in attacks
                if here - window <= (sentence[id(a)] or -1) <= here
                and ctx.trigger_offsets.get(a.id, told) < told  # the attack told first
            ]
            attack = _attack_it_ends(event, near, sentence, ctx)
        if attack is None:
            out.append(event)
        else:
            fill_gaps(attack, event)
    return out


def _sentence_of(event: Event, ctx: ArticleContext) -> int | None:
    if event.evidence is None:
        return None
    return bisect.bisect_right(ctx.sentence_starts, event.evidence.start)


def _seizes(event: Event, verbs: frozenset[str], ctx: ArticleContext) -> bool:
    token = ctx.trigger_token(event.id)
    plain = event.claim.certainty in _PLAIN
    return event.type == "COERCE" and plain and token is not None and token.lemma_.lower() in verbs


def _attack_it_ends(
    seizure: Event, near: list[Event], sentence: dict[int, int | None], ctx: ArticleContext
) -> Event | None:
    """The nearest attack (its own sentence first, then the latest before) by the seizure's
    doer, or with one of the two doers unnamed, told as a fact."""
    ranked = sorted(near, key=lambda a: -(sentence[id(a)] or 0))
    for act in ranked:
        doers = (seizure.source_actor, act.source_actor)
        if act.claim.certainty in _PLAIN and (not all(doers) or one_party(*doers, ctx.kb)):
            return act
    return None
