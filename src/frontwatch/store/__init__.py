"""Store: the DuckDB file, its versioned schema, and the queries the rest asks (the only
package that talks to DuckDB: every SQL statement lives here)."""

from frontwatch.store.db import Store, StoreIOError
from frontwatch.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "StoreIOError"]
