"""Ingest: store articles, their events and the clusters the events join; idempotent.

The same article twice (same canonical URL with the same text, or the same normalised text)
adds nothing. A changed article at a known URL replaces its events; the change log records
every insert, update, merge and delete so that consumers can follow a living dataset.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import InterfaceError, OperationalError

from conflictwire.alerts.escalation import enqueue_escalations
from conflictwire.alerts.outbox import NEW_ALERTS, ClusterChange, enqueue
from conflictwire.dedup.cluster import Context, Window, choose, reconcile
from conflictwire.ingest.errors import InputError
from conflictwire.model import Article, Event
from conflictwire.pipeline import Pipeline
from conflictwire.store.db import Store, now, worth_retrying
from conflictwire.store.schema import (
    EVENT_FIELDS,
    articles,
    backfill_pending,
    changes,
    clusters,
    corrections,
    events,
    members,
)

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|ref|source)=")


@dataclass
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)  # the clusters this run's events joined or founded


def canonical_url(url: str | None) -> str | None:
    """The URL an article is known by: lower-case host, no fragment, no tracking parameters,
    no trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not _TRACKING.match(p))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()


@dataclass
class ArticleResult:
    status: str  # new, updated, unchanged
    article_id: int | None
    events: int
    changes: list[ClusterChange]
    alerts: int


def ingest(
    store: Store, items: Iterable[Article | InputError], pipeline: Pipeline | None = None, *, alerts: bool = True,
) -> IngestSummary:
    """Store each article and its events; cluster the events with what the store holds; write
    the alerts they cause. One transaction an article."""
    pipeline = pipeline or Pipeline(include_candidates=True)  # the store keeps candidates, flagged
    summary = IngestSummary()
    for item in items:
        if isinstance(item, InputError):
            summary.failed += 1
            summary.errors.append(str(item))
            continue
        try:
            res = _ingest_retrying(store, item, pipeline, alerts)
        except (OperationalError, InterfaceError):
            raise  # the database itself is in trouble: stop, do not fail every article after it
        except Exception as exc:  # noqa: BLE001 one document nobody foresaw must not stop the others (rolled back)
            summary.failed += 1
            summary.errors.append(f"{item.doc_id}: not stored ({type(exc).__name__}: {exc})"[:500])
            continue
        if res.alerts:
            NEW_ALERTS.set()
        setattr(summary, res.status, getattr(summary, res.status) + 1)
        summary.events += res.events
        summary.clusters += [c.cluster_id for c in res.changes]
    return summary


def _ingest_retrying(store: Store, art: Article, pipeline: Pipeline, alerts: bool, attempts: int = 4) -> ArticleResult:
    """One article's transaction, run again (after 50, 100, 200 ms) when the database rolled it
    back for a conflict with another writer: two ingests at once on PostgreSQL can deadlock on
    the clusters they both touch, and neither article is to blame."""
    for attempt in range(attempts):
        try:
            with store.engine.begin() as conn:
                return ingest_article(conn, art, pipeline, alerts=alerts)
        except OperationalError as exc:
            if attempt + 1 == attempts or not worth_retrying(exc):
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def ingest_article(conn: Connection, art: Article, pipeline: Pipeline, *, alerts: bool = True) -> ArticleResult:
    """Ingest one article inside the caller's transaction (so that a caller can record more in
    it, such as a feed item being seen), alerts included unless `alerts=False` (historical
    reports, which must not page anyone)."""
    status, article_id, found = _ingest_one(conn, art, pipeline)
    sent = enqueue(conn, found) + enqueue_escalations(conn, found) if alerts else 0
    return ArticleResult(status, article_id, len(found), found, sent)


