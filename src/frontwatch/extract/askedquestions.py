"""A question asked is no demand made.

"asked whether the strikes hit civilians", "asked the spokesman if troops would stay", "asked
what the plan was", "I will ask the general for his comments", "wait until I call on you":
ask and call on (``not_as_question`` in events.yaml) then put a question or give the floor,
which reporting of a briefing is full of; only "asked X to V" or "asked for help" asks for
an act or a thing. A verb with a clause to do ("to V") always asks for the act.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of

# the words a question clause opens with, by their part-of-speech tag: grammar, not knowledge
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_CLAUSE_DEPS = frozenset({"ccomp", "dobj", "advcl", "parataxis"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def asks_a_question(verb: Any) -> bool:
    """Whether ask / call on puts a question or gives the floor rather than asking for an act."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "asked Washington to send advisers"
    words = get_lexicon().events["questions"]
    return (
        any(_opens_a_question(c, words["marks"]) for c in verb.children if c.dep_ in _CLAUSE_DEPS)
        or any(lemma_of(o) in words["nouns"] for o in _asked_things(verb))
        or _only_gives_the_floor(verb, words["floor_pronouns"])
    )


def _opens_a_question(clause: Any, marks: list[str]) -> bool:
    """ "whether the strikes hit", "if troops would stay", "what the plan was", "'Who will
    protect us?'": a clause opened by if, whether or a wh-word, or closed by a question mark."""
    tokens = sorted(clause.subtree, key=lambda t: t.i)  # a crossing arc breaks subtree order
    first = next((t for t in tokens if not t.is_punct), tokens[0])
    return first.lower_ in marks or first.tag_ in _WH_TAGS or any(t.text == "?" for t in tokens)


def _asked_things(verb: Any) -> list[Any]:
    """Its objects and what it asks for ("asked the colonel a question", "for his comments")."""
    things = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        things.extend(c for c in prep.children if c.dep_ == "pobj")
    return things


def _only_gives_the_floor(verb: Any, pronouns: list[str]) -> bool:
    """ "when I call on you": the one called on is the audience and nothing is asked of it."""
    called = [c for c in verb.subtree if c.dep_ == "pobj" and c.head.head.i == verb.i]
    called += [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return bool(called) and all(c.lower_ in pronouns for c in called)
