"""The server's one store, shared by request threads one query at a time: read-only, or
writable in review mode (DuckDB then lets no other process open the file meanwhile).

A DuckDB connection is not safe to use from two threads at once; the server is a local
viewer, so a lock is simpler than a connection pool and fast enough."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fastapi import Request

from frontwatch.store.db import Store

T = TypeVar("T")
MACHINE_ONLY_VALUES = ("1", "true", "yes")


class StoreAccess:
    def __init__(self, db: str | Path, *, writable: bool = False, store: Store | None = None) -> None:
        """``store``: a handle already open in this process (``watch --serve`` reads the watcher's)."""
        self.store = store or Store(db, read_only=not writable, machine_only=False)
        self.writable = writable
        self.machine_only = False
        self._lock = threading.Lock()

    def run(self, question: Callable[[Store], T]) -> T:
        """Ask the store one question (a function of the store) under the lock."""
        with self._lock:
            self.store.set_machine_only(self.machine_only)
            return question(self.store)

    def machine_view(self) -> StoreAccess:
        """The same store and lock, answering with the machine's output alone (reviews ignored)."""
        view = copy.copy(self)
        view.machine_only = True
        return view

    def close(self) -> None:
        with self._lock:
            self.store.close()


def store_access(request: Request) -> StoreAccess:
    """FastAPI dependency: the app's StoreAccess; with ``?machine=1`` on any read, the machine's
    output alone (reviews are applied by default)."""
    access: StoreAccess = request.app.state.access
    if request.query_params.get("machine", "").lower() in MACHINE_ONLY_VALUES:
        return access.machine_view()
    return access
