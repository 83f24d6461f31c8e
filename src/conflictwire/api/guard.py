"""What a public server needs before any route runs: the API key checked and the request body
capped before the body is read, validation errors that never echo the input, and an `Allow`
header that names every method a path answers.

The key check here is the first of two: routes still declare their own (`writer`, `key_id`),
so that a route moved or added is never open by accident; this one only makes sure that a
client without a key cannot make the server read (and hold) a large body first.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.datastructures import Headers, QueryParams

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_SEQ = 2**53 - 1  # change and alert sequence numbers: exact in every JSON reader
MAX_COUNT = 10_000_000  # a fatality threshold no event reaches
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]*$"  # query words: no control characters (a NUL once matched every event)
NEED_KEY = "an API key is needed: Authorization: Bearer <key> (conflictwire keys create NAME)"


class Problem(BaseModel):
    """The body of every error answer."""

    detail: str | list[dict[str, Any]]


def bearer(authorization: str | None) -> str | None:
    """The key of an `Authorization: Bearer <key>` header; None for any other form."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token and " " not in token else None


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error answers a route can give."""
    said = {400: "malformed request", 401: NEED_KEY, 403: "this key's role may not do this (keys create NAME --role …)",
            404: "no such resource", 413: "request body over the cap",
            422: "invalid parameters or body", 429: "too many writes for this key (see Retry-After)"}
    return {code: {"model": Problem, "description": said[code]} for code in codes}


def content(*media: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for a 200 that can come in other media types than JSON."""
    schema = {"text/csv": {"type": "string"}, "application/atom+xml": {"type": "string"},
              "application/geo+json": {"type": "object"}}
    return {200: {"content": {m: {"schema": schema[m]} if m in schema else {} for m in media}}}


class RateLimit:
    """A token bucket per API key: `burst` writes at once, then `per_minute` a minute."""

    def __init__(self, per_minute: float, burst: int) -> None:
        self.rate, self.burst = per_minute / 60.0, float(burst)
        self.buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)
        self.lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when a write may go now, else the seconds until it may."""
        now = time.monotonic()
        with self.lock:
            tokens, when = self.buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.rate)
            if tokens >= 1:
                self.buckets[key] = (tokens - 1, now)
                return 0.0
            self.buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate > 0 else 3600.0


class Guard:
    """ASGI middleware: writes need a valid key before their body is read (401), keep to the
    key's rate (429 with Retry-After), and a body over `max_body` bytes is refused by its
    Content-Length or, without one, once it has grown past the cap (413). `public` lists the
    paths a write may reach without a key (those are not rate-limited by key)."""

    def __init__(self, app: ASGIApp, *, check_key: Callable[[str | None], bool], max_body: int,
                 public: frozenset[str] = frozenset(), private_reads: bool = False,
                 rate_limit: RateLimit | None = None) -> None:
        self.app, self.check_key, self.max_body = app, check_key, max_body
        self.public, self.private_reads, self.rate_limit = public, private_reads, rate_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.private_reads or scope["path"] not in self.public:
            token = bearer(headers.get("authorization")) or QueryParams(scope.get("query_string", b"")).get("key")
            if not self.check_key(token):
                await _answer(send, 401, NEED_KEY)
                return
            wait = self.rate_limit.take(token or "") if self.rate_limit else 0.0
            if wait > 0:
                await _answer(send, 429, "too many writes for this key: retry after the Retry-After seconds",
                              retry_after=math.ceil(wait))
                return
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _answer(send, 413, f"request body over the {_size(self.max_body)} cap")
            return
        received, started, refused = 0, False, False

        async def capped() -> Message:
            # over the cap: answer 413 now and tell the app the client is gone, so that it
            # stops reading (an exception here would be taken for a malformed body)
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body and not refused:
                    refused = True
                    if not started:
                        await _answer(send, 413, f"request body over the {_size(self.max_body)} cap")
                    return {"type": "http.disconnect"}
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is the answer
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, capped, sending)


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 else f"{n // 1024} KB"


async def _answer(send: Send, status: int, detail: str, retry_after: int | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# the dashboard loads only its own scripts, styles and data; nothing may frame it
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff",
                    "referrer-policy": "no-referrer", "x-frame-options": "DENY"}


def install(app: FastAPI) -> None:
    """Validation errors without the input they were given (a 20 MB body is not sent back),
    a 405's `Allow` that lists the methods of every route of the path, not the first's, and
    security headers on every answer (a CSP the dashboard's own assets pass; no CORS headers:
    other sites' pages cannot read the API unless a proxy in front of it is configured to)."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))[:300], "type": e.get("type")}
                  for e in exc.errors()[:20]]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.middleware("http")
    async def allow(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if response.status_code == 405:
            methods = sorted({m for rx, ms in _paths(app) if rx.fullmatch(request.url.path) for m in ms})
            if methods:
                response.headers["allow"] = ", ".join(methods)
        return response


def _paths(app: FastAPI) -> list[tuple[re.Pattern[str], set[str]]]:
    """Each documented path as a regex, with its methods (read from the OpenAPI document, the
    contract, so that Allow says what the document says)."""
    cached: list[tuple[re.Pattern[str], set[str]]] | None = getattr(app.state, "allow_paths", None)
    if cached is None:
        cached = [(re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))), {m.upper() for m in ops})
                  for path, ops in app.openapi().get("paths", {}).items()]
        app.state.allow_paths = cached
    return cached
