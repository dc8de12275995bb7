"""The FastAPI application: the REST API, the browser page, and offline API docs.

`create_app(db)` opens the store read-only and returns the app; `frontwatch serve` runs it
with uvicorn. Everything the page loads comes from this server (static/ and static/vendor/,
the latter filled from npm by scripts/install_frontend.sh)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from frontwatch import __version__
from frontwatch.serve import assets
from frontwatch.serve.access import StoreAccess
from frontwatch.serve.alerts import alerts_router
from frontwatch.serve.api import router
from frontwatch.serve.errors import install_error_handlers
from frontwatch.serve.guard import Guard, allowed_hosts_for
from frontwatch.serve.review import review_router
from frontwatch.settings import load_settings
from frontwatch.store.db import Store

DOCS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FrontWatch API</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>"""
DOCS_MISSING = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FrontWatch API</title>
</head><body><h1>FrontWatch API</h1><p>The interactive docs are not installed ({assets.INSTALL_HINT}).
The OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>"""


def create_app(db: str | Path, *, bind_host: str = "127.0.0.1", allowed_hosts: Iterable[str] = (),
               review_token: str | None = None, review_overlay: str | Path | None = None,
               store: Store | None = None) -> FastAPI:
    """The server for one store file, opened now (a missing file fails here): read-only, or with
    ``review_token`` writable by reviews that carry it (see :mod:`frontwatch.serve.guard`); names
    taught in review go to ``review_overlay`` (default: the ``review_overlay`` setting); ``store``:
    a handle already open in this process (``frontwatch watch --serve`` reads while it writes)."""
    access = StoreAccess(db, writable=review_token is not None, store=store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(title="FrontWatch", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Events, actor relations and territorial control extracted from news, "
                              "each with the sentence that states it. Read-only unless started with "
                              "`--review`: then reviews may be written with the printed token.")
    app.state.access = access
    app.state.review_overlay = Path(review_overlay or load_settings().review_overlay)
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(review_router)
    app.include_router(alerts_router)
    _add_pages(app)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts_for(bind_host, allowed_hosts), write_token=review_token)
    return app


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=assets.STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(assets.STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE if assets.vendor_installed(assets.DOCS_FILES) else DOCS_MISSING)
