"""Loopback servers for the real-time tests and benches: a news site with an RSS feed whose
items are published on demand, and a webhook receiver that records (and can refuse) alerts.
Nothing leaves 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

PLACES = ["Mopti", "Djenné", "Ségou", "Gao", "Ménaka", "Bandiagara", "Douentza", "Niono", "Djibo", "Dori",
          "Ouahigouya", "Kaya", "Tillabéri", "Ayorou", "Ouallam", "Diffa", "Tahoua", "Sévaré", "Bourem", "Ansongo"]


def report(i: int) -> tuple[str, str, date]:
    """A short report of one distinct event: (title, text, event date). Events a week apart
    and twenty places apart never merge."""
    d = date(2024, 1, 1) + timedelta(days=7 * i)
    place, n = PLACES[i % len(PLACES)], 3 + i % 17
    text = (f"Gunmen killed {n} civilians in {place} on {d.strftime('%B')} {d.day}, {d.year}, local officials said. "
            "The attackers arrived on motorcycles and set fire to the market.")
    return f"Attack in {place}", text, d


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[_Server, str]:
    srv = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


@dataclass
class NewsSite:
    """/feed.xml lists the published items (newest first, ETag honoured); /a/N.html is item N."""

    published: list[int] = field(default_factory=list)
    page_hits: dict[int, float] = field(default_factory=dict)  # item -> first time its page was fetched
    feed_status: int = 200  # set to 500 to make the feed fail
    broken: bool = False  # serve a truncated, unparsable feed
    feed_requests: int = 0
    not_modified: int = 0

    def start(self) -> NewsSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/feed.xml":
                    site.feed_requests += 1
                    if site.feed_status != 200:
                        return self._send(site.feed_status, b"down", "text/plain")
                    body = site.feed_xml()
                    etag = '"' + hashlib.sha1(body).hexdigest() + '"'
                    if self.headers.get("If-None-Match") == etag:
                        site.not_modified += 1
                        return self._send(304, b"", "application/rss+xml", etag)
                    return self._send(200, body[: len(body) // 2] if site.broken else body, "application/rss+xml", etag)
                if self.path.startswith("/a/") and self.path.endswith(".html"):
                    i = int(self.path[3:-5])
                    site.page_hits.setdefault(i, time.time())
                    title, text, _ = report(i)
                    html = f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1><p>{escape(text)}</p></article></body></html>"
                    return self._send(200, html.encode(), "text/html; charset=utf-8")
                self._send(404, b"not found", "text/plain")

            def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self._srv, self.url = _serve(Handler)
        return self

    def feed_xml(self) -> bytes:
        items = "".join(
            f"<item><title>{escape(report(i)[0])}</title><link>{self.url}/a/{i}.html</link><guid>item-{i}</guid></item>"
            for i in reversed(self.published)
        )
        return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local news</title><link>{self.url}</link>{items}</channel></rss>'.encode()

    def stop(self) -> None:
        self._srv.shutdown()


@dataclass
class Receiver:
    """Records every POST: (time, headers, JSON body). Answers `status`, or 500 `fail_next` times."""

    received: list[tuple[float, dict[str, str], bytes]] = field(default_factory=list)
    status: int = 200
    fail_next: int = 0

    def start(self) -> Receiver:
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                if len(body) < length:
                    return  # the sender died mid-request (SIGKILLed): nothing was delivered
                status = rec.status
                if rec.fail_next > 0:
                    rec.fail_next -= 1
                    status = 500
                if status == 200:
                    rec.received.append((time.time(), dict(self.headers.items()), body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._srv, self.url = _serve(Handler)
        return self

    def alerts(self) -> list[dict[str, Any]]:
        return [json.loads(b) for _, _, b in self.received]

    def stop(self) -> None:
        self._srv.shutdown()
