"""Backfill at scale: partitions, errors, resuming, and the same clusters as `ingest`, on a
2-worker Dask LocalCluster against a real PostgreSQL server."""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from archive import dedup_reports, templated, write_dir, write_jsonl, write_warc
from conflictwire.backfill.engine import InlineEngine, Options, PartitionResult, make_engine, run
from conflictwire.backfill.reader import Partition, Payload, load, plan, read_partition
from conflictwire.backfill.sink import StoreSink
from conflictwire.cli import app
from conflictwire.ingest import InputError, iter_inputs
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import (
    articles,
    backfill_errors,
    backfill_partitions,
    backfill_pending,
    clusters,
    events,
    members,
    outbox,
)


def test_plan_ranges_identities_and_bad_documents(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "a.jsonl", templated(25), bad_lines=True)
    crawl = write_warc(tmp_path / "c.warc.gz", templated(6), broken_tail=True)
    parts = list(plan([str(docs), str(crawl)], 10))
    jsonl = [p for p in parts if p.kind == "jsonl"]
    # byte ranges tile the file; lines are numbered from the file's start
    assert [p.start for p in jsonl] == [0, *[p.stop for p in jsonl[:-1]]] and jsonl[-1].stop == docs.stat().st_size
    assert [p.line for p in jsonl] == [1, 11, 21] and sum(p.docs for p in jsonl) == 27
    assert [p.key for p in plan([str(docs)], 10)] == [p.key for p in jsonl]  # stable identity
    errors: list[str] = []
    n = 0
    for p in parts:
        if p.error:
            errors.append(p.error)
            continue
        for item in read_partition(p, load(p)):
            if isinstance(item, InputError):
                errors.append(str(item))
            else:
                n += 1
    assert n == 25 + 6
    assert any("bad JSON line" in e and "a.jsonl:" in e for e in errors)
    assert any("no 'text' or 'html'" in e for e in errors)
    assert any("empty" in e and "c.warc.gz@" in e for e in errors)  # an empty page; the image is no document
    assert any(e.startswith("unreadable WARC") for e in errors)  # the damaged tail; records before it read
    assert len(errors) == 4
    # the same documents as `extract` reads from the JSONL file
    direct = [a.doc_id for a in iter_inputs([str(docs)]) if not isinstance(a, InputError)]
    parted = [a.doc_id for p in jsonl for a in read_partition(p, load(p)) if not isinstance(a, InputError)]
    assert parted == direct


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[Callable[[], str]]:
    """A fresh database per call on the session's throwaway server."""
    names: list[str] = []

    def make() -> str:
        name = f"bf_{uuid.uuid4().hex[:10]}"
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        names.append(name)
        return postgres_url.rsplit("/", 1)[0] + "/" + name

    yield make


