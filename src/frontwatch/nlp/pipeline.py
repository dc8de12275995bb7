"""Load the spaCy pipeline once per process, with knowledge-base patterns added.

The entity ruler runs before the statistical NER so that names the knowledge base
knows (actors, curated places) are tagged even where the small model misses them.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from frontwatch.errors import ModelNotInstalled
from frontwatch.nlp import backverbs, betweenpairs, infinitives, lemmas, namewords, tagmap
from frontwatch.nlp.docspans import entities, sentences
from frontwatch.nlp.inference import use_predicting_layers
from frontwatch.nlp.matmul import use_numpy_matmul
from frontwatch.nlp.possessive import GluedPossessiveTokenizer, name_stems
from frontwatch.nlp.text import text_of
from frontwatch.records import Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

RULER_NAME = "frontwatch_kb_ruler"
KB_RULER_FACTORY = "frontwatch_known_names_ruler"
_TOKENIZER_CACHE = 200_000  # whitespace-delimited chunks


def load_nlp(
    model: str,
    *,
    patterns: Iterable[dict[str, Any]] = (),
    name_norms: Mapping[str, str] | None = None,
    instruments: Iterable[str] = (),
) -> Language:
    """The named spaCy pipeline plus an entity ruler holding the given patterns, reading the
    names written like everyday words (``name_norms``: "IS") as the names they spell;
    ``instruments`` are the weapon and craft words no "between" party is (nlp/betweenpairs.py)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotInstalled(f"spaCy model {model!r} is not installed") from err
    if name_norms:
        nlp.add_pipe(namewords.NAME, first=True, config={"norms": dict(name_norms)})
    patterns = list(patterns)
    if patterns:
        _add_ruler(nlp, patterns)
    if "parser" in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe(infinitives.NAME, after="parser")
        nlp.add_pipe(backverbs.NAME, after=infinitives.NAME)
        nlp.add_pipe(betweenpairs.NAME, after=backverbs.NAME, config={"instruments": sorted(instruments)})
    use_memo_components(nlp)
    use_numpy_matmul(nlp)
    use_predicting_layers(nlp)
    return nlp


def use_memo_components(nlp: Language) -> None:
    """Swap the attribute ruler and lemmatizer for their memo versions (same output)."""
    for stock, memo in (("attribute_ruler", tagmap.NAME), ("lemmatizer", lemmas.NAME)):
        if stock in nlp.pipe_names:
            nlp.add_pipe(memo, after=stock)
            nlp.disable_pipe(stock)  # kept: the memo versions call it for unseen keys


def _add_ruler(nlp: Language, patterns: list[dict[str, Any]]) -> None:
    tokenizer: Tokenizer = nlp.tokenizer  # spaCy's, compiled: no stub, so Any to mypy
    stems, words = name_stems(patterns)
    # patterns go through the same possessive split as article text
    nlp.tokenizer = GluedPossessiveTokenizer(tokenizer, stems, words)
    ruler = cast(
        "EntityRuler",  # add_pipe is typed as returning any pipe component
        nlp.add_pipe(KB_RULER_FACTORY, name=RULER_NAME, before="ner"),
    )
    # The phrase matcher compares LOWER, a property of the words alone: the pattern docs
    # need the tokenizer only, not the tagger it ran before (a fifth of the ruler's load).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(patterns)
    # Tokenizing the patterns filled the tokenizer's bounded cache, so article text
    # would never be cached: empty it (the rules setter does) and give it more room.
    tokenizer.rules = tokenizer.rules
    tokenizer.max_cache_size = _TOKENIZER_CACHE


class KnownNamesRuler(EntityRuler):
    """spaCy's entity ruler, with the same matches found faster.

    Its check that it holds patterns is skipped: the check counts all ~38,000 of them
    again on every doc (a few ms each), and this ruler is only ever added with its
    patterns. Token patterns of one exact word (case-sensitive acronyms, ``{"ORTH":
    "ANA"}``) move from the token matcher, which tries each of them at every token, to
    a phrase matcher on ``ORTH``, which looks each token up once: the same matches, in
    a tenth of the time.
    """

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        self.exact_words = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for key, entries in self.token_patterns.items():
            words = [p[0]["ORTH"] for p in entries if _one_exact_word(p)]
            if not words:
                continue
            self.exact_words.add(key, [Doc(self.nlp.vocab, words=[word]) for word in words])
            if key in self.matcher:  # not when patterns are added a second time
                self.matcher.remove(key)
            if rest := [p for p in entries if not _one_exact_word(p)]:
                self.matcher.add(key, rest)
        # The phrase matcher keeps what it needs of the pattern docs (their LOWER ids); each
        # doc holds room for twenty tokens or more: the ~43,000 took ~150 MB of every
        # process. spaCy's ruler reads nothing of them but their text (``patterns``, the
        # labels, the count), so their texts are kept instead.
        self.phrase_patterns = defaultdict(list, {
            label: [PatternText(doc.text) for doc in docs] for label, docs in self.phrase_patterns.items()
        })

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches = [*self.phrase_matcher(doc), *self.exact_words(doc)]
        if len(self.matcher):
            matches += self.matcher(doc)
        # as EntityRuler.match: no empty spans, no duplicates, longest and earliest first
        found = {(key, start, end) for key, start, end in matches if start != end}
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def _require_patterns(self) -> None:
        return None


class PatternText(str):
    """A phrase pattern's text where spaCy's ruler kept its doc: it reads ``.text`` alone."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return str(self)


def _one_exact_word(pattern: Any) -> bool:
    return (
        isinstance(pattern, list) and len(pattern) == 1 and set(pattern[0]) == {"ORTH"}
        and isinstance(pattern[0]["ORTH"], str)
    )


@Language.factory(KB_RULER_FACTORY)
def make_known_names_ruler(nlp: Language, name: str) -> KnownNamesRuler:
    return KnownNamesRuler(nlp, name, phrase_matcher_attr="LOWER", overwrite_ents=True)


def sentences_of(doc: Any, article_id: str) -> list[Sentence]:
    """The doc's sentences as records with character offsets. A run of blanks (furniture such
    as a copyright line turned to spaces by ingest) is no sentence; indices stay the parse's."""
    text = text_of(doc)  # a slice of it is the sentence's text, without a join per token
    return [
        Sentence(article_id, i, sent.start_char, sent.end_char, text[sent.start_char : sent.end_char])
        for i, sent in enumerate(sentences(doc))
        if not text[sent.start_char : sent.end_char].isspace()
    ]


def other_mentions(doc: Any, article_id: str, *resolved: list[Mention]) -> list[Mention]:
    """spaCy entities that neither actor nor place resolution claimed (dates, numbers...)."""
    taken = {(m.start, m.end) for group in resolved for m in group}
    # an entity's sentence is the one its first token is in (as ``ent.sent``, which walks
    # the tokens to both ends of the sentence for every entity)
    sent_starts = [sent.start for sent in sentences(doc)]
    mentions = []
    for ent in entities(doc):
        if (ent.start_char, ent.end_char) in taken:
            continue
        mentions.append(
            Mention(
                article_id=article_id,
                sentence_index=bisect.bisect_right(sent_starts, ent.start) - 1,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
            )
        )
    return mentions
