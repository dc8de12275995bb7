"""Measure FrontWatch against human-annotated data: re3d, FA-KES, PLOVER and real news.

Each evaluation reads the texts, runs the product on them, and only then reads the
annotations; it returns one dict of metrics (documented in ``METRICS.md``).
"""

from frontwatch.eval.fakes import evaluate_fakes
from frontwatch.eval.news import evaluate_news
from frontwatch.eval.plover import evaluate_plover
from frontwatch.eval.re3d import evaluate_re3d

__all__ = ["evaluate_fakes", "evaluate_news", "evaluate_plover", "evaluate_re3d"]
