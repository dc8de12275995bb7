"""Let the model read a name written like an everyday word as a name: "IS" for the Islamic State.

The small model reads the norm "is" of "IS" as the verb: "the army shelled IS fighters" gets
"IS" as a clause of its own with "fighters" its complement, "IS withdrew from the town" a
passive with no subject, "with IS withdrawing" an auxiliary. Every rule that looks for a
subject or an object then finds none, and the act loses its side. Before the tagger and the
parser (which read a token's norm), such a name is given the norm of a spelling of the same
name that the model reads as one ("daesh"); its text, and so every offset, is unchanged. The
names come from the actor knowledge base (``phrases.yaml``: ``names_read_as_words``).

A run of capitals ("WHAT IS HAPPENING" in a headline) keeps the word: there "IS" is the verb.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
from typing import Any

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "frontwatch_name_words"
_HEADING_WORD = 3  # letters: a neighbour this long in capitals makes a heading, not a name


class NameWords:
    """Gives each name written like a word (an exact spelling) the norm of its full name."""

    def __init__(self, norms: dict[str, str]) -> None:
        self.norms = {name: spelled.lower() for name, spelled in norms.items()}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.norms:
            return doc
        orths = doc.to_array([ORTH]).reshape(-1)
        wanted = numpy.array([doc.vocab.strings.add(n) for n in self.norms], dtype="uint64")
        for i in numpy.flatnonzero(numpy.isin(orths, wanted)):
            token = doc[int(i)]
            if not _in_capitals(token):
                token.norm_ = self.norms[token.text]
        return doc


def _in_capitals(token: Token) -> bool:
    """Whether a word next to the token is written in capitals too: a heading's words."""
    doc = token.doc
    neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    return any(
        n.is_alpha and n.is_upper and len(n.text) >= _HEADING_WORD for n in neighbours
    )


@Language.factory(NAME, default_config={"norms": {}})
def make_name_words(nlp: Language, name: str, norms: dict[str, Any]) -> NameWords:
    return NameWords({str(k): str(v) for k, v in norms.items()})
