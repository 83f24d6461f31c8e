"""Fetch a URL with httpx: size and time caps, and refusal of private addresses (SSRF guard)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from conflictwire.ingest.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_S = 20.0
MAX_REDIRECTS = 5


class HTTPStatusError(InputError):
    """An HTTP error answer; `retry_after` is the server's Retry-After header, if any."""

    def __init__(self, source: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(source, f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


def check_host(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(url, f"refused URL scheme {parts.scheme!r} (only http and https)")
    host = parts.hostname
    if not host:
        raise InputError(url, "URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise InputError(url, f"cannot resolve host {host!r}") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if (
            addr.is_private
            or addr.is_loopback
            or addr.is_link_local
            or addr.is_multicast
            or addr.is_reserved
            or addr.is_unspecified
        ):
            raise InputError(
                url, f"refused: {host} resolves to non-public address {addr} (--allow-private)"
            )


@dataclass
class Fetched:
    status: int  # 200, or 304 when a conditional GET found nothing new
    body: bytes
    content_type: str
    url: str  # after redirects
    headers: dict[str, str] = field(default_factory=dict)


def fetch_url(url: str, *, allow_private: bool = False) -> tuple[bytes, str, str]:
    """GET a page: returns (body, content type, final URL)."""
    got = fetch(url, allow_private=allow_private)
    return got.body, got.content_type, got.url


def fetch(url: str, *, headers: dict[str, str] | None = None, allow_private: bool = False,
          timeout: float = TIMEOUT_S) -> Fetched:
    """GET with caps; `headers` may make it conditional (If-None-Match, If-Modified-Since).
    Redirects are followed by hand so every hop passes the address check. `timeout` is the
    deadline of the whole fetch (every hop, every byte), not of each read: a server that
    drips a byte every few seconds is cut off when it is spent."""
    current = url
    sent = {"User-Agent": "conflictwire/0.1", **(headers or {})}
    deadline = time.monotonic() + timeout

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise InputError(url, f"timed out after {timeout:.0f} s")
        return remaining

    with httpx.Client(follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_host(current, allow_private)
            try:
                with client.stream("GET", current, headers=sent, timeout=left()) as r:
                    if r.status_code == 304:  # before redirects: httpx counts 304 among them
                        return Fetched(304, b"", "", current, dict(r.headers))
                    if r.is_redirect:
                        location = r.headers.get("location")
                        if not location:
                            raise InputError(url, "redirect without a Location header")
                        current = str(httpx.URL(current).join(location))
                        continue
                    if r.status_code >= 400:
                        raise HTTPStatusError(url, r.status_code, r.headers.get("retry-after"))
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                        raise InputError(url, f"page over the {MAX_BYTES // 2**20} MB cap")
                    body = bytearray()
                    with _cut_off_at(r, left()):
                        for chunk in r.iter_bytes():
                            left()
                            body.extend(chunk)
                            if len(body) > MAX_BYTES:
                                raise InputError(url, f"page over the {MAX_BYTES // 2**20} MB cap")
                    left()  # a body cut off at the deadline is no page
                    return Fetched(r.status_code, bytes(body), r.headers.get("content-type", ""), current, dict(r.headers))
            except httpx.TimeoutException as exc:
                raise InputError(url, f"timed out after {timeout:.0f} s") from exc
            except httpx.HTTPError as exc:
                left()  # the connection shut at the deadline: say so
                raise InputError(url, f"fetch failed ({type(exc).__name__})") from exc
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


@contextmanager
def _cut_off_at(response: httpx.Response, seconds: float) -> Iterator[None]:
    """Shut the response's socket when `seconds` have passed, so that a read blocked past the
    deadline returns (a per-read timeout alone would let it wait that long again)."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None

    def shut() -> None:
        try:
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed

    timer = threading.Timer(seconds, shut) if sock is not None else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    finally:
        if timer is not None:
            timer.cancel()
