"""The sentence a token sits in, found by bisection over the doc's sentences.

``Token.sent`` walks the sentence marks both ways from the token and makes two Spans at
every read (some tens of microseconds); the claim and place rules ask it of every fact,
several times over. The doc's sentences (nlp/docspans.py) and their starts are kept on
the doc once, when extraction first asks: the doc's annotation is final by then, as for
the word tests of nlp/wordtest.py and the clauses of extract/context.py.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from frontwatch.nlp.docspans import sentences

_KEY = "frontwatch_sentence_starts"


def sentence_of(tok: Any) -> Any:
    """``tok.sent``: the doc's sentence that holds the token (the same bounds)."""
    doc = tok.doc
    found = doc.user_data.get(_KEY)
    if found is None:
        sents = sentences(doc)
        found = doc.user_data[_KEY] = ([s.start for s in sents], sents)
    starts, sents = found
    return sents[bisect_right(starts, tok.i) - 1]