def _ingest_one(conn: Connection, art: Article, pipeline: Pipeline) -> tuple[str, int | None, list[ClusterChange]]:
    url = canonical_url(art.url)
    digest = text_hash(art.text)
    same = articles.c.canonical_url == url if url else articles.c.text_hash == digest
    old = conn.execute(select(articles.c.id, articles.c.text_hash).where(same)).first()
    if old is None and url:  # the same text under another URL (a syndicated copy) is no news
        old = conn.execute(select(articles.c.id, articles.c.text_hash).where(articles.c.text_hash == digest)).first()
    if old is not None and old.text_hash == digest:
        return "unchanged", old.id, []
    status = "new"
    reviewed: list[tuple[str, str]] = []
    if old is not None:
        reviewed = _reviewed_clusters(conn, old.id)
        _remove_article_events(conn, old.id)
        conn.execute(delete(articles).where(articles.c.id == old.id))
        status = "updated"
    inserted = conn.execute(articles.insert().values(
        doc_id=art.doc_id, url=art.url, canonical_url=url, outlet=art.outlet, published=art.published,
        language=art.language, text_hash=digest, text=art.text, ingested_at=now(),
    ))
    article_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    found = pipeline(art)
    # only a new version of an article can have had an event split out of a cluster: asked once
    split_from = _split_from(conn, url or digest, digest) if status == "updated" else set()
    changed = [_add_event(conn, article_id, art.published, ev, split_from, _refill(reviewed, ev)) for ev in found]
    _log(conn, "update" if status == "updated" else "insert", None, article_id, {"doc_id": art.doc_id, "events": len(found)})
    return status, article_id, changed


def _event_row(ev: Event) -> dict[str, Any]:
    row = {f: getattr(ev, f) for f in EVENT_FIELDS}
    row["weapons"] = list(ev.weapons)
    return row


def _add_event(conn: Connection, article_id: int, published: date | None, ev: Event,
               split_from: AbstractSet[str] = frozenset(), refill: str | None = None) -> ClusterChange:
    row = _event_row(ev)
    event_id = f"{ev.event_id}{article_id:x}"[:32]
    conn.execute(events.insert().values(
        id=event_id, article_id=article_id, **row,
        evidence={k: [s.model_dump() for s in v] for k, v in ev.evidence.items()},
        tolls=[t.model_dump() for t in ev.tolls],
    ))
    joined: str | None
    if refill is not None:  # the new version of a report whose event an analyst reviewed
        joined, reason = refill, "a new version of a report an analyst reviewed this event from"
    else:
        joined, reason = choose({**row, "article_id": article_id, "published": published},
                                _candidates(conn, row, article_id, split_from))
    if joined is None:
        cluster_id = event_id
        conn.execute(clusters.insert().values(id=cluster_id, **row, sources=1, updated_at=now()))
        conn.execute(members.insert().values(event_id=event_id, cluster_id=cluster_id, reason=reason))
        _log(conn, "insert", cluster_id, article_id, {"event_id": event_id, "fields": field_diff({}, row)})
        return ClusterChange(cluster_id, "new", None, (row["fatalities"], row["fatalities_low"], row["fatalities_high"]))
    cluster_id = joined
    toll_before = _toll(conn, cluster_id)
    conn.execute(members.insert().values(event_id=event_id, cluster_id=cluster_id, reason=reason))
    diff = refresh_cluster(conn, cluster_id)
    _log(conn, "merge", cluster_id, article_id, {"event_id": event_id, "reason": reason, "fields": diff})
    return ClusterChange(cluster_id, "source", toll_before, _toll(conn, cluster_id))


def _reviewed_clusters(conn: Connection, article_id: int) -> list[tuple[str, str]]:
    """The clusters of an article's events that an analyst reviewed or corrected, with the
    event type the extractor gave each event, in the article's order."""
    rows = conn.execute(
        select(members.c.cluster_id, events.c.event_type, clusters.c.review)
        .join(events, events.c.id == members.c.event_id).join(clusters, clusters.c.id == members.c.cluster_id)
        .where(events.c.article_id == article_id).order_by(events.c.id)).all()
    ids = [r.cluster_id for r in rows]
    locked = {c for (c,) in conn.execute(select(corrections.c.cluster_id).where(corrections.c.cluster_id.in_(ids)))}
    return [(r.cluster_id, r.event_type) for r in rows if r.review or r.cluster_id in locked]


