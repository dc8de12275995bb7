"""Fast paths of the parse that must answer as the slow ones do (speed work changes no output):
the sentence gate read from the doc's word column, and the best maxout piece by ``maximum``."""

from __future__ import annotations

import numpy
import spacy
from thinc.api import NumpyOps

from frontwatch.nlp.gate import SentenceGate
from frontwatch.nlp.inference import first_best, plain_maximum

# my own sentences: cue words inflected, capitalised, repeated, at the start and the end
REPORTS = [
    "Rebels shelled the airport overnight, and the army fought back at dawn.",
    "The weather was mild in the north of the province on Tuesday.",
    "FIGHTING resumed near the bridge. Shelling continued. Nobody spoke.",
    "A convoy left the city. Witnesses said nothing else happened.",
    "fought",
    "",
]


def _gate() -> SentenceGate:
    irregular = {"fought": "fight", "shelled": "shell", "shelling": "shell", "resumed": "resume"}
    return SentenceGate({"fight", "shell", "resume"}, None, irregular)


def test_cues_before_opens_exactly_the_runs_passes_opens():
    nlp = spacy.blank("en")
    fast, slow = _gate(), _gate()
    for text in REPORTS:
        doc = nlp(text)
        before = fast.cues_before(doc)
        assert len(before) == len(doc) + 1
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                assert (before[end] > before[start]) == slow.passes(doc[start:end])


def test_cues_before_counts_each_cue_token():
    doc = spacy.blank("en")("Shelling, shelling and more shelling; then they fought.")
    assert _gate().cues_before(doc)[-1] == 4


def test_plain_maximum_is_thincs_choice_on_ordinary_scores():
    rng = numpy.random.default_rng(3)
    for count in (2, 3, 4):
        scores = rng.standard_normal((200, 9, count)).astype("float32")
        tied = rng.random((200, 9)) < 0.1  # exact ties of non-zero floats
        scores[:, :, -1][tied] = scores[:, :, 0][tied]
        pieces = [scores[:, :, piece] for piece in range(count)]
        expected, _which = NumpyOps().maxout(numpy.ascontiguousarray(scores))
        got = plain_maximum(pieces)
        assert got is not None
        assert numpy.array_equal(got.view("int32"), expected.view("int32"))


def test_plain_maximum_declines_nans_and_zeros_and_first_best_stays_thincs():
    rng = numpy.random.default_rng(4)
    for special in (numpy.nan, 0.0, -0.0):
        scores = rng.standard_normal((50, 4, 3)).astype("float32")
        scores[7, 2, :] = special  # every piece: the best itself is the special value
        scores[9, 1, 1] = -0.0 if special == 0.0 else special
        scores[9, 1, [0, 2]] = [0.0, -5.0] if special == 0.0 else [-1.0, -2.0]
        pieces = [scores[:, :, piece] for piece in range(3)]
        assert plain_maximum(pieces) is None
        expected, _which = NumpyOps().maxout(numpy.ascontiguousarray(scores))
        got = first_best(pieces)
        assert numpy.array_equal(got, expected, equal_nan=True)
        assert numpy.array_equal(numpy.signbit(got), numpy.signbit(expected))


def test_plain_maximum_leaves_one_piece_and_empty_scores_to_the_exact_path():
    assert plain_maximum([numpy.ones((3, 2), "float32")]) is None
    empty = numpy.zeros((0, 2), "float32")
    assert plain_maximum([empty, empty]) is None
