"""The models' matrix products through numpy's BLAS, on one thread per process.

thinc multiplies with BLIS by default. On the machine measured (x86-64, AVX-512)
numpy's OpenBLAS does the same float32 products of the tagger, parser and NER in
about 60% of the CPU time, and the annotations come out the same (tags, heads,
labels, entities and lemmas of the sample's 43,000 tokens, token for token).
OpenBLAS would start a thread per core; one process is one core's work (more cores
are more worker processes), so its pool is held to one thread.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def use_numpy_matmul(nlp: Language) -> None:
    """Point every model of the pipeline at thinc's numpy ops without BLIS."""
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = ops
    threadpool_limits(limits=1, user_api="blas")
