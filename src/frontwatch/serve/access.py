"""The server's one read-only store, shared by request threads one query at a time.

A DuckDB connection is not safe to use from two threads at once; the server is a local,
read-only viewer, so a lock is simpler than a connection pool and fast enough."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fastapi import Request

from frontwatch.store.db import Store

T = TypeVar("T")


class StoreAccess:
    def __init__(self, db: str | Path) -> None:
        self.store = Store(db, read_only=True)
        self._lock = threading.Lock()

    def run(self, question: Callable[[Store], T]) -> T:
        """Ask the store one question (a function of the store) under the lock."""
        with self._lock:
            return question(self.store)

    def close(self) -> None:
        with self._lock:
            self.store.close()


def store_access(request: Request) -> StoreAccess:
    """FastAPI dependency: the app's StoreAccess."""
    access: StoreAccess = request.app.state.access
    return access
