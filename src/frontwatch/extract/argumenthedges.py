"""Cues on an act's subject or object that bear on the act's certainty: "No civilians were
hurt" negates it; "suspected militants attacked" hedges who did it. "Police arrested
suspected militants", "suspected militants were killed", "strikes on suspected Islamic
State fighters": the doubt is who the people are, not whether the act befell them; but
"struck suspected (Islamic State) weapons depots" leaves in doubt whether the target was
one. Words are data (cues.yaml, certainty: ``hedge_words``, ``suspected_people``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.kb.actors.mentions import NAME_LABELS


def argument_cues(arg: Any, *, negatable: bool = True, doer: bool) -> Iterator[tuple[str, str]]:
    """(certainty, cue word) for each cue on the argument: "no", "neither" negate; a hedge
    word before a doer, or before an object that names no people, hedges."""
    lex = get_lexicon()
    for child in arg.children:
        if negatable and child.dep_ == "det" and child.lower_ in ("no", "neither"):
            yield "negated", child.text
    modifiers = _modifiers_before(arg)
    hedge = next((t for t in modifiers if t.lower_ in lex.certainty("hedge_words")), None)
    if hedge is not None and (doer or not _names_people(arg)):
        yield "hedged", hedge.text


def _names_people(noun: Any) -> bool:
    """ "suspected militants", "alleged ISIS members", "suspected ISIS": people, or a named
    party; a name only modifying a thing ("suspected Islamic State weapons depots") is not."""
    people = get_lexicon().certainty("suspected_people")
    return noun.lemma_.lower() in people or noun.ent_type_ in NAME_LABELS


def _modifiers_before(noun: Any) -> list[Any]:
    """The words describing a noun before it, through a name it is told with: "suspected"
    in "suspected militants" and in "suspected Boko Haram gunmen"."""
    found = []
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound"):
            found.extend([child, *_modifiers_before(child)])
    return found
