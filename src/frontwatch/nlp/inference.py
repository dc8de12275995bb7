"""The models' layers as prediction alone needs them: thinc's floats for less work.

* Maxout: thinc's forward also records which piece won at every output (for its
  backprop) in a per-element C loop that costs about a quarter of the layer's matrix
  product. The best piece is the same float (a comparison rounds nothing; a later piece
  wins only when strictly greater, as in thinc), found with numpy's vector loops. The
  weight rows are put in piece-major order once (each row, and so each product, is the
  same sum; some BLAS kernels round it by its place, as below), so each piece's outputs
  lie side by side in memory and the comparisons read them in one sweep instead of with
  a stride. Where the pieces' plain maximum holds no NaN and no zero it is that same
  float (``plain_maximum``), found in a pass per piece: the masked path is for the rest.
* Embedding: a token's first vector (hash embeddings of its norm, prefix, suffix,
  shape..., mixed by a maxout and a layer norm) depends on those attributes alone, and
  a batch of news holds about five tokens per distinct row of them: each distinct row
  is embedded once and the vectors copied to its tokens. BLAS may round a row
  differently by how many rows share the product (OpenBLAS's Haswell kernels do, on an
  AMD EPYC: stock thinc's vectors for one doc move by about 2e-6 from one batch to
  another), so the vectors agree with the whole batch's within that rounding and the
  annotations token for token (both tested); a batch of few distinct rows is embedded
  whole, as stock does (gemv for one row, other kernels for two to four).
* Layer norm: thinc finds each row's mean twice (``mean``, then ``var`` again) and its
  deviations twice; they are found once, with the same numpy steps in the same order
  (the last ones in place, into the deviations' own array).

FrontWatch only predicts; a run that tried to train through these layers gets an error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import numpy
from spacy.language import Language
from thinc.layers import layernorm, maxout

from frontwatch.errors import FrontWatchError
from frontwatch.nlp.batched import distinct_row_index


class PredictionOnly(FrontWatchError):
    """A model set up for prediction was asked for gradients."""

    hint = "train on a pipeline loaded with spacy.load, not FrontWatch's load_nlp"


# below this many distinct rows BLAS may take other kernels than for the whole batch
_FEWEST_DISTINCT_ROWS = 64
_EMBEDDING_LAYERS = ("extract_features", "list2ragged", "ragged2list")  # first, second, last


def use_predicting_layers(nlp: Language) -> int:
    """Point the maxout and embedding layers of the pipeline's models at their
    prediction-only forwards; returns how many layers were changed."""
    changed = 0
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node._func is maxout.forward:
                node._func = partial(predict_maxout, layout=PieceMajor())
            elif node._func is layernorm.forward:
                node._func = predict_layernorm
            elif _is_embedding(node):
                node._func = predict_embedding
            else:
                continue
            changed += 1
    return changed


def _is_embedding(node: Any) -> bool:
    """spaCy's MultiHashEmbed: features, to ragged, hash embeddings, mixer, to list."""
    names = [layer.name for layer in node.layers]
    return len(names) == 5 and (names[0], names[1], names[-1]) == _EMBEDDING_LAYERS


