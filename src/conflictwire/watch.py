"""The watcher: poll feeds and pages, ingest what is new, and deliver the alerts it causes.

Each feed is polled on its own interval with a conditional GET (ETag / Last-Modified). Every
new entry's page is fetched (at most one request a `politeness` period per host), extracted
and ingested in ONE transaction with the mark that the entry was seen, so a crash at any
point loses nothing and doubles nothing: an entry is either fully in the store, alerts
included, or it is read again on the next poll. A feed's validators are saved only after
its entries are, so a crash never leaves a 304 hiding an unread entry. A failing feed backs
off (doubling its interval up to an hour, or as the server's Retry-After says) and the others
go on.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import insert, select, update

from conflictwire.alerts.delivery import Deliverer
from conflictwire.alerts.outbox import NEW_ALERTS
from conflictwire.ingest.errors import InputError
from conflictwire.ingest.feeds import Entry, FeedConfig, WatchConfig, parse_feed
from conflictwire.ingest.fetch import Fetched, HTTPStatusError, fetch
from conflictwire.ingest.files import decode_bytes, looks_like_html, make_article
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest_article
from conflictwire.store.schema import feed_items, feeds

log = logging.getLogger("conflictwire.watch")
MAX_BACKOFF_S = 3600.0
ITEM_TRIES = 3  # a page that fails this many times in a row is recorded as failed, not retried


@dataclass
class FeedState:
    config: FeedConfig
    next_poll: float = 0.0
    failures: int = 0


@dataclass
class PollResult:
    status: int = 0  # HTTP status of the feed itself (304: nothing new)
    entries: int = 0
    ingested: int = 0
    alerts: int = 0
    failed: list[str] = field(default_factory=list)


class Watcher:
    def __init__(self, store: Store, config: WatchConfig, pipeline: Pipeline | None = None,
                 deliverer: Deliverer | None = None) -> None:
        self.store = store
        self.config = config
        self.pipeline = pipeline or Pipeline(include_candidates=True)  # the store keeps candidates, flagged
        self.deliverer = deliverer
        self.states = [FeedState(f) for f in config.feeds]
        self._last_hit: dict[str, float] = {}
        self._item_failures: dict[tuple[str, str], int] = {}
        self.stop = threading.Event()

    # -- the loop ----------------------------------------------------------------------------
    def run(self, once: bool = False) -> None:
        """Poll until `self.stop` is set (SIGTERM does it), or one round with `once`. Alerts
        are delivered by a worker thread meanwhile; `once` delivers what is due at the end."""
        worker_stop = threading.Event()
        worker = None
        if self.deliverer and not once:
            worker = threading.Thread(target=self.deliverer.run, args=(worker_stop,), name="delivery", daemon=True)
            worker.start()
        try:
            while not self.stop.is_set():
                for st in self.states:
                    if self.stop.is_set():
                        break
                    if once or st.next_poll <= time.time():
                        self._poll_safely(st)
                if once:
                    break
                self.stop.wait(max(0.0, min(s.next_poll for s in self.states) - time.time()))
        finally:
            worker_stop.set()
            NEW_ALERTS.set()  # wake the worker so it sees the stop
            if worker:
                worker.join(timeout=30)
        if once and self.deliverer:
            while self.deliverer.run_once():
                pass

    def _poll_safely(self, st: FeedState) -> None:
        try:
            res = self.poll(st.config)
            st.failures = 0
            st.next_poll = time.time() + st.config.interval
            if res.ingested or res.failed:
                log.info("%s: %d entries, %d ingested, %d alerts, %d failed", st.config.url, res.entries, res.ingested, res.alerts, len(res.failed))
        except Exception as e:  # one broken feed never stops the others
            st.failures += 1
            wait = min(st.config.interval * 2 ** st.failures, MAX_BACKOFF_S)
            if isinstance(e, HTTPStatusError) and e.retry_after and e.retry_after.isdigit():
                wait = max(wait, min(float(e.retry_after), MAX_BACKOFF_S))
            st.next_poll = time.time() + wait
            log.warning("%s: %s; retrying in %.1f s", st.config.url, e.reason if isinstance(e, InputError) else repr(e), wait)

    # -- one feed ----------------------------------------------------------------------------
    def poll(self, feed: FeedConfig) -> PollResult:
        """Poll one feed or page now; ingest what is new. Raises on a feed-level failure."""
        etag, modified = self._validators(feed.url)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        got = self._get(feed.url, headers)
        res = PollResult(status=got.status)
        if got.status == 304:
            return res
        if feed.kind == "page":
            res.entries = 1
            self._ingest(feed, None, self._article(feed, got, None), res)
        else:
            entries = parse_feed(feed.url, got.body)
            res.entries = len(entries)
            for entry in entries:
                if self.stop.is_set():
                    return res  # validators not saved: the rest is read on the next run
                self._entry(feed, entry, res)
        self._save_validators(feed.url, got)
        return res

    def _entry(self, feed: FeedConfig, entry: Entry, res: PollResult) -> None:
        if self._seen(feed.url, entry.key):
            return
        try:
            if feed.fetch_pages and entry.link:
                art = self._article(feed, self._get(entry.link, {}), entry)
            else:
                art = make_article(entry.link or feed.url, entry.content, kind="html", url=entry.link,
                                   published=entry.published, language=feed.language, country=feed.country)
        except InputError as e:
            tries = self._item_failures.get((feed.url, entry.key), 0) + 1
            self._item_failures[(feed.url, entry.key)] = tries
            if isinstance(e, HTTPStatusError):
                transient = e.status >= 500 or e.status == 429
            else:
                transient = e.reason.startswith(("fetch failed", "timed out"))
            if transient and tries < ITEM_TRIES:
                res.failed.append(str(e))
                return
            log.warning("giving up on %s: %s", entry.link, e)
            self._ingest(feed, entry, None, res, error=str(e))
            return
        self._ingest(feed, entry, art, res)

    def _article(self, feed: FeedConfig, got: Fetched, entry: Entry | None) -> Article:
        text = decode_bytes(got.url, got.body)
        html = "html" in got.content_type or looks_like_html(text)
        return make_article(got.url, text, kind="html" if html else "text", url=got.url,
                            published=entry.published if entry else None, language=feed.language, country=feed.country)

    def _ingest(self, feed: FeedConfig, entry: Entry | None, art: Article | None, res: PollResult, error: str | None = None) -> None:
        """The article, its events, its alerts and the entry's mark: one transaction."""
        with self.store.engine.begin() as conn:
            article_id = None
            if art is not None:
                done = ingest_article(conn, art, self.pipeline)
                article_id, res.alerts = done.article_id, res.alerts + done.alerts
                res.ingested += done.status != "unchanged"
            if entry is not None:
                conn.execute(insert(feed_items).values(feed_url=feed.url, item_key=entry.key, seen=time.time(),
                                                       article_id=article_id, error=error))
        if res.alerts:
            NEW_ALERTS.set()

    # -- HTTP, politely ----------------------------------------------------------------------
    def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        host = urlsplit(url).netloc.lower()
        wait = self._last_hit.get(host, 0.0) + self.config.politeness - time.time()
        if wait > 0:
            self.stop.wait(wait)
        try:
            return fetch(url, headers=headers, allow_private=self.config.allow_private)
        finally:
            self._last_hit[host] = time.time()

    # -- state in the store --------------------------------------------------------------------
    def _seen(self, feed_url: str, key: str) -> bool:
        with self.store.engine.connect() as conn:
            return conn.execute(select(feed_items.c.seen).where(feed_items.c.feed_url == feed_url, feed_items.c.item_key == key)).first() is not None

    def _validators(self, url: str) -> tuple[str | None, str | None]:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(feeds.c.etag, feeds.c.last_modified).where(feeds.c.url == url)).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def _save_validators(self, url: str, got: Fetched) -> None:
        h = {k.lower(): v for k, v in got.headers.items()}
        values = {"etag": h.get("etag"), "last_modified": h.get("last-modified"), "polled": time.time()}
        with self.store.engine.begin() as conn:
            if conn.execute(update(feeds).where(feeds.c.url == url).values(**values)).rowcount == 0:
                conn.execute(insert(feeds).values(url=url, **values))
