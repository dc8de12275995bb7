"""A verb of backing the tagger read as a plural noun: "Saudi Arabia funds Jaysh al-Islam".

After a name, the small model often tags "funds", "arms" or "trains" as a plural noun and
hangs the whole sentence on it, so no verb carries the backing. The words still say it:
a name, the word (a ``backing_verbs`` lemma tagged as a plural noun), then a name (after a
determiner at most) is the name before backing the one after. Words of one chain count as
one ("Turkey trains and funds the SNA"). Only a proper name counts on either side: "Russian
arms Ukraine captured" names arms of Russia, not backing; nor does a word a determiner or
owner marks as a noun ("its funds", "Iran's arms"). The word must head its sentence: the
certainty of a noun the parser hung under a verb of saying or doubt cannot be read, and a
fact the text only reports or hedges is not stored as one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.records import Mention

_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_MARKS = frozenset({"det", "poss", "nummod", "amod"})
_SKIPPED_BEFORE_NAME = frozenset({"the"})


def misread_backing_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Saudi Arabia funds Jaysh al-Islam": the name before backs the name after."""
    if not misread_backing_word(tok) or any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors):
        return  # under a verb ("officials said X funds Y") its certainty cannot be read
    backer = _name_before(tok, ctx)
    backed = _name_after(tok, ctx)
    if backer is not None and backed is not None and backer.actor_id != backed.actor_id:
        yield from pair_of("backs", backer, backed, tok)


def misread_backing_word(tok: Any) -> bool:
    """ "funds" of "Saudi Arabia funds X" tagged as a plural noun, no determiner or owner on it."""
    return (
        tok.tag_ == "NNS"
        and lemma_of(tok) in words("backing_verbs")
        and not any(c.dep_ in _NOUN_MARKS for c in tok.children)
    )


def _name_before(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The name that ends right before the word, or before the chain it closes ("Turkey
    trains and funds": Turkey for both)."""
    i = tok.i - 1
    if i >= 1 and tok.doc[i].lower_ == "and" and misread_backing_word(tok.doc[i - 1]):
        i -= 2
    return _name_at(tok.doc, i, ctx)


def _name_after(tok: Any, ctx: ArticleContext) -> Mention | None:
    """The name that begins right after the word (or after the chain it opens)."""
    doc, i = tok.doc, tok.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "and" and misread_backing_word(doc[i + 1]):
        i += 2
    while i < len(doc) and doc[i].lower_ in _SKIPPED_BEFORE_NAME:
        i += 1
    return _name_at(doc, i, ctx)


def _name_at(doc: Any, i: int, ctx: ArticleContext) -> Mention | None:
    if i < 0 or i >= len(doc) or doc[i].tag_ not in _NAME_TAGS:
        return None
    mention = ctx.actor_at.get(i)
    return mention if mention is not None and mention.actor_id else None
