"""Repair the verb "back" that the small model reads as an adverb or a preposition.

"Russia and Iran back the Syrian government", "Egypt and the UAE back Haftar's forces":
after a plural or coordinated subject the model tags the bare present "back" as an adverb
("RB") or a preposition ("IN"), and often makes the subject's first name the sentence's
root with the backed side in apposition to it. No rule then sees a verb of backing, and
the tie, the commonest one analysts state, is lost. Two shapes are repaired here,
between the parser and the attribute ruler:

- "back" already governs a subject and a direct object: only its tag is wrong ("VBP");
- "back" hangs on a root name, with the backed side after it as the root's apposition
  or object, or as "back"'s own prepositional object: "back" becomes the root verb, the
  name its subject, that side its direct object, and what followed "back" on the name
  (a place phrase, the full stop) follows the verb.

An adverb "back" ("the rebels came back", "back in Aleppo") has neither shape: it governs
no subject, and no noun hangs on it or on the root name directly after it.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "frontwatch_back_verbs"
_WORD = "back"  # the only verb form so misread in news prose: "backs"/"backed" are tagged verbs
_MISREAD_TAGS = frozenset({"RB", "IN", "RP"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "NNS"})
_BACKED_DEPS = frozenset({"appos", "dobj", "pobj", "npadvmod"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def repair_back_verbs(doc: Doc) -> Doc:
    """Make each misread present "back" with a subject and a backed side a verb."""
    if not len(doc):
        return doc
    lowers = doc.to_array([LOWER]).reshape(-1)  # one array read: no per-token Python work
    for i in numpy.flatnonzero(lowers == doc.vocab.strings.add(_WORD)):
        tok = doc[int(i)]
        if tok.tag_ not in _MISREAD_TAGS:
            continue
        deps = {c.dep_ for c in tok.children}
        if "nsubj" in deps and "dobj" in deps:
            tok.tag_ = "VBP"
        else:
            _raise_to_root(tok)
    return doc


def _raise_to_root(back: Token) -> None:
    """ "Moscow and Tehran back Assad's forces" parsed with "Moscow" as root: rebuild the
    clause around "back" when the root is a name before it and a noun follows it."""
    root = back.head
    if root.dep_ != "ROOT" or root.i > back.i or root.tag_ not in _NAME_TAGS:
        return
    backed = _backed_side(back, root)
    if backed is None:
        return
    back.tag_ = "VBP"
    back.head = back
    back.dep_ = "ROOT"
    root.head = back
    root.dep_ = "nsubj"
    backed.head = back
    backed.dep_ = "dobj"
    for later in [c for c in root.children if c.i > back.i]:
        later.head = back


def _backed_side(back: Token, root: Token) -> Token | None:
    """The first noun after "back" hanging on it or on the root name with no word of its
    own between them: the root's apposition or object, or "back"'s object."""
    for cand in sorted((*back.children, *root.children), key=lambda t: t.i):
        if cand.i > back.i and cand.dep_ in _BACKED_DEPS and cand.tag_ in _NOUN_TAGS:
            return cand
    return None


@Language.component(NAME)
def back_verbs(doc: Doc) -> Doc:
    return repair_back_verbs(doc)
