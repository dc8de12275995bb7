"""Serve while watching: the browser UI and API on a thread of the watcher's own process.

DuckDB lets one process write a file; other processes cannot even read it meanwhile. So
``watch --serve`` runs uvicorn in a thread here and gives the app a cursor on the watcher's
own database (:meth:`frontwatch.store.Store.reader`): each request reads the last committed
state, and the watcher's commits are short (one poll each), so neither waits on the other.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import uvicorn

from frontwatch.serve import create_app
from frontwatch.store import Store


@dataclass
class LiveServer:
    server: uvicorn.Server
    thread: threading.Thread
    reader: Store

    def stop(self, wait_s: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(wait_s)
        self.reader.close()


def serve_in_thread(store: Store, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
                    start_timeout_s: float = 30.0) -> LiveServer:
    """Start the UI over ``store`` (the watcher's handle) and return once it accepts requests."""
    reader = store.reader()
    app = create_app(store.path, bind_host=host, store=reader)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off"))
    thread = threading.Thread(target=server.run, name="frontwatch-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            reader.close()
            raise RuntimeError(f"the web server did not start on {host}:{port} (port in use?)")
        time.sleep(0.05)
    return LiveServer(server, thread, reader)


def bound_port(live: LiveServer) -> int:
    """The port actually listened on (useful with port 0)."""
    sockets = [s for server in live.server.servers for s in server.sockets]
    return int(sockets[0].getsockname()[1])