def _refill(reviewed: list[tuple[str, str]], ev: Event) -> str | None:
    """The reviewed cluster a re-extracted event goes back to: the first left of its type
    (each taken once). An analyst's work binds the event, not the version of the report."""
    for i, (cluster_id, event_type) in enumerate(reviewed):
        if event_type == ev.event_type:
            del reviewed[i]
            return cluster_id
    return None


def _toll(conn: Connection, cluster_id: str) -> tuple[int | None, int | None, int | None]:
    c = clusters.c
    row = conn.execute(select(c.fatalities, c.fatalities_low, c.fatalities_high).where(c.id == cluster_id)).one()
    return (row.fatalities, row.fatalities_low, row.fatalities_high)


def _candidates(conn: Connection, row: dict[str, Any], article_id: int,
                split_from: AbstractSet[str]) -> list[tuple[str, dict[str, Any], Context]]:
    """The clusters an event may join, in table order, each with what its reports say beyond
    its fields: the articles it holds (this article's own are never joined) and, for an
    undated cluster, the days its reports allow."""
    stmt = select(clusters)
    if row["country"]:
        stmt = stmt.where((clusters.c.country == row["country"]) | clusters.c.country.is_(None))
    if row["event_date"]:
        lo, hi = row["event_date"] - timedelta(days=31), row["event_date"] + timedelta(days=31)
        stmt = stmt.where(clusters.c.event_date.is_(None) | clusters.c.event_date.between(lo, hi))
    found = [dict(r._mapping) for r in conn.execute(stmt)]
    own = {r.cluster_id for r in conn.execute(
        select(members.c.cluster_id).join(events, events.c.id == members.c.event_id).where(events.c.article_id == article_id))}
    own |= split_from  # clusters an analyst split this article's event out of
    undated = [c["id"] for c in found if c["event_date"] is None]
    reports: dict[str, list[dict[str, Any]]] = {cid: [] for cid in undated}
    if undated:
        for r in conn.execute(
            select(members.c.cluster_id, events.c.event_date, events.c.time_precision, articles.c.published)
            .join(events, events.c.id == members.c.event_id).join(articles, articles.c.id == events.c.article_id)
            .where(members.c.cluster_id.in_(undated))
        ):
            reports[r.cluster_id].append(dict(r._mapping))
    return [(c["id"], c, Context(frozenset({article_id}) if c["id"] in own else frozenset(),
                                 Context.of(reports[c["id"]]).window if c["id"] in reports else Window()))
            for c in found]


def _split_from(conn: Connection, *keys: str) -> set[str]:
    """The clusters an event of this article (known by its URL, or its text) was split out of."""
    return {r.cluster_id for r in conn.execute(select(changes.c.cluster_id, changes.c.detail).where(changes.c.kind == "split"))
            if isinstance(r.detail, dict) and r.detail.get("article") in keys}


def refresh_cluster(conn: Connection, cluster_id: str) -> dict[str, list[Any]]:
    """Recompute a cluster's fields from its reports, then put back every field an analyst
    corrected (locked); drop it when no report is left, unless an analyst reviewed it.
    Returns the fields that changed, {field: [old, new]}."""
    rows: list[Mapping[str, Any]] = [dict(r._mapping) for r in conn.execute(
        select(events).join(members, members.c.event_id == events.c.id).where(members.c.cluster_id == cluster_id)
    )]
    current = conn.execute(select(clusters).where(clusters.c.id == cluster_id)).first()
    before = dict(current._mapping) if current is not None else {}
    locked = locked_fields(conn, cluster_id)
    if not rows:
        if locked or before.get("review"):  # an analyst's event outlives the reports it came from
            conn.execute(clusters.update().where(clusters.c.id == cluster_id).values(sources=0, updated_at=now()))
            return {}
        conn.execute(delete(clusters).where(clusters.c.id == cluster_id))
        _log(conn, "delete", cluster_id, None, {})
        return {}
    merged = reconcile(rows)
    values = {f: merged[f] for f in EVENT_FIELDS}
    values.update(locked)
    conn.execute(clusters.update().where(clusters.c.id == cluster_id).values(**values, sources=len(rows), updated_at=now()))
    return field_diff(before, values)