def _clusters(store: Store) -> set[tuple[object, ...]]:
    """Each cluster as what it says and which reports (by document id and rank) it holds."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(members.c.cluster_id, articles.c.doc_id, events.c.sub_event_type, events.c.fatalities)
                            .join(events, events.c.id == members.c.event_id)
                            .join(articles, articles.c.id == events.c.article_id)).all()
        fields = {r.id: (r.event_type, r.location, r.event_date, r.fatalities, r.fatalities_low, r.fatalities_high, r.sources)
                  for r in conn.execute(select(clusters))}
    by: dict[str, list[tuple[str, str, int | None]]] = {}
    for r in rows:
        by.setdefault(r.cluster_id, []).append((r.doc_id, r.sub_event_type, r.fatalities))
    return {(fields[cid], tuple(sorted(m, key=str))) for cid, m in by.items()}


class KillAfterFirstCommit(StoreSink):
    def __init__(self, store: Store, pid: int) -> None:
        super().__init__(store)
        self.pid, self.killed = pid, False

    def commit(self, res: PartitionResult) -> int:
        n = super().commit(res)
        if not self.killed:
            os.kill(self.pid, signal.SIGKILL)
            self.killed = True
        return n


def test_dask_backfill_resumes_and_matches_ingest(tmp_path: Path, pg_db) -> None:  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    reports = dedup_reports()
    extra = templated(30)
    # a correction in a later partition (a known URL, a new text: replaces the first version and
    # its events), a correction right after its original (the same partition), a syndicated copy
    fixed = {**extra[4], "id": "t4-fixed", "text": extra[4]["text"].replace("civilians", "villagers and 2 soldiers")}
    twice = {**extra[20], "id": "t20-fixed", "text": extra[20]["text"].replace("Gunmen", "Armed men")}
    copy = {**extra[5], "id": "t5-copy", "url": "https://mirror.example/t5"}
    extra = [*extra[:21], twice, *extra[21:], fixed, copy]
    docs = write_jsonl(tmp_path / "reports.jsonl", reports[:70] + extra, bad_lines=True)
    pages = write_dir(tmp_path / "pages", 6)
    inputs = [str(docs), str(pages)]
    backfilled = Store(pg_db())
    sink = StoreSink(backfilled)
    opts = Options()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address

        # interrupted: three partitions committed, their events clustered as they were
        first = run(inputs, sink, lambda: make_engine("dask", opts, 2, address), partition_size=12,
                    stop_after=3, progress=False)
        assert not first.complete and first.committed == 3 and first.partitions == 10
        assert first.clustered == first.events > 0  # counted though the run stopped early
        with backfilled.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(backfill_partitions)).scalar() == 3
            assert conn.execute(select(func.count()).select_from(members)).scalar() == first.events > 0
            assert conn.execute(select(func.count()).select_from(backfill_pending)).scalar() == 0
            n_articles = conn.execute(select(func.count()).select_from(articles)).scalar()

        # resumed, and a worker SIGKILLed after the first commit: the three are skipped, the dead
        # worker's partitions are recomputed elsewhere, nothing is lost or stored twice
        with Client(address) as client:
            pids = client.run(os.getpid)
        killer = KillAfterFirstCommit(backfilled, next(iter(pids.values())))
        second = run(inputs, killer, lambda: make_engine("dask", opts, 2, address), partition_size=12, progress=False)
        assert killer.killed
        assert second.complete and second.skipped == 3 and second.committed == 7
        assert second.memory and all(v > 50 * 2**20 for v in second.memory.values())  # the restarted one may be back

    with backfilled.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(backfill_pending)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(outbox)).scalar() == 0  # no alerts for old news
        errs = {r.source.split(" ")[0]: r.reason for r in conn.execute(select(backfill_errors))}
        total_articles = conn.execute(select(func.count()).select_from(articles)).scalar()
    assert first.docs + second.docs == 70 + 33 + 6 and n_articles < total_articles
    assert any("bad JSON line" in why for why in errs.values()) and any("empty" in why for why in errs.values())
    assert len(errs) == 3

    # the same archive through `ingest`, one article at a time: the same events, the same clusters
    ingested = Store(pg_db())
    files = sorted(str(p) for p in pages.iterdir())
    summary = ingest(ingested, iter_inputs([str(docs), *files]), alerts=False)
    assert summary.failed == 3 and summary.new == total_articles  # syndicated copies are stored once, both ways
    assert summary.updated == 2 and summary.unchanged >= 1  # the corrections and the copy were exercised
    expected = _clusters(ingested)
    got = _clusters(backfilled)
    assert got == expected
    assert any(len(members) > 1 for _, members in got)  # reports of one event did merge


def test_cli_warc_to_parquet_then_store(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    crawl = write_warc(tmp_path / "crawl.warc.gz", templated(12), broken_tail=True)
    out = tmp_path / "events.parquet"
    runner = CliRunner()
    args = ["backfill", str(crawl), "--out", str(out), "--partition-size", "5", "--no-progress"]
    res = runner.invoke(app, args)
    assert res.exit_code == 1, res.output  # some documents failed, the rest were coded
    assert "unreadable WARC" in res.output and "empty document" in res.output
    assert "committed=4" in res.output
    members_ = pq.read_table(out / "members.parquet").to_pylist()
    clusters_ = pq.read_table(out / "clusters.parquet").to_pylist()
    assert len(members_) == 12 and len(clusters_) == 6  # each English report meets its French one
    assert len(list((out / "events").glob("part-*.parquet"))) == 4
    again = runner.invoke(app, args)
    assert "skipped=4 committed=0" in again.output, again.output

    db = tmp_path / "cw.db"
    res = runner.invoke(app, ["backfill", str(crawl), "--db", str(db), "--partition-size", "5", "--no-progress"])
    assert "clustered=12" in res.output, res.output
    assert len(Store(str(db)).clusters(limit=100)) == 6
    bad = runner.invoke(app, ["backfill", str(crawl), "--engine", "spark"])
    assert bad.exit_code != 0 and "local or dask" in bad.output


class FlakyEngine(InlineEngine):
    """Extraction in this process, but the task of partition 1 fails once (as a partition that
    keeps killing its workers fails in Dask)."""

    failed = False

    def submit(self, part: Partition, payload: Payload) -> Future[PartitionResult]:
        if part.seq == 1 and not FlakyEngine.failed:
            FlakyEngine.failed = True
            fut: Future[PartitionResult] = Future()
            fut.set_exception(RuntimeError("worker died"))
            return fut
        return super().submit(part, payload)


def test_failed_partition_is_left_for_the_next_run(tmp_path: Path) -> None:
    docs = tmp_path / "a.jsonl"
    write_jsonl(docs, templated(12))
    with docs.open("ab") as fh:  # bytes that are not UTF-8, and a NUL: each one line's error
        fh.write(b'{"id": "latin", "text": "caf\xe9 \xff"}\n\x00\x00\n')
    sink = StoreSink(Store(str(tmp_path / "cw.db")))
    first = run([str(docs)], sink, FlakyEngine(Options()), partition_size=5, progress=False)
    assert first.failed == 1 and first.committed == 2 and not first.complete
    assert any("partition failed" in why and "run again" in why for _, why in first.errors)
    second = run([str(docs)], sink, InlineEngine(Options()), partition_size=5, progress=False)
    assert second.skipped == 2 and second.committed == 1 and second.complete
    with sink.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 13  # the latin-1 line too
        assert conn.execute(select(func.count()).select_from(backfill_pending)).scalar() == 0
    assert [why for _, why in sink.errors()] == ["bad JSON line (Expecting value)"]


def test_incremental_merge_equals_reconcile() -> None:
    """The pass's O(1)-a-report merge chooses exactly what dedup.cluster.reconcile chooses."""
    import random
    from datetime import date, timedelta

    from conflictwire.backfill.clusterer import Merged
    from conflictwire.dedup.cluster import reconcile
    from conflictwire.store.schema import EVENT_FIELDS

    rnd = random.Random(7)
    pick = lambda *xs: rnd.choice(xs)  # noqa: E731
    for _ in range(300):
        rows = []
        for _ in range(rnd.randint(1, 6)):
            row = {f: None for f in EVENT_FIELDS}
            row.update(
                event_type="Battles", sub_event_type="Armed clash", weapons=[],
                event_date=pick(None, date(2024, 3, 1) + timedelta(days=rnd.randint(0, 3))),
                time_precision=pick(None, 1, 2, 3), geo_precision=pick(None, 1, 2, 3),
                latitude=pick(None, 14.5, 14.6), longitude=pick(None, -4.2, -4.1), location=pick(None, "Mopti", "Sévaré"),
                country=pick(None, "Mali"), actor1=pick(None, "JNIM", "Unidentified Armed Group (Mali)", "Islamic State (Sahel)"),
                inter1=pick(None, 2, 3), actor2=pick(None, "Civilians (Mali)", "Military Forces of Mali (2021-)"),
                inter2=pick(None, 1, 7), fatalities=pick(None, 3, 5, 12), fatalities_low=pick(None, 2, 3),
                fatalities_high=pick(None, 12, 20), confidence=pick(None, 0.5, 0.7, 0.9),
            )
            rows.append(row)
        merged = Merged(rows[0])
        for k in range(1, len(rows) + 1):
            if k > 1:
                merged.add(rows[k - 1])
            want = reconcile(rows[:k])
            assert merged.fields() == {f: want[f] for f in EVENT_FIELDS}


