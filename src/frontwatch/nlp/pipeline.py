"""Load the spaCy pipeline once per process, with knowledge-base patterns added.

The entity ruler runs before the statistical NER so that names the knowledge base
knows (actors, curated places) are tagged even where the small model misses them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language

from frontwatch.errors import ModelNotInstalled
from frontwatch.records import Sentence

RULER_NAME = "frontwatch_kb_ruler"


def load_nlp(model: str, *, patterns: Iterable[dict[str, Any]] = ()) -> Language:
    """The named spaCy pipeline plus an entity ruler holding the given patterns."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotInstalled(f"spaCy model {model!r} is not installed") from err
    patterns = list(patterns)
    if patterns:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=RULER_NAME,
            before="ner",
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
        )
        with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
            ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def sentences_of(doc: Any, article_id: str) -> list[Sentence]:
    """The doc's sentences as records with character offsets."""
    return [
        Sentence(article_id, i, sent.start_char, sent.end_char, sent.text)
        for i, sent in enumerate(doc.sents)
    ]
