"""What the server refuses before any route runs, and the headers every answer carries.

Read-only: only GET and HEAD (others 405), unless review mode gave a write token: then POST
too, but only with that token in the X-FrontWatch-Token header, a JSON body, and no Origin
but this server's own (403 otherwise: no other page can write through the reviewer's browser).
Bodies over 1 MB: 413. A Host header that is not
one we serve: 400 (stops DNS-rebinding pages from reading a server bound to 127.0.0.1).
Every answer gets a Content-Security-Policy without inline script, so text from a hostile
article could not run even if it reached the page as markup."""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from frontwatch.serve.errors import error_response

MAX_BODY_BYTES = 1_000_000
ALLOWED_METHODS = ("GET", "HEAD")
WRITE_METHODS = ("POST",)
TOKEN_HEADER = "x-frontwatch-token"
SAME_SITE_FETCHES = ("same-origin", "none")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


def allowed_hosts_for(bind_host: str, extra: Iterable[str] = ()) -> set[str]:
    """Hosts the Host header may name: loopback names, the bound address, and any extra."""
    hosts = set(LOOPBACK_HOSTS) | set(extra)
    if bind_host in ("0.0.0.0", "::"):  # the user asked to listen everywhere
        hosts.add("*")
    else:
        hosts.add(bind_host)
    return hosts


def _host_name(value: str) -> str:
    if value.startswith("["):  # [::1]:8000
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: refuse what a read-only local server never serves; add headers."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: Iterable[str], max_body: int = MAX_BODY_BYTES,
                 write_token: str | None = None) -> None:
        self.app = app
        self.write_token = write_token
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            status, message, headers = refusal
            await error_response(status, message, headers)(scope, receive, _with_headers(send))
            return
        if scope["method"] == "HEAD":  # answer as GET would, without the body
            scope, send = {**scope, "method": "GET"}, _without_body(send)
        await self.app(scope, receive, _with_headers(send))

    def _refusal(self, scope: Scope) -> tuple[int, str, dict[str, str]] | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = _host_name(headers.get("host", "")).lower()
        if "*" not in self.allowed_hosts and host not in self.allowed_hosts:
            return 400, f"host {host!r} is not served here", {}
        length = headers.get("content-length", "0").strip() or "0"
        if not length.isdigit():
            return 400, "bad Content-Length", {}
        if int(length) > self.max_body:
            return 413, f"request body over {self.max_body} bytes", {}
        if scope["method"] in WRITE_METHODS and self.write_token:
            return _write_refusal(headers, self.write_token)
        if scope["method"] not in ALLOWED_METHODS:
            return 405, f"method {scope['method']} not allowed: this server is read-only", {
                "Allow": ", ".join(ALLOWED_METHODS)}
        return None


def _write_refusal(headers: dict[str, str], token: str) -> tuple[int, str, dict[str, str]] | None:
    """Why a write is refused (CSRF: another origin, no or a wrong token; not JSON), or None."""
    host = headers.get("host", "")
    origin = headers.get("origin")
    if origin is not None and origin not in (f"http://{host}", f"https://{host}"):
        return 403, "writes from another origin are refused", {}
    if headers.get("sec-fetch-site", "same-origin") not in SAME_SITE_FETCHES:
        return 403, "writes from another site are refused", {}
    given = headers.get(TOKEN_HEADER, "")
    if not hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8")):
        return 403, "missing or wrong review token (X-FrontWatch-Token, printed when the server started)", {}
    if not headers.get("content-type", "").startswith("application/json"):
        return 415, "a write takes a JSON body (Content-Type: application/json)", {}
    return None


def _with_headers(send: Send) -> Send:
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return send_with_headers


def _without_body(send: Send) -> Send:
    async def send_headers_only(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body"):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return send_headers_only