def test_events_left_pending_are_clustered_first(tmp_path: Path) -> None:
    """A store an earlier version's run left half-done (events committed, not clustered: listed
    in backfill_pending) is finished by the next run: the same clusters as `ingest`."""
    docs = write_jsonl(tmp_path / "a.jsonl", dedup_reports()[:40] + templated(20))
    sink = StoreSink(Store(str(tmp_path / "cw.db")))
    first = run([str(docs)], sink, InlineEngine(Options()), partition_size=10, stop_after=3, progress=False)
    assert first.committed == 3
    with sink.store.engine.begin() as conn:  # as that version left it: no clusters, a work list
        conn.execute(members.delete())
        conn.execute(clusters.delete())
        rows = conn.execute(select(events.c.id, events.c.article_id).order_by(events.c.article_id, events.c.id)).all()
        rank: dict[int, int] = {}
        for r in rows:
            rank[r.article_id] = rank.get(r.article_id, -1) + 1
            conn.execute(backfill_pending.insert().values(event_id=r.id, article_id=r.article_id, idx=rank[r.article_id]))
    second = run([str(docs)], sink, InlineEngine(Options()), partition_size=10, progress=False)
    assert second.complete and second.skipped == 3 and second.clustered == len(rows) + second.events
    with sink.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(backfill_pending)).scalar() == 0
    ingested = Store(str(tmp_path / "ingest.db"))
    ingest(ingested, iter_inputs([str(docs)]), alerts=False)
    assert _clusters(sink.store) == _clusters(ingested)


