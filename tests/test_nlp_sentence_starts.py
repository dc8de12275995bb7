"""The staged parser's sentence starts, found with arrays, are spaCy's Sentencizer's."""

import numpy
import spacy
from spacy.pipeline import Sentencizer

from frontwatch.nlp.staged import sentence_starts

TEXTS = (
    "Shelling resumed at dawn. Two brigades withdrew!! Did the convoy pass? \"No,\" he said.",
    "The talks (in Geneva...) stalled; envoys left.\n\nA new round opens on 3 May . . . maybe.",
    '"It is over." "Not yet," replied the commander. ... (AFP) Lt. Col. Haddad spoke.',
    "no punctuation at all in this line of copy",
    "!!! ??? ...",
    "Fighting in the south 。 Calm in the north ！ Reports vary ？ End",
    "",
    "   \n\t ",
)


def _stock_starts(sentencizer, doc):
    return [i for i, start in enumerate(sentencizer.predict([doc])[0]) if start]


def test_sentence_starts_are_the_sentencizers():
    nlp = spacy.blank("en")
    sentencizer = Sentencizer()
    ends = numpy.array(sorted(nlp.vocab.strings.add(p) for p in sentencizer.punct_chars), dtype="uint64")
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert sentence_starts(doc, ends) == _stock_starts(sentencizer, doc), text
