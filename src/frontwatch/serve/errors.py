"""One JSON error shape for every error the server returns: {"error": {"status", "message"}}.

Validation errors name the parameter at fault; unexpected errors say only that something
went wrong (the stack trace goes to the server log, never to the client)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("frontwatch.serve")


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """The shape of every error response."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((400, "Bad request"), (404, "Not found"), (422, "Invalid parameter"))
}


def error_response(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                        headers=dict(headers or {}))


def _validation_message(err: RequestValidationError) -> str:
    parts = []
    for problem in err.errors():
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem.get("msg")))
    return "; ".join(parts) or "invalid request"


async def _on_http_error(request: Request, err: Exception) -> JSONResponse:
    if not isinstance(err, StarletteHTTPException):
        raise err
    return error_response(err.status_code, str(err.detail), getattr(err, "headers", None))


async def _on_validation_error(request: Request, err: Exception) -> JSONResponse:
    if not isinstance(err, RequestValidationError):
        raise err
    return error_response(422, _validation_message(err))


async def _on_unexpected_error(request: Request, err: Exception) -> JSONResponse:
    log.exception("error serving %s", request.url.path)
    return error_response(500, "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected_error)
