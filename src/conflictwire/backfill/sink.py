"""A backfill into the store (SQLite or PostgreSQL), in batches.

One transaction a partition holds its articles, its events (unclustered, listed in
`backfill_pending`), its errors and its row in `backfill_partitions`: a partition is wholly
committed or not at all. Articles, events, pending rows and change-log rows go in as one COPY
each (PostgreSQL; executemany on SQLite), as rows the workers built; the article rules are
`ingest`'s (the same URL and text, or the same text under another URL, adds nothing; a new
text at a known URL replaces the article and its events).

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
from conflictwire.backfill.engine import DocRows, PartitionResult
from conflictwire.store.db import Store, now
from conflictwire.store.ingest import _remove_article_events
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


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]], encoded: tuple[str, ...] = ()) -> None:
    """Many rows at once: COPY on PostgreSQL (an executemany there sends one statement a row,
    several times slower), executemany on SQLite. Same transaction as the caller's. `encoded`:
    JSON columns whose values are JSON text already (built on the workers)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        if encoded:
            rows = [{**r, **{c: json.loads(r[c]) for c in encoded}} for r in rows]
        conn.execute(table.insert(), rows)
        return
    cols = list(rows[0])
    as_json = {c for c in cols if isinstance(table.c[c].type, JSON) and c not in encoded}
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in as_json and row[c] is not None else row[c] for c in cols])


def _insert_articles(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert articles; their ids in order."""
    if conn.dialect.name != "postgresql":
        return list(conn.execute(articles.insert().returning(articles.c.id, sort_by_parameter_order=True),
                                 rows).scalars())
    # ids drawn from the table's own sequence, then one COPY: ids follow input order as ingest's do
    ids = [int(i) for i in conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, %(n)s)",
        {"n": len(rows)}).scalars()]
    _insert_many(conn, articles, [{"id": i, **r} for i, r in zip(ids, rows, strict=True)])
    return ids


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
            n_events = self._articles(conn, res)
            if res.errors:
                at = now()
                _insert_many(conn, backfill_errors, [
                    {"partition_key": part.key, "source": src, "reason": why, "at": at} for src, why in res.errors
                ])
            conn.execute(backfill_partitions.insert().values(
                key=part.key, kind=part.kind, path=part.path, start=part.start, stop=part.stop,
                digest=part.digest, docs=len(res.docs), events=n_events, errors=len(res.errors), committed_at=now(),
            ))
        return n_events

    def _articles(self, conn: Connection, res: PartitionResult) -> int:
        """ingest's article rules, decided for the whole partition with two look-ups: the same
        URL and text, or the same text under another URL, adds nothing; a new text at a known
        URL replaces the old article and its events."""
        a = articles.c
        urls = {d.article["canonical_url"] for d in res.docs if d.article["canonical_url"]}
        by_url: dict[str, tuple[int | None, str]] = {}
        if urls:
            by_url = {r.canonical_url: (r.id, r.text_hash) for r in conn.execute(
                select(a.id, a.canonical_url, a.text_hash).where(a.canonical_url.in_(urls)))}
        hashes = {r.text_hash for r in conn.execute(
            select(a.text_hash).where(a.text_hash.in_({d.article["text_hash"] for d in res.docs})))}
        keep: dict[str, tuple[DocRows, str]] = {}  # by canonical URL or text hash, in input order
        for d in res.docs:
            url, digest = d.article["canonical_url"], d.article["text_hash"]
            kind = "insert"
            if url and url in by_url:
                old_id, old_hash = by_url[url]
                if old_hash == digest:
                    continue
                if old_id is not None:  # stored earlier: its events go, its clusters are refreshed
                    _remove_article_events(conn, old_id)
                    conn.execute(delete(articles).where(a.id == old_id))
                keep.pop(url, None)  # (or earlier in this partition, not stored yet)
                kind = "update"
            elif digest in hashes:
                continue
            keep[url or digest] = (d, kind)
            hashes.add(digest)
            if url:
                by_url[url] = (None, digest)
        if not keep:
            return 0
        at = now()
        docs = list(keep.values())
        ids = _insert_articles(conn, [{**d.article, "ingested_at": at} for d, _ in docs])
        ev_rows: list[dict[str, Any]] = []
        pending: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for (d, kind), article_id in zip(docs, ids, strict=True):
            for i, ev in enumerate(d.events):
                row = dict(ev)
                event_id = f"{row.pop('base_id')}{article_id:x}"[:32]
                ev_rows.append({"id": event_id, "article_id": article_id, **row})
                pending.append({"event_id": event_id, "article_id": article_id, "idx": i})
            log.append({"at": at, "kind": kind, "cluster_id": None, "article_id": article_id,
                        "detail": {"doc_id": d.article["doc_id"], "events": len(d.events)}})
        _insert_many(conn, events, ev_rows, encoded=("evidence", "tolls"))
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
                rows = {r.id: {f: getattr(r, f) for f in EVENT_FIELDS}  # (not the evidence: unneeded)
                        for r in conn.execute(select(e.id, *[e[f] for f in EVENT_FIELDS]).where(e.id.in_(ids)))}
                self._write(conn, clu, [(b.article_id, b.event_id, rows[b.event_id]) for b in batch])
                conn.execute(delete(backfill_pending).where(p.event_id.in_(ids)))
                done += len(batch)

    def _members(self, cluster_id: str) -> list[Row]:
        """A stored cluster's reports, in the order refresh_cluster reads them."""
        assert self.conn is not None
        cols = [events.c[f] for f in EVENT_FIELDS]
        return [{f: getattr(r, f) for f in EVENT_FIELDS} for r in self.conn.execute(
            select(*cols).join(members, members.c.event_id == events.c.id).where(members.c.cluster_id == cluster_id))]

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
