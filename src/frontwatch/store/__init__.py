"""Store: the DuckDB file, its versioned schema, and the queries the rest asks."""

from frontwatch.store.db import Store
from frontwatch.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]
