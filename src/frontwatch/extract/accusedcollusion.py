"""An accused collusion: "Z accused X of colluding with Y", "X was accused by Z of
coordinating with Y", "Z accuses X of collusion with Y" -> X allied with Y, as the accuser's
claim (the certainty of the accusing clause: attributed to Z).

The words are data (``relations.yaml``: ``collusion_words`` for the deed,
``article_ties.accusing_verbs`` for the charge); a charge of anything else ("accused X of
shelling Y") is no alliance, and a collusion told outside a charge is the event cues' to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.arguments import first_actor, pobjs
from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words

_OF = frozenset({"of"})
_WITH = frozenset({"with"})
_ACCUSED_DEPS = frozenset({"dobj", "nsubjpass"})
_CLIMB = 2  # "accused X of": X; "accused by Z of": "by", then the verb
_AGENT = "agent"


def accused_collusion_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "accused X of colluding with Y": X allied with Y."""
    if lemma_of(tok) not in words("collusion_words") or tok.dep_ not in ("pcomp", "pobj"):
        return
    charge = _charging_verb(tok)
    if charge is None:
        return
    accused = first_actor([c for c in charge.children if c.dep_ in _ACCUSED_DEPS], ctx)
    partner = first_actor(pobjs(tok, _WITH), ctx)
    yield from pair_of("allied", accused, partner, tok)


def _charging_verb(tok: Any) -> Any | None:
    """The accusing verb whose "of" the deed is the object of ("accused X of colluding")."""
    prep = tok.head
    if prep.lower_ not in _OF:
        return None
    verb = prep.head
    for _step in range(_CLIMB):  # "of" hung on the accused or on the accuser "by" names
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        if not _on_the_charge(verb):
            return None  # under another noun: "accused X of a lack of cooperation with Y"
        verb = verb.head
    accusing = frozenset(get_lexicon().relations["article_ties"]["accusing_verbs"])
    return verb if verb.pos_ == "VERB" and lemma_of(verb) in accusing else None


def _on_the_charge(tok: Any) -> bool:
    """The accused ("accused X of"), the accuser's "by" or its name ("accused by Z of")."""
    by = tok.head if tok.dep_ == "pobj" else tok
    return tok.dep_ in _ACCUSED_DEPS or by.dep_ == _AGENT


__all__ = ["accused_collusion_pairs"]
