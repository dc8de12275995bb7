"""Re-tag infinitives the tagger read as adjectives: "fought for days to clear T".

The small model tags "clear" (and "free") after "to" as an adjective in many clauses,
while its parser still gives the word the infinitive marker and a direct object. Every
later rule looks for a verb there (the capture, the assault, the purpose that makes the
capture an aim), so the word is re-tagged as a base-form verb before the attribute
ruler turns tags into parts of speech. Only a word with both "to" and a direct object is
re-tagged: "ready to fight", "able to hold T" keep their adjective. Likewise an
adjective joined to a verb and governing an object ("trained and armed the rebels") takes
the verb's tag.
"""

# No postponed annotations here: spaCy 3.8.7's config system (confection 0.1) reads the
# factory's annotations as types, and a string one fails to resolve.
import numpy
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc

NAME = "frontwatch_infinitive_adjectives"


def retag_infinitive_adjectives(doc: Doc) -> Doc:
    """Tag as "VB" each adjective that governs both an infinitive "to" and a direct object."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    rows = doc.to_array([TAG, DEP, HEAD, LOWER])  # string hashes: unsigned 64-bit
    heads = numpy.arange(len(doc)) + rows[:, 2].astype("int64")  # HEAD is relative
    adjective = rows[:, 0] == strings.add("JJ")
    to_marker = (rows[:, 1] == strings.add("aux")) & (rows[:, 3] == strings.add("to"))
    has_object = rows[:, 1] == strings.add("dobj")
    with_to = numpy.zeros(len(doc), dtype=bool)
    with_object = numpy.zeros(len(doc), dtype=bool)
    with_to[heads[to_marker]] = True
    with_object[heads[has_object]] = True
    for i in numpy.flatnonzero(adjective & with_to & with_object):
        doc[int(i)].tag_ = "VB"
    # "Turkey trained and armed the rebels": a conjunct of a verb that takes an object is a
    #   verb in the same form (an adjective has no object)
    joined = rows[:, 1] == strings.add("conj")
    for i in numpy.flatnonzero(adjective & joined & with_object):
        head = doc[int(i)].head
        if head.tag_ in _FINITE_OR_PARTICIPLE:
            doc[int(i)].tag_ = head.tag_
    return doc


_FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP"})


@Language.component(NAME)
def infinitive_adjectives(doc: Doc) -> Doc:
    return retag_infinitive_adjectives(doc)
