"""Words to the press are no consultation between sides.

"Spoke with reporters after the hearing", "briefed Pentagon reporters on the strikes", "met
with journalists in Erbil", "to speak with the travelling press": a briefer telling the press,
which reporting of briefings is full of, is not a meeting of parties. Only when all that the
verb is said with, to or of is the press (``press_room`` in events.yaml; entries flagged
``not_to_the_press``): "met the Iraqi minister and reporters" is still a meeting.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.lexicon import get_lexicon, lemma_of

_PARTNER_DEPS = frozenset({"dobj", "dative"})


def talks_to_the_press(verb: Any) -> bool:
    """Whether all the verb's partners are the press."""
    words = get_lexicon().events["press_room"]
    partners = _partners(verb, frozenset(words["preps"]))
    nouns = frozenset(words["nouns"])
    # read as written too: the lemmatizer makes "media" a "medium"
    return bool(partners) and all(lemma_of(p) in nouns or p.lower_ in nouns for p in partners)


def _partners(verb: Any, preps: frozenset[str]) -> list[Any]:
    """Its objects and the objects of its "with" / "to", with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in _PARTNER_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return [t for head in heads for t in (head, *head.conjuncts)]
