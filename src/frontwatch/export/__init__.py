"""Export: store tables and analyst formats written to files."""

from frontwatch.export.tables import TABLE_FORMATS, TABLE_QUERIES, export_table

__all__ = ["TABLE_FORMATS", "TABLE_QUERIES", "export_table"]
