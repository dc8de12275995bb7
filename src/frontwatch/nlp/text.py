"""A parsed doc's text, built once.

spaCy's ``Doc.text`` joins every token's text anew in Python on each read; the
resolution and extraction steps each need an article's whole text, so it is kept
on the doc the first time it is read (or when the parser already knows it).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

_TEXT_KEY = "frontwatch_text"


def text_of(doc: Any) -> str:
    """``doc.text``, computed at most once per doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = str(doc.text)
        doc.user_data[_TEXT_KEY] = text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Record ``text`` as the doc's text (the caller knows the doc was made from it)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def span_text(span: Any) -> str:
    """``span.text`` as a slice of its doc's kept text (``Span.text`` joins its tokens'
    texts anew on each read: the same characters, as a doc's text is its tokens')."""
    return text_of(span.doc)[span.start_char : span.end_char]
