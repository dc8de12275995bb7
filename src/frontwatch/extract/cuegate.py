"""Which tokens can head a relation cue: a cheap test run before the cue functions.

``relations._cue_pairs`` tries about a dozen cue functions on every token of a sentence
(7% of a run's CPU on news copy), but each of them fires only on a token that is one of:
a word of the relation cue lists (its lemma, its lower-case form, or an irregular past
form of one), a preposition ("alongside", "along with", "against"), a hyphenated word
("U.S.-backed") or a token of an actor mention ("the task force against X", "anti-ISIS
rebels"). Most tokens are none of these, and skipping the functions for them gives the
same pairs. A cue function with another kind of trigger must widen this test
(``tests/test_extract_cuegate.py`` compares gated and ungated pairs).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import relation_cue_words


@cache  # the lexicon never changes within a process
def _cue_words() -> frozenset[str]:
    return relation_cue_words()


def may_head_cue(tok: Any, ctx: ArticleContext) -> bool:
    """False only for a token no relation cue function can fire on."""
    if tok.i in ctx.actor_at or tok.dep_ == "prep" or "-" in tok.text:
        return True
    words = _cue_words()
    return tok.lower_ in words or tok.lemma_.lower() in words
