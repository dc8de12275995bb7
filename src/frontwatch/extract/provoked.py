"""The act another act answers: "X launched strikes in response to attacks by Y on Z",
"X hit Y in retaliation for rocket fire on its towns".

The act answered is another event, with sides of its own: it neither joins the answer's
trigger group nor lends it its target (``answer_nouns`` in events.yaml).
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.context import clause_head
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.records import Event


def answers_another(tok: Any, until: int) -> bool:
    """Whether the path from ``tok`` up to the token ``until`` passes through a noun of
    answering ("in response to", "in retaliation for", "in revenge for")."""
    answers = get_lexicon().events["answer_nouns"]
    current = tok
    while current.head.i != current.i and current.head.i != until:
        current = current.head
        if current.pos_ == "NOUN" and lemma_of(current) in answers:
            return True
    return False


def answer_the_doers(events: list[tuple[Event, Any]]) -> None:
    """An answer that names no target of its own hits the doer of the act it answers:
    "X struck in response to attacks by Y" is X against Y."""
    for answer, anchor in events:
        if answer.target_actor:
            continue
        for answered, token in events:
            doer = answered.source_actor
            if answered is answer or not doer or doer == answer.source_actor:
                continue
            if _answered_by(token, anchor):
                answer.target_actor, answer.target_text = doer, answered.source_text
                break


def _answered_by(token: Any, anchor: Any) -> bool:
    """The act at ``token`` hangs, through a noun of answering, under the answer's trigger
    or the verb its trigger is the subject of ("strikes were conducted in response to")."""
    for head in (anchor, clause_head(anchor)):
        if token.i != head.i and any(a.i == head.i for a in token.ancestors):
            return answers_another(token, head.i)
    return False
