"""Fast paths of the parse that must answer as the slow ones do (speed work changes no
output): the best maxout piece by ``numpy.maximum`` where that is thinc's choice."""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps

from frontwatch.nlp.inference import first_best, plain_maximum


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


def test_a_nan_in_a_losing_piece_still_declines():
    # the NaN is in no best: maximum passes it on, so the exact path decides
    scores = numpy.array([[[1.0, numpy.nan, 3.0]]], dtype="float32")
    pieces = [scores[:, :, piece] for piece in range(3)]
    assert plain_maximum(pieces) is None
    expected, _which = NumpyOps().maxout(scores)
    assert numpy.array_equal(first_best(pieces), expected, equal_nan=True)


def test_plain_maximum_leaves_one_piece_and_empty_scores_to_the_exact_path():
    assert plain_maximum([numpy.ones((3, 2), "float32")]) is None
    empty = numpy.zeros((0, 2), "float32")
    assert plain_maximum([empty, empty]) is None
