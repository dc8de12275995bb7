"""Sides a sentence lists together as doers, which face no one as each other's enemy.

``opponents.face_main_opponents`` gives a one-sided hostile deed the article's main
opponent of its known side. A sentence that lists that opponent with the known side as the
deed's doers says the opposite: "HTS and later the SDF entered the city and captured it",
"an operation launched by Hezbollah, the army and later the Lebanese army against ...":
the second is a partner in the deed, not its target. A list is the two names joined by
"and" ("as well as", "along with") with nothing but list words and other actors' names
between them (events.yaml ``opponents.co_doer_words``, ``co_doer_joins``). Reciprocal
deeds list enemies instead ("X and Y clashed", "fighting between X and Y"):
``reciprocal_triggers``, ``reciprocal_before``. The known side's name in the list is the one
the deed names it by: "Thirty soldiers and 25 X fighters were killed as the army attacked"
lists the dead of both sides, not the army's partner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event, Mention

_WORDS = re.compile(r"[\w'-]+|,")


def listed_with_known_side(
    other: str, event: Event, mentions: Iterable[Mention], party: Callable[[str], str]
) -> bool:
    """Whether the deed's sentence lists ``other`` (a party) with the deed's known side as
    doers (see module doc)."""
    evidence = event.evidence
    known = event.source_actor or event.target_actor
    table = get_lexicon().events["opponents"]
    if evidence is None or not other or not known:
        return False
    if event.trigger.lower() in table["reciprocal_triggers"]:
        return False
    inside = sorted(
        (m for m in mentions if m.actor_id and evidence.start <= m.start < evidence.end),
        key=lambda m: m.start,
    )
    own, words = party(known) or known, event.source_text or event.target_text
    knowns = [  # the words naming the known side, not another mention of its party
        m
        for m in inside
        if (m.actor_id == known or party(m.actor_id) == own) and words and m.text in words
    ]
    others = [m for m in inside if m.actor_id == other or party(m.actor_id) == other]
    return any(
        _a_list(first, second, inside, evidence.sentence, evidence.start)
        for one in knowns
        for two in others
        for first, second in [sorted((one, two), key=lambda m: m.start)]
        if first.end <= second.start
    )


def _a_list(
    first: Mention, second: Mention, inside: list[Mention], sentence: str, offset: int
) -> bool:
    """The words between the two names are a list's (other actors' names left out), with a
    join among them, and the list is no "between X and Y"."""
    table = get_lexicon().events["opponents"]
    between = sentence[first.end - offset : second.start - offset]
    for mention in inside:
        if first.end <= mention.start and mention.end <= second.start:
            between = between.replace(mention.text, " ")
    words = _WORDS.findall(between.lower())
    joined = " ".join(words)
    if not words or any(w not in table["co_doer_words"] for w in words):
        return False
    if not any(re.search(rf"(^| ){re.escape(j)}( |$)", joined) for j in table["co_doer_joins"]):
        return False
    before = _WORDS.findall(sentence[: first.start - offset].lower())
    while before and before[-1] == "the":
        before.pop()  # "between the army and ..."
    return not (before and before[-1] in table["reciprocal_before"])
