"""Ingest: files, folders, feeds and stdin become Articles (or recorded failures)."""

from frontwatch.ingest.articles import article_id, build_article, iter_inputs
from frontwatch.ingest.dates import dateline_date, parse_metadata_date
from frontwatch.ingest.readers import ColumnMap

__all__ = ["ColumnMap", "article_id", "build_article", "dateline_date", "iter_inputs", "parse_metadata_date"]
