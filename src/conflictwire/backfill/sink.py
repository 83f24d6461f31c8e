"""A backfill into the store (SQLite or PostgreSQL), in batches.

One transaction a partition holds its articles, its events (unclustered, listed in
`backfill_pending`), its errors and its row in `backfill_partitions`: a partition is wholly
committed or not at all. Articles, events, pending rows and change-log rows go in as one
multi-row insert each; the article rules are `ingest`'s (the same URL and text, or the same
text under another URL, adds nothing). A partition with a corrected article (a known URL, a
new text) takes `ingest_article` one article at a time instead, which replaces its events.

The de-duplication pass then clusters the pending events in the order `ingest` would have
(article id, then rank in the report) with the store's rules, over an in-memory index of the
clusters (backfill/clusterer.py), batch by batch: each batch writes its clusters, members and
change log and removes its pending rows in one transaction, so an interrupted pass resumes.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, delete, func, select

from conflictwire.backfill.clusterer import Clusterer, Row
from conflictwire.backfill.engine import PartitionResult
from conflictwire.store.db import Store, now
from conflictwire.store.ingest import _event_row, canonical_url, ingest_article, text_hash
from conflictwire.store.schema import (
    EVENT_FIELDS,
    articles,
    backfill_errors,
    backfill_partitions,
    backfill_pending,
    changes,
    clusters,
    events,
    members,
)

DEDUP_BATCH = 2000  # events clustered per transaction in the pass


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Many rows at once: COPY on PostgreSQL (an executemany there sends one statement a row,
    several times slower), executemany on SQLite. Same transaction as the caller's."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    cols = list(rows[0])
    as_json = {c for c in cols if isinstance(table.c[c].type, JSON)}
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in as_json and row[c] is not None else row[c] for c in cols])


class StoreSink:
    def __init__(self, store: Store) -> None:
        self.store = store

    def committed(self) -> set[str]:
        with self.store.engine.connect() as conn:
            return {r.key for r in conn.execute(select(backfill_partitions.c.key))}

    def commit(self, res: PartitionResult) -> int:
        """Store the partition's articles and events (no alerts: old news pages no one)."""
        part = res.part
        with self.store.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # no wait for the disk flush: a crash may lose the last partitions committed, but
                # never half of one, and a resumed run redoes whatever has no backfill_partitions row
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            n_events = self._bulk(conn, res)
            if n_events is None:
                n_events = self._one_by_one(conn, res)
            if res.errors:
                at = now()
                conn.execute(backfill_errors.insert(), [
                    {"partition_key": part.key, "source": src, "reason": why, "at": at} for src, why in res.errors
                ])
            conn.execute(backfill_partitions.insert().values(
                key=part.key, kind=part.kind, path=part.path, start=part.start, stop=part.stop,
                digest=part.digest, docs=len(res.docs), events=n_events, errors=len(res.errors), committed_at=now(),
            ))
        return n_events

    def _one_by_one(self, conn: Connection, res: PartitionResult) -> int:
        pending: list[dict[str, Any]] = []
        for art, found in res.docs:
            r = ingest_article(conn, art, None, alerts=False, found=found, defer_clustering=True)
            pending += [{"event_id": e, "article_id": r.article_id, "idx": i} for i, e in enumerate(r.event_ids)]
        if pending:
            conn.execute(backfill_pending.insert(), pending)
        return len(pending)

    def _bulk(self, conn: Connection, res: PartitionResult) -> int | None:
        """Multi-row inserts; None when an article corrects a known one (then one by one)."""
        keys = [(canonical_url(a.url), text_hash(a.text)) for a, _ in res.docs]
        urls = {u for u, _ in keys if u}
        a = articles.c
        by_url: dict[str, str] = {}
        if urls:
            by_url = {r.canonical_url: r.text_hash for r in conn.execute(
                select(a.canonical_url, a.text_hash).where(a.canonical_url.in_(urls)))}
        hashes = {r.text_hash for r in conn.execute(select(a.text_hash).where(a.text_hash.in_({h for _, h in keys})))}
        keep = []
        for (art, found), (url, digest) in zip(res.docs, keys, strict=True):
            if url and url in by_url:
                if by_url[url] != digest:
                    return None  # a corrected article: its old events must go, as ingest does
                continue
            if digest in hashes:
                continue  # the same text (a syndicated copy) adds nothing
            keep.append((art, found, url, digest))
            hashes.add(digest)
            if url:
                by_url[url] = digest
        if not keep:
            return 0
        at = now()
        ids = conn.execute(articles.insert().returning(a.id, sort_by_parameter_order=True), [
            {"doc_id": art.doc_id, "url": art.url, "canonical_url": url, "outlet": art.outlet, "published": art.published,
             "language": art.language, "text_hash": digest, "text": art.text, "ingested_at": at}
            for art, _, url, digest in keep
        ]).scalars().all()
        ev_rows: list[dict[str, Any]] = []
        pending: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for (art, found, _, _), article_id in zip(keep, ids, strict=True):
            for i, ev in enumerate(found):
                event_id = f"{ev.event_id}{article_id:x}"[:32]
                ev_rows.append({"id": event_id, "article_id": article_id, **_event_row(ev),
                                "evidence": {k: [s.model_dump() for s in v] for k, v in ev.evidence.items()},
                                "tolls": [t.model_dump() for t in ev.tolls]})
                pending.append({"event_id": event_id, "article_id": article_id, "idx": i})
            log.append({"at": at, "kind": "insert", "cluster_id": None, "article_id": article_id,
                        "detail": {"doc_id": art.doc_id, "events": len(found)}})
        if ev_rows:
            _insert_many(conn, events, ev_rows)
            _insert_many(conn, backfill_pending, pending)
        _insert_many(conn, changes, log)
        return len(ev_rows)

    # -- the one de-duplication pass ---------------------------------------------------------

    def dedup(self) -> int:
        """Cluster every pending event with what the store holds, as `ingest` would have."""
        with self.store.engine.connect() as conn:
            e, p = events.c, backfill_pending.c
            span = conn.execute(select(func.count(), func.min(e.event_date), func.max(e.event_date),
                                       func.count(e.event_date)).select_from(backfill_pending)
                                .join(events, e.id == p.event_id)).one()
        if not span[0]:
            return 0
        self.conn: Connection | None = None
        clu = Clusterer(self.store.engine.dialect.name == "postgresql", self._members)
        stmt = select(clusters)
        if span[3] == span[0]:  # every event dated: only clusters of that period can be candidates
            lo, hi = span[1] - timedelta(days=31), span[2] + timedelta(days=31)
            stmt = stmt.where(clusters.c.event_date.is_(None) | clusters.c.event_date.between(lo, hi))
        with self.store.engine.connect() as conn:
            clu.add_existing(dict(r._mapping) for r in conn.execute(stmt))  # the table's own order
        done = 0
        while True:
            with self.store.engine.begin() as conn:
                self.conn = conn
                batch = conn.execute(select(backfill_pending).order_by(p.article_id, p.idx).limit(DEDUP_BATCH)).all()
                if not batch:
                    return done
                ids = [b.event_id for b in batch]
                rows = {r.id: {f: getattr(r, f) for f in EVENT_FIELDS}
                        for r in conn.execute(select(events).where(e.id.in_(ids)))}
                self._write(conn, clu, [(b.article_id, b.event_id, rows[b.event_id]) for b in batch])
                conn.execute(delete(backfill_pending).where(p.event_id.in_(ids)))
                done += len(batch)

    def _members(self, cluster_id: str) -> list[Row]:
        """A stored cluster's reports, in the order refresh_cluster reads them."""
        assert self.conn is not None
        return [{f: getattr(r, f) for f in EVENT_FIELDS} for r in self.conn.execute(
            select(events).join(members, members.c.event_id == events.c.id).where(members.c.cluster_id == cluster_id))]

    def _write(self, conn: Connection, clu: Clusterer, batch: list[tuple[int, str, Row]]) -> None:
        at = now()
        mem: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for article_id, event_id, row in batch:
            placed = clu.place(event_id, row)
            mem.append({"event_id": event_id, "cluster_id": placed.cluster_id, "reason": placed.reason})
            kind, detail = ("insert", {"event_id": event_id}) if placed.new else (
                "merge", {"event_id": event_id, "reason": placed.reason})
            log.append({"at": at, "kind": kind, "cluster_id": placed.cluster_id, "article_id": article_id, "detail": detail})
        touched = clu.take_touched()
        new = [{"id": cid, **clu.fields[cid], "sources": clu.sources(cid), "updated_at": at}
               for cid, founded in touched.items() if founded]
        changed = [{"cid": cid, **{f"v_{f}": v for f, v in clu.fields[cid].items()}, "v_sources": clu.sources(cid)}
                   for cid, founded in touched.items() if not founded]
        if new:
            _insert_many(conn, clusters, new)
        if changed:
            values: dict[str, Any] = {f: bindparam(f"v_{f}") for f in [*EVENT_FIELDS, "sources"]}
            conn.execute(clusters.update().where(clusters.c.id == bindparam("cid")).values(**values, updated_at=at), changed)
        _insert_many(conn, members, mem)
        _insert_many(conn, changes, log)

    def errors(self) -> list[tuple[str, str]]:
        with self.store.engine.connect() as conn:
            return [(r.source, r.reason) for r in conn.execute(
                select(backfill_errors.c.source, backfill_errors.c.reason).order_by(backfill_errors.c.id))]
