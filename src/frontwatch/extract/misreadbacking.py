"""A verb of backing the tagger read as a plural noun: "Saudi Arabia funds Jaysh al-Islam".

After a name, the small model often tags "funds", "arms" or "trains" as a plural noun and
hangs the whole sentence on it, so no verb carries the backing. The words still say it:
a name, the word (a ``backing_verbs`` lemma tagged as a plural noun), then a name (after a
determiner at most) is the name before backing the one after. Words of one chain count as
one, whatever the tagger made of the others ("Turkey trains and funds the SNA", "Iran arms
and advises X", "Russia arms, trains and funds X"). Only a proper name counts as the backer:
"Russian arms Ukraine captured" names arms of Russia, not backing; nor does a word a
determiner or owner marks as a noun ("its funds", "Iran's arms"). The side backed is a name,
or a class after a determiner ("funds several rebel factions": ``backed_determiners``) that
is no subject of a verb of its own ("U.S. arms the rebels seized"). The word must head its
sentence: the certainty of a noun the parser hung under a verb of saying or doubt cannot be
read, and a fact the text only reports or hedges is not stored as one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.extract.context import ArticleContext
from frontwatch.extract.lexicon import get_lexicon, lemma_of
from frontwatch.extract.relcues import Pair, pair_of, words
from frontwatch.nlp.charspans import expanded_span
from frontwatch.records import Mention

_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_MARKS = frozenset({"det", "poss", "nummod", "amod"})
_CHAIN_LINKS = frozenset({"and", ","})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_DEMONYM = "NORP"


def misread_backing_pairs(tok: Any, ctx: ArticleContext) -> Iterator[Pair]:
    """ "Saudi Arabia funds Jaysh al-Islam": the name before backs the name after."""
    if not misread_backing_word(tok):
        return
    end = _chain_end(tok)
    if any(a.pos_ in ("VERB", "AUX") and not tok.i < a.i <= end for a in tok.ancestors):
        return  # under a verb ("officials said X funds Y") its certainty cannot be read
    backer = _name_at(tok.doc, _chain_start(tok) - 1, ctx)
    if backer is None or backer.label == _DEMONYM:
        return  # "The Iranian arms X received": arms of Iran's, no backing
    backed = _side_after(tok.doc, end + 1, ctx)
    if backed is not None and backer.actor_id != backed.actor_id:
        yield from pair_of("backs", backer, backed, tok)


def misread_backing_word(tok: Any) -> bool:
    """ "funds" of "Saudi Arabia funds X" tagged as a plural noun, no determiner or owner on it."""
    return (
        tok.tag_ == "NNS"
        and lemma_of(tok) in words("backing_verbs")
        and not any(c.dep_ in _NOUN_MARKS and not _opens_name(c) for c in tok.children)
    )


def _opens_name(mark: Any) -> bool:
    """ "The United States arms X": the parser hangs the name's "the" on the word after it."""
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return mark.dep_ == "det" and after is not None and after.tag_ in _NAME_TAGS


def _backing_word(tok: Any) -> bool:
    """A word of backing as the chain has it, noun or verb ("arms and advises")."""
    return tok.tag_ in ("NNS", "VBZ") and lemma_of(tok) in words("backing_verbs")


def _chain_start(tok: Any) -> int:
    """Where the chain the word closes begins ("Turkey trains and funds": at "trains")."""
    i: int = tok.i
    while i >= 2 and tok.doc[i - 1].lower_ in _CHAIN_LINKS and misread_backing_word(tok.doc[i - 2]):
        i -= 2
    return i


def _chain_end(tok: Any) -> int:
    """Where the chain the word opens ends ("arms, trains and funds": at "funds")."""
    doc, i = tok.doc, int(tok.i)
    while i + 2 < len(doc) and doc[i + 1].lower_ in _CHAIN_LINKS:
        step = 3 if doc[i + 2].lower_ == "and" else 2  # the serial comma: "arms, and funds"
        if i + step >= len(doc) or not _backing_word(doc[i + step]):
            break
        i += step
    return i


def _side_after(doc: Any, i: int, ctx: ArticleContext) -> Mention | None:
    """The name that begins right after the chain, or a class after a determiner."""
    determiners = get_lexicon().tie_words("backed_determiners")
    start = i
    while i < len(doc) and doc[i].lower_ in determiners:
        i += 1
    named = _name_at(doc, i, ctx)
    if named is not None or i == start:
        return named
    mention = ctx.actor_at.get(i)
    if mention is None or not mention.actor_id or _subject_of_its_own(mention, ctx):
        return None
    return mention


def _subject_of_its_own(mention: Mention, ctx: ArticleContext) -> bool:
    """ "U.S. arms the rebels seized": the class does a deed of its own; the word is a noun."""
    span = expanded_span(ctx.doc, mention.start, mention.end)
    return span is not None and span.root.dep_ in _SUBJECT_DEPS


def _name_at(doc: Any, i: int, ctx: ArticleContext) -> Mention | None:
    """The named actor at token i, or at the noun a name there modifies ("the Kurdish YPG",
    where the knowledge base names only the YPG)."""
    if i < 0 or i >= len(doc) or doc[i].tag_ not in _NAME_TAGS:
        return None
    mention = ctx.actor_at.get(i)
    head = doc[i].head
    if mention is None and doc[i].dep_ == "compound" and head.i > i and head.tag_ in _NAME_TAGS:
        mention = ctx.actor_at.get(head.i)
    return mention if mention is not None and mention.actor_id else None