def predict_embedding(model: Any, docs: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """Each doc's token vectors, every distinct row of token features embedded once."""
    features, _to_ragged, embed, mix, _to_list = model.layers
    keys = features.predict(docs)
    lengths = [len(rows) for rows in keys]
    if not sum(lengths):
        return [model.ops.alloc2f(0, model.get_dim("nO")) for _doc in docs], _no_backprop
    rows = numpy.concatenate(keys)
    first, inverse = distinct_row_index(rows)
    if len(first) < _FEWEST_DISTINCT_ROWS:
        vectors = mix.predict(embed.predict(rows))
    else:
        vectors = mix.predict(embed.predict(rows[first]))[inverse]
    return numpy.split(vectors, numpy.cumsum(lengths)[:-1]), _no_backprop


def predict_layernorm(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's layer norm, each row's mean and deviations found once."""
    mean = X.mean(axis=1, keepdims=True)
    deviations = X - mean
    squares = numpy.multiply(deviations, deviations)
    variance = numpy.add.reduce(squares, axis=1, keepdims=True) / X.shape[1] + 1e-08
    deviations *= variance ** (-1.0 / 2.0)  # the same products, in place: no array made
    deviations *= model.get_param("G")
    deviations += model.get_param("b")
    return deviations, _no_backprop


class PieceMajor:
    """A maxout's weights and bias with the rows of each piece together, made once per
    weights (a layer given new weights gets them reordered again)."""

    __slots__ = ("bias", "source", "weights")

    def __init__(self) -> None:
        self.source: tuple[Any, Any] = (None, None)
        self.weights: Any = None
        self.bias: Any = None

    def of(self, model: Any) -> tuple[Any, Any]:
        W, b = model.get_param("W"), model.get_param("b")
        if self.source[0] is not W or self.source[1] is not b:
            n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
            by_piece = W.reshape(n_out, n_pieces, n_in).transpose(1, 0, 2)
            self.weights = numpy.ascontiguousarray(by_piece).reshape(n_pieces * n_out, n_in)
            self.bias = numpy.ascontiguousarray(b.reshape(n_out, n_pieces).T).reshape(-1)
            self.source = (W, b)
        return self.weights, self.bias


def predict_maxout(
    model: Any, X: Any, is_train: bool, layout: PieceMajor | None = None
) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's maxout forward (same products, same bias), the best piece by ``first_best``."""
    n_out, n_pieces = model.get_dim("nO"), model.get_dim("nP")
    weights, bias = (layout or PieceMajor()).of(model)
    scores = model.ops.gemm(X, weights, trans2=True)
    scores += bias
    pieces = scores.reshape(scores.shape[0], n_pieces, n_out)
    return first_best([pieces[:, piece] for piece in range(n_pieces)]), _no_backprop


def first_best(pieces: list[Any]) -> Any:
    """The best piece as thinc's cpu_maxout picks it, ties to the earlier piece. For two or
    three pieces thinc folds from the last piece leftwards, an earlier piece winning unless
    the best after it is strictly greater (so an earlier NaN wins); for more, it goes left
    to right, a later piece winning only when strictly greater (a later NaN never wins).
    ``numpy.maximum`` would take the second of 0.0 and -0.0, and any NaN; where its best
    is neither a NaN nor a zero (``plain_maximum``) it is the same float, in fewer passes."""
    plain = plain_maximum(pieces)
    if plain is not None:
        return plain
    if len(pieces) in (2, 3):
        best = pieces[-1].copy()
        for piece in reversed(pieces[:-1]):
            _take_where(best, piece, numpy.logical_not(best > piece))
        return best
    best = pieces[0].copy()
    for piece in pieces[1:]:
        _take_where(best, piece, piece > best)
    return best


def plain_maximum(pieces: list[Any]) -> Any | None:
    """``numpy.maximum`` of the pieces when it is thinc's best at every output, else None.

    Where two pieces differ, both take the greater; where they tie, the tied floats are the
    same bits unless they are zeros of two signs; a NaN in any piece comes out as a NaN
    (``maximum`` passes it on). So a maximum holding no NaN and no zero is thinc's choice
    bit for bit: one pass per piece and two checks instead of a masked copy per piece."""
    if len(pieces) < 2:
        return None
    best = numpy.maximum(pieces[0], pieces[1])
    for piece in pieces[2:]:
        numpy.maximum(best, piece, out=best)
    if not best.size or numpy.isnan(best.min()) or not numpy.all(best):
        return None
    return best


def _take_where(best: Any, piece: Any, take: Any) -> None:
    """``best[take] = piece[take]`` by bits: numpy's masked copy (``copyto``, ``where``)
    branches on every element and mispredicts on scores, where the winner changes at
    random; xor and and through an all-ones mask take each float's bits unchanged,
    NaNs and signed zeros included, about five times faster on a batch's scores."""
    as_bits = numpy.dtype(f"i{best.dtype.itemsize}")
    bits, other = best.view(as_bits), piece.view(as_bits)  # best is a fresh contiguous copy
    mask = take.astype(as_bits)
    numpy.negative(mask, out=mask)  # True -> all ones, False -> zero
    differ = numpy.bitwise_xor(bits, other)
    differ &= mask
    bits ^= differ  # where taken: best ^ (best ^ piece) == piece


def _no_backprop(_gradient: Any) -> Any:
    raise PredictionOnly("FrontWatch's spaCy layers only predict: they keep nothing to train on")
