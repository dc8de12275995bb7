"""What every relation cue module shares: the pair a cue yields (kind, source, target,
trigger), the relation words of the lexicon, the side a subject names and the verb above
a token. Kept apart from extract/relcues.py so that the cue modules it calls
(extract/verbalbacking.py) can read them too; relcues.py re-exports them for its readers.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from frontwatch.extract.context import ArticleContext, actor_near
from frontwatch.extract.lexicon import get_lexicon
from frontwatch.nlp.treearrays import head_indices, labels_and_lowers
from frontwatch.nlp.wordtest import part_of_speech_in
from frontwatch.records import Mention

Pair = tuple[str, Mention, Mention, Any]


@cache  # the lexicon never changes within a process; this is on the hottest path
def words(key: str) -> frozenset[str]:
    return get_lexicon().relation_words(key)


def pair_of(
    kind: str, source: Mention | None, target: Mention | None, trigger: Any
) -> Iterator[Pair]:
    if source is not None and target is not None and source is not target:
        yield kind, source, target, trigger


def side_named(subj: Any | None, ctx: ArticleContext) -> Mention | None:
    """The actor a subject names; a subject pronoun ("it", "they") is indexed as the actor it
    stands for while the sentence's cues are read (``crossrefs``). A relative pronoun comes
    here already read as its noun (``relsubjects.acting_subject``)."""
    if subj is None:
        return None
    return actor_near(ctx, subj, depth=1)


def verb_above(tok: Any) -> Any:
    """The clause's verb above a token; a participle used as a preposition ("fires,
    including air support in support of Y") is no clause of its own. The climb reads the doc's lists: a Token only of the verb."""
    doc = tok.doc
    verbal = part_of_speech_in(doc, ("VERB", "AUX"))
    deps, heads = labels_and_lowers(doc)[0], head_indices(doc)
    i = tok.i
    while (not verbal[i] or deps[i] == "prep") and heads[i] != i:
        i = heads[i]
    return tok if i == tok.i else doc[i]


def name_in_words(name: str, start: int, sentence_index: int, ctx: ArticleContext) -> Mention | None:
    """The actor a name inside another word stands for ("U.S." of "U.S.-backed"), as a
    mention of its own; None when the KB knows no such name."""
    match = ctx.kb.resolve(name, label="ORG", date=ctx.published)
    if match is None:
        return None
    return Mention(
        article_id=ctx.article.id,
        sentence_index=sentence_index,
        start=start,
        end=start + len(name),
        text=name,
        label="ORG",
        actor_id=match.actor_id,
        resolution=match.method,
    )