def test_local_workers_forked_by_the_cli_match_ingest(tmp_path: Path) -> None:
    """`conflictwire backfill --engine local` as a user runs it, in a fresh process (one thread,
    no database open yet: its workers are forked): the same clusters as `ingest`."""
    import subprocess
    import sys

    docs = write_jsonl(tmp_path / "a.jsonl", dedup_reports()[:30] + templated(10))
    db = tmp_path / "cw.db"
    cli = [sys.executable, "-m", "conflictwire", "backfill", str(docs), "--engine", "local", "--workers", "2",
           "--partition-size", "7", "--no-progress", "--db", str(db)]
    done = subprocess.run(cli, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "committed=6" in done.stderr and "errors=0" in done.stderr
    ingested = Store(str(tmp_path / "ingest.db"))
    ingest(ingested, iter_inputs([str(docs)]), alerts=False)
    assert _clusters(Store(str(db))) == _clusters(ingested)


def test_local_workers_are_forked_only_from_a_lone_thread() -> None:
    """Forking a process with other threads can copy a held lock into the child: spawn then."""
    import subprocess
    import sys
    import threading

    from conflictwire.backfill.engine import _start_method

    ask = "from conflictwire.backfill.engine import _start_method; print(_start_method())"
    alone = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, check=True).stdout.strip()
    assert alone == ("fork" if sys.platform.startswith("linux") else "spawn")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _start_method() == "spawn"
    finally:
        stop.set()
        other.join()


def test_postgres_statistics_refreshed_as_the_store_doubles(tmp_path: Path, pg_db) -> None:  # type: ignore[no-untyped-def]
    """A store filled by one backfill has no statistics until autovacuum comes round: the sink
    ANALYZEs the tables it searches each time they have doubled (so the planner keeps using
    their indexes and a commit does not cost more as the store grows), not at every commit."""
    docs = write_jsonl(tmp_path / "a.jsonl", templated(40))
    sink = StoreSink(Store(pg_db()), analyze_after=5)
    refreshed: list[int] = []
    refresh = sink._refresh_statistics

    def recorded(added: int) -> None:
        before = sink.known
        refresh(added)
        if sink.known != before:
            refreshed.append(sink.known)

    sink._refresh_statistics = recorded  # type: ignore[method-assign]
    done = run([str(docs)], sink, InlineEngine(Options()), partition_size=5, progress=False)
    assert done.complete and done.docs == 40
    assert refreshed == [5, 10, 20, 40]  # 8 commits of 5 articles: 4 refreshes, each at twice the last
    with sink.store.engine.connect() as conn:
        assert conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'articles'")).scalar() == 40
