"""Refine an event's mode from the instruments and cue words of its clause.

Also maps a country acting violently to its arm ("Russia bombed" -> RUS_AIRFORCE),
as ACLED codes state forces rather than states.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from frontwatch.extract.lexicon import get_lexicon, instrument_mode
from frontwatch.kb.actors.index import parent_chain


def instruments_in(
    text: str, offset: int, span: tuple[int, int], skip: tuple[tuple[int, int], ...] = ()
) -> list[tuple[str, str]]:
    """(phrase, mode) of instruments whose text lies within the char span and outside the
    ``skip`` spans, by priority."""
    lex = get_lexicon()
    found = [
        (phrase, mode)
        for start, phrase, mode in _instruments_of(text)
        if span[0] <= start + offset < span[1]
        and not any(a <= start + offset < b for a, b in skip)
    ]
    return sorted(found, key=lambda item: lex.mode_priority.get(item[1], 99))


def clause_instruments(
    text: str, offset: int, span: tuple[int, int], skip: Callable[[], tuple[tuple[int, int], ...]]
) -> list[tuple[str, str]]:
    """:func:`instruments_in`, asking ``skip`` for the spans to leave out only when the
    span names an instrument: most clauses name none, and finding the spans walks the
    sentence (leaving spans out only drops instruments, so none stays none)."""
    found = instruments_in(text, offset, span)
    return instruments_in(text, offset, span, skip()) if found else found


def needs_clause_words(event_type: str) -> bool:
    """Whether :func:`refine_mode` reads the clause's words for an event of this type: an
    assault's mode comes from its instruments, and a type with no ``mode_cues`` keeps its
    trigger's mode."""
    return event_type != "ASSAULT" and bool(get_lexicon().modes["mode_cues"].get(event_type))


@lru_cache(maxsize=256)
def _instruments_of(text: str) -> tuple[tuple[int, str, str], ...]:
    """(start, phrase, mode) of every instrument in a sentence's text: each of its events
    asks (the regex over the sentence was 1.5% of extraction)."""
    lex = get_lexicon()
    phrases = [(m.start(), m.group(0).lower()) for m in lex.instrument_re.finditer(text)]
    return tuple((start, phrase, instrument_mode(lex, phrase)) for start, phrase in phrases)


def refine_mode(
    event_type: str, mode: str, instruments: list[tuple[str, str]], clause_lemmas: set[str]
) -> str:
    """The event's mode given its trigger's default and what its clause names."""
    lex = get_lexicon()
    if event_type == "ASSAULT":
        if instruments and (not mode or instruments[0][1] in lex.modes["overriding_modes"]):
            return instruments[0][1]
        return mode
    cues: dict[str, list[str]] | None = lex.modes["mode_cues"].get(event_type)
    if not cues:
        return mode
    for cue_mode, words in cues.items():
        if clause_lemmas & set(words):
            return cue_mode
    return mode


def instrument_text(instruments: list[tuple[str, str]], mode: str) -> str:
    """The instrument phrase that goes with the mode (the first one otherwise)."""
    for phrase, inst_mode in instruments:
        if inst_mode == mode:
            return phrase
    return instruments[0][0] if instruments else ""


def arm_of(actor_id: str, event_type: str, mode: str, kb: Any) -> str:
    """The state force acting for a country in a violent or military act, as the actor
    knowledge base's arm_of edges say (the KB is the one place actor ties are written)."""
    modes = get_lexicon().modes
    armed = modes["armed_types"].get(event_type)
    if not actor_id or not armed or (armed != "*" and mode not in armed):
        return actor_id
    return _kb_arm(kb, actor_id, mode)


def _kb_arm(kb: Any, actor_id: str, mode: str) -> str:
    modes = get_lexicon().modes
    actor = kb.get(actor_id)
    if actor is None or actor.type not in modes["armed_actor_types"]:
        return actor_id
    branch = modes["branches"].get(mode) or modes["branches"]["*"]
    if actor.type == "state_forces" and branch == modes["branches"]["*"]:
        return actor_id  # already a force: never widen "Aerospace Forces" to the army
    arm = kb.arm_of(actor_id, branch) or actor_id
    if actor.type == "state_forces" and not _one_body(kb, actor_id, arm, modes["branches"]["*"]):
        return actor_id  # "Iraqi militias" read as the PMF bombing with drones: no air force
    return arm


def _one_body(kb: Any, actor_id: str, arm: str, army_branch: str) -> bool:
    """Whether a state force and the arm it would be coded as serve under one command: the
    force is its state's army or part of it (a combatant command, a division), or the arm
    is the force's own (the IRGC's aerospace force); not a force beside the army (the PMF,
    answering to the government), whose drones are its own."""
    army = kb.arm_of(kb.top_of(actor_id), army_branch)
    return army in parent_chain(actor_id, kb.links) or actor_id in parent_chain(arm, kb.links)


def lemmas_of(tokens: list[Any]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}