def locked_fields(conn: Connection, cluster_id: str) -> dict[str, Any]:
    """The fields an analyst corrected, at the analyst's values (dates as dates)."""
    out: dict[str, Any] = {}
    for r in conn.execute(select(corrections.c.field, corrections.c.value).where(corrections.c.cluster_id == cluster_id)):
        out[r.field] = date.fromisoformat(r.value) if r.field == "event_date" and r.value else r.value
    return out


def field_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for every event field that differs, as plain JSON values."""
    out = {}
    for f in EVENT_FIELDS:
        old, new = plain(before.get(f)), plain(after.get(f))
        if old != new:
            out[f] = [old, new]
    return out


def plain(value: Any) -> Any:
    """A field's value as JSON holds it (dates as ISO strings, tuples as lists)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _remove_article_events(conn: Connection, article_id: int) -> None:
    ids = [r.id for r in conn.execute(select(events.c.id).where(events.c.article_id == article_id))]
    conn.execute(delete(backfill_pending).where(backfill_pending.c.event_id.in_(ids)))  # a backfill's, unclustered
    touched = {r.cluster_id for r in conn.execute(select(members.c.cluster_id).where(members.c.event_id.in_(ids)))}
    conn.execute(delete(members).where(members.c.event_id.in_(ids)))
    conn.execute(delete(events).where(events.c.id.in_(ids)))
    for cluster_id in sorted(touched):
        diff = refresh_cluster(conn, cluster_id)
        if diff:
            _log(conn, "update", cluster_id, article_id, {"reason": "a report of it changed", "fields": diff})


def split(store: Store, cluster_id: str, event_id: str) -> str:
    """Undo a merge: the event leaves the cluster and founds its own. Returns the new id."""
    with store.engine.begin() as conn:
        member = conn.execute(select(members).where(members.c.event_id == event_id, members.c.cluster_id == cluster_id)).first()
        if member is None:
            raise KeyError(f"event {event_id} is not in cluster {cluster_id}")
        row = dict(conn.execute(select(events).where(events.c.id == event_id)).one()._mapping)
        art = conn.execute(select(articles.c.canonical_url, articles.c.text_hash).where(articles.c.id == row["article_id"])).one()
        new_id = f"s{event_id}"[:32]
        conn.execute(delete(members).where(members.c.event_id == event_id))
        values = {f: row[f] for f in EVENT_FIELDS}
        conn.execute(clusters.insert().values(id=new_id, **values, sources=1, updated_at=now()))
        conn.execute(members.insert().values(event_id=event_id, cluster_id=new_id, reason=f"split from {cluster_id}"))
        diff = refresh_cluster(conn, cluster_id)
        # the article is kept apart from this cluster for good: a corrected version of it, re-ingested
        # with new events, does not merge back by itself
        _log(conn, "split", cluster_id, row["article_id"], {"event_id": event_id, "new_cluster": new_id,
                                                            "article": art.canonical_url or art.text_hash, "fields": diff})
        _log(conn, "insert", new_id, row["article_id"], {"event_id": event_id, "reason": f"split from {cluster_id}",
                                                         "fields": field_diff({}, values)})
    return new_id


def _log(conn: Connection, kind: str, cluster_id: str | None, article_id: int | None, detail: dict[str, Any]) -> None:
    conn.execute(changes.insert().values(at=now(), kind=kind, cluster_id=cluster_id, article_id=article_id, detail=detail))
