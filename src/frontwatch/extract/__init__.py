"""Extraction: events, actor relations and territorial control from a parsed article.

``extract_article`` is the one entry point the pipeline calls; it does no I/O beyond
reading the packaged lexicons once.
"""

from frontwatch.extract.article import extract_article
from frontwatch.extract.typeinfo import event_type_info

__all__ = ["event_type_info", "extract_article"]
