"""Fetch a URL with httpx: size and time caps, and refusal of private addresses (SSRF guard)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

import httpx

from conflictwire.ingest.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_S = 20.0
MAX_REDIRECTS = 5


def _check_host(url: str, allow_private: bool) -> None:
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


def fetch_url(url: str, *, allow_private: bool = False) -> tuple[bytes, str, str]:
    """GET a page: returns (body, content type, final URL). Redirects are followed by hand so
    every hop passes the address check."""
    current = url
    with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            _check_host(current, allow_private)
            try:
                with client.stream("GET", current, headers={"User-Agent": "conflictwire/0.1"}) as r:
                    if r.is_redirect:
                        location = r.headers.get("location")
                        if not location:
                            raise InputError(url, "redirect without a Location header")
                        current = str(httpx.URL(current).join(location))
                        continue
                    if r.status_code >= 400:
                        raise InputError(url, f"HTTP {r.status_code}")
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                        raise InputError(url, f"page over the {MAX_BYTES // 2**20} MB cap")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body.extend(chunk)
                        if len(body) > MAX_BYTES:
                            raise InputError(url, f"page over the {MAX_BYTES // 2**20} MB cap")
                    return bytes(body), r.headers.get("content-type", ""), current
            except httpx.TimeoutException as exc:
                raise InputError(url, f"timed out after {TIMEOUT_S:.0f} s") from exc
            except httpx.HTTPError as exc:
                raise InputError(url, f"fetch failed ({type(exc).__name__})") from exc
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")
