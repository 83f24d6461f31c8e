"""A backfill into the store (SQLite or PostgreSQL), in batches.

One transaction a partition holds its articles, its events, their clustering, its errors and
its row in `backfill_partitions`: a partition is wholly committed, clustered included, or not
at all. Articles, events, members and change-log rows go in as one COPY each (PostgreSQL;
executemany on SQLite), as rows the workers built; the article rules are `ingest`'s (the same
URL and text, or the same text under another URL, adds nothing; a new text at a known URL
replaces the article and its events, and the clusters they were in are recomputed).

The de-duplication is done as the partitions are committed, in the order `ingest` would have
(input order: article id, then rank in the report), with the store's rules, over an in-memory
index of the clusters (backfill/clusterer.py) that the driver keeps for the whole run: the
events are clustered from the rows in hand, not read back, and no pass is left for the end
(so it runs beside the extraction instead of after it). Stored clusters are read into the index
as the backfilled dates reach them, each with its place in the table, so that ties are broken
as `ingest` breaks them. `backfill_pending` lists events left unclustered by an interrupted
run of an earlier version: `dedup` clusters those.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, delete, literal_column, select

from conflictwire.backfill.clusterer import Clusterer, Row
from conflictwire.backfill.engine import DocRows, PartitionResult
from conflictwire.store.db import Store, now
from conflictwire.store.ingest import _remove_article_events, locked_fields
from conflictwire.store.schema import (
    EVENT_FIELDS,
    articles,
    backfill_errors,
    backfill_partitions,
    backfill_pending,
    changes,
    clusters,
    corrections,
    events,
    members,
)

DEDUP_BATCH = 2000  # pending events clustered per transaction by `dedup`
ANALYZE_AFTER = 1000  # articles added before PostgreSQL's statistics are first refreshed
ANALYZED = ("articles", "events", "members", "clusters")  # the tables a commit looks things up in
WINDOW = timedelta(days=31)  # store/ingest.py's _candidates: a month either side


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
    def __init__(self, store: Store, analyze_after: int = ANALYZE_AFTER) -> None:
        self.store = store
        self.analyze_after = analyze_after
        self.clu: Clusterer | None = None  # the run's clusters, built on the first commit
        self.span: tuple[date, date] | None = None  # dates of the stored clusters read into it (and undated ones)
        self.everything = False  # every stored cluster read
        self.started = False
        self.conn: Connection | None = None
        self.clustered = 0  # events placed by this run
        self.grown = 0  # articles added since PostgreSQL's statistics were refreshed
        self.known = 0  # articles the statistics knew of then

    def committed(self) -> set[str]:
        """Keys of the partitions committed (asked as a run starts: the index is read afresh)."""
        self._forget()
        with self.store.engine.connect() as conn:
            return {r.key for r in conn.execute(select(backfill_partitions.c.key))}

    def commit(self, res: PartitionResult) -> int:
        """Store and cluster the partition's articles and events (no alerts: old news pages
        no one)."""
        try:
            if not self.started:
                self.started = True
                self._pending()
            n_events = self._commit(res)
            self._refresh_statistics(len(res.docs))
            return n_events
        except BaseException:  # the index may hold what was rolled back: read it again next time
            self._forget()
            raise

    def _refresh_statistics(self, added: int) -> None:
        """ANALYZE the tables a commit searches each time they have doubled. A store filled by
        one backfill has no statistics until autovacuum's next round (a minute or more away):
        the planner then takes each partition's look-up of its URLs and text hashes for
        sequential scans of the articles, and every commit costs more than the one before
        (measured: 18 ms of the server's CPU at the start, 150 ms after 10,000 articles)."""
        if self.store.engine.dialect.name != "postgresql":
            return  # (SQLite's planner takes an index without statistics)
        self.grown += added
        if self.grown < max(self.analyze_after, self.known):
            return
        with self.store.engine.begin() as conn:
            for table in ANALYZED:
                conn.exec_driver_sql(f"ANALYZE {table}")
            self.known = int(conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE relname = 'articles'").scalar()
                             or 0)
        self.grown = 0

    def _commit(self, res: PartitionResult) -> int:
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
                    self._remove(conn, old_id)
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
        placing: list[tuple[int, str, Row]] = []
        log: list[dict[str, Any]] = []
        for (d, kind), article_id in zip(docs, ids, strict=True):
            for ev in d.events:
                row = dict(ev)
                event_id = f"{row.pop('base_id')}{article_id:x}"[:32]
                ev_rows.append({"id": event_id, "article_id": article_id, **row})
                placing.append((article_id, event_id, {**{f: row[f] for f in EVENT_FIELDS}, "article_id": article_id,
                                                       "published": d.article.get("published")}))
            log.append({"at": at, "kind": kind, "cluster_id": None, "article_id": article_id,
                        "detail": {"doc_id": d.article["doc_id"], "events": len(d.events)}})
        _insert_many(conn, events, ev_rows, encoded=("evidence", "tolls"))
        _insert_many(conn, changes, log)
        self._cluster(conn, placing)  # in input order, as ingest clusters each article's events
        return len(ev_rows)

    def _forget(self) -> None:
        """Drop the index (a new run, or a transaction rolled back after it changed)."""
        self.clu, self.span, self.everything, self.started, self.clustered = None, None, False, False, 0

    def _remove(self, conn: Connection, article_id: int) -> None:
        """ingest's removal of a replaced article's events, and the index told of the clusters
        it recomputed (or deleted)."""
        e, m = events.c, members.c
        touched = [r.cluster_id for r in conn.execute(select(m.cluster_id).distinct().join(events, e.id == m.event_id)
                                                      .where(e.article_id == article_id))]
        _remove_article_events(conn, article_id)
        if self.clu is None or not touched:
            return
        found = {r.id: r for r in conn.execute(select(clusters, self._order(conn)).where(clusters.c.id.in_(touched)))}
        for cid in touched:
            r = found.get(cid)
            self.clu.refreshed(cid, {f: getattr(r, f) for f in EVENT_FIELDS} if r is not None else None,
                               _place(r.place) if r is not None else (0,))

    # -- de-duplication ----------------------------------------------------------------------

    @staticmethod
    def _order(conn: Connection) -> Any:
        """A stored cluster's place in the table, the order a scan returns rows in."""
        return literal_column("ctid::text" if conn.dialect.name == "postgresql" else "clusters.rowid").label("place")

    def _read_clusters(self, conn: Connection, rows: list[Row]) -> Clusterer:
        """The index, with every stored cluster that can be a candidate for `rows` read in."""
        if self.clu is None:
            self.clu = Clusterer(conn.dialect.name == "postgresql", self._members)
        if self.everything:
            return self.clu
        c = clusters.c
        stmt = select(clusters, self._order(conn))
        dates = [r["event_date"] for r in rows]
        if None in dates:  # an undated event's candidates are of any date
            self.everything = True
        else:
            lo, hi = min(dates) - WINDOW, max(dates) + WINDOW
            if self.span is not None:
                if self.span[0] <= lo and hi <= self.span[1]:
                    return self.clu
                lo, hi = min(lo, self.span[0]), max(hi, self.span[1])
                old = self.span  # read only what is new (the rest is held, as it changed since)
                stmt = stmt.where(c.event_date.between(lo, hi) & ~c.event_date.between(*old))
            else:
                stmt = stmt.where(c.event_date.between(lo, hi) | c.event_date.is_(None))
            self.span = (lo, hi)
        found = conn.execute(stmt).all()
        self.clu.add_existing((dict(r._mapping) for r in found), (_place(r.place) for r in found))
        return self.clu

    def _cluster(self, conn: Connection, batch: list[tuple[int, str, Row]]) -> None:
        if not batch:
            return
        clu = self._read_clusters(conn, [row for _, _, row in batch])
        self.conn = conn
        self._write(conn, clu, batch)
        self.clustered += len(batch)

    def dedup(self) -> int:
        """Events this run clustered (any left pending included)."""
        self._pending()
        return self.clustered

    def _pending(self) -> None:
        """Cluster the events an interrupted run of an earlier version left pending, in input
        order (before this run's own: they were committed first)."""
        e, p = events.c, backfill_pending.c
        while True:
            with self.store.engine.begin() as conn:
                batch = conn.execute(select(backfill_pending).order_by(p.article_id, p.idx).limit(DEDUP_BATCH)).all()
                if not batch:
                    return
                ids = [b.event_id for b in batch]
                rows = {r.id: {**{f: getattr(r, f) for f in EVENT_FIELDS}, "article_id": r.article_id,  # (not the evidence)
                               "published": r.published}
                        for r in conn.execute(select(e.id, e.article_id, articles.c.published, *[e[f] for f in EVENT_FIELDS])
                                              .join(articles, articles.c.id == e.article_id).where(e.id.in_(ids)))}
                self._cluster(conn, [(b.article_id, b.event_id, rows[b.event_id]) for b in batch])
                conn.execute(delete(backfill_pending).where(p.event_id.in_(ids)))

    def _members(self, cluster_id: str) -> list[Row]:
        """A stored cluster's reports, in the order refresh_cluster reads them."""
        assert self.conn is not None
        cols = [events.c[f] for f in EVENT_FIELDS]
        return [{**{f: getattr(r, f) for f in EVENT_FIELDS}, "article_id": r.article_id, "published": r.published}
                for r in self.conn.execute(
                    select(*cols, events.c.article_id, articles.c.published)
                    .join(members, members.c.event_id == events.c.id).join(articles, articles.c.id == events.c.article_id)
                    .where(members.c.cluster_id == cluster_id))]

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
            _keep_corrections(conn, changed)
            values: dict[str, Any] = {f: bindparam(f"v_{f}") for f in [*EVENT_FIELDS, "sources"]}
            conn.execute(clusters.update().where(clusters.c.id == bindparam("cid")).values(**values, updated_at=at), changed)
        _insert_many(conn, members, mem)
        _insert_many(conn, changes, log)

    def errors(self) -> list[tuple[str, str]]:
        with self.store.engine.connect() as conn:
            return [(r.source, r.reason) for r in conn.execute(
                select(backfill_errors.c.source, backfill_errors.c.reason).order_by(backfill_errors.c.id))]


def _keep_corrections(conn: Connection, changed: list[dict[str, Any]]) -> None:
    """A backfill's report merged into an event an analyst corrected leaves the corrected
    fields at the analyst's values (as store/ingest.py's refresh_cluster does)."""
    ids = [c["cid"] for c in changed]
    locks: dict[str, dict[str, Any]] = {}
    for r in conn.execute(select(corrections.c.cluster_id).where(corrections.c.cluster_id.in_(ids)).distinct()):
        locks[r.cluster_id] = locked_fields(conn, r.cluster_id)
    for c in changed:
        for f, v in locks.get(c["cid"], {}).items():
            c[f"v_{f}"] = v


def _place(v: Any) -> tuple[int, ...]:
    """PostgreSQL's ctid as text, '(page,item)', or SQLite's rowid: a sortable tuple."""
    return tuple(int(x) for x in str(v).strip("()").split(","))
