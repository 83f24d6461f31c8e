"""The trends rollup (store/rollup.py): kept by triggers through inserts, updates and deletes,
the same counts as grouping `clusters` for every grouping, period and filter it serves, rebuilt
in one statement, reinstalled when the confidence threshold changes; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, select, update

from conflictwire.extract import confidence
from conflictwire.model import Article
from conflictwire.store import review, rollup
from conflictwire.store.db import MIGRATIONS, EventFilter, Store, now
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import clusters, trend_days
from conflictwire.trends import aggregate

T = confidence.threshold()
PLACES = [("Mali", "Mopti", "Bandiagara"), ("Mali", "Gao", None), ("mali", "gao", "Ansongo"), ("Mali", "", ""),
          ("Niger", "Gao", "Gao"), ("Niger", None, None), (None, None, None), ("Burkina Faso", "Sahel", "Soum")]
TYPES = ["Battles", "Riots", "Protests", "Violence against civilians", "Made-up type", ""]
ACTORS = ["JNIM", "Islamic State (Sahel)", None, ""]  # a blank name is no name, in the rollup as in clusters
FIRST = date(2024, 4, 22)  # a Monday; 10 weeks from here cross the ends of April, May and June

FILTERS = [
    EventFilter(),
    EventFilter(since=date(2024, 5, 8), until=date(2024, 5, 29)),  # mid-week both
    EventFilter(since=date(2024, 5, 15)),  # mid-month
    EventFilter(until=date(2024, 6, 12)),
    EventFilter(since=date(2024, 5, 1), until=date(2024, 5, 31)),  # a segment's first and last days
    EventFilter(since=date(2024, 5, 28), until=date(2024, 5, 30)),  # inside one segment
    EventFilter(since=date(2024, 5, 30), until=date(2024, 6, 2)),  # one week, two months
    EventFilter(since=date(2024, 6, 3), until=date(2024, 6, 3)),
    EventFilter(since=date(2024, 6, 9), until=date(2024, 6, 3)),  # nothing
    EventFilter(country="MALI"),
    EventFilter(country="niger", admin1="GAO", since=date(2024, 4, 24)),
    EventFilter(event_type="Battles", until=date(2024, 6, 26)),
    EventFilter(candidates=True),
    EventFilter(include_rejected=True, since=date(2024, 5, 2)),
    EventFilter(candidates=True, include_rejected=True, country="Mali"),
]


def _clusters(n: int, seed: int, prefix: str = "c") -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        country, admin1, admin2 = rnd.choice(PLACES)
        rows.append({
            "id": f"{prefix}{i:04d}", "event_date": None if rnd.random() < 0.05 else FIRST + timedelta(days=rnd.randrange(70)),
            "event_type": rnd.choice(TYPES), "sub_event_type": "x", "country": country, "admin1": admin1,
            "admin2": admin2, "actor1": rnd.choice(ACTORS), "fatalities": rnd.choice([None, 0, 1, 2, 7, 30]),
            "confidence": rnd.choice([None, T / 2, T, T + 0.2, 0.95]),
            "review": rnd.choice([None, None, None, "confirmed", "rejected"]), "sources": 1, "updated_at": now(),
        })
    return rows


def _same(store: Store, filters: list[EventFilter] = FILTERS) -> None:
    """The rollup's answer is the answer from `clusters`, for every grouping, period and filter."""
    for f in filters:
        for by in aggregate.BY:
            for interval in aggregate.INTERVALS:
                if not (by == "actor1" and f.admin1):  # (that one is never the rollup's)
                    assert aggregate._grain(f, by) is not None
                fast = aggregate.store_periods(store, f, by, interval)
                assert fast == aggregate.store_periods(store, f, by, interval, _rollup=False), (f, by, interval)


def _table(store: Store) -> list[dict[str, Any]]:
    """The rollup's rows in key order, their counts by type parsed (the text's order of keys is
    the writer's)."""
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(trend_days).order_by(*trend_days.primary_key))]
    return [{**r, "types": json.loads(r["types"]), "deaths": json.loads(r["deaths"])} for r in rows]


def test_the_rollup_follows_inserts_updates_and_deletes(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(clusters.insert(), _clusters(150, 1))
        for row in _clusters(20, 2, "d"):  # one statement a row too
            conn.execute(clusters.insert().values(**row))
    _same(store)
    assert aggregate.store_periods(store, EventFilter(), "country", "week")  # not vacuous
    c = clusters.c
    with store.engine.begin() as conn:
        conn.execute(update(clusters).where(c.id == "c0001").values(admin1="Tombouctou"))
        conn.execute(update(clusters).where(c.id.in_(["c0002", "c0003"])).values(event_type="Riots"))
        # across a week's end, a month's end, and both
        conn.execute(update(clusters).where(c.id == "c0004").values(event_date=date(2024, 5, 31)))
        conn.execute(update(clusters).where(c.id == "c0004").values(event_date=date(2024, 6, 1)))
        conn.execute(update(clusters).where(c.id == "c0005").values(event_date=date(2024, 6, 3)))
        conn.execute(update(clusters).where(c.id == "c0006").values(event_date=None))
        conn.execute(update(clusters).where(c.event_date.is_(None), c.id != "c0006").values(event_date=date(2024, 5, 20)))
        conn.execute(update(clusters).where(c.id.in_(["c0007", "c0008"])).values(confidence=T / 3))  # candidates
        conn.execute(update(clusters).where(c.id.in_(["c0009", "c0010"])).values(confidence=T + 0.01))
        conn.execute(update(clusters).where(c.id.like("c002%")).values(review="rejected"))
        conn.execute(update(clusters).where(c.id.like("c003%")).values(review=None))
        conn.execute(update(clusters).where(c.id.like("c004%")).values(fatalities=c.fatalities + 3))
        conn.execute(update(clusters).where(c.id.like("c005%")).values(sources=2))  # nothing the rollup keeps
        conn.execute(update(clusters).where(c.country == "Niger").values(country="Burkina Faso", admin1="Sahel"))
    _same(store)
    with store.engine.begin() as conn:
        conn.execute(delete(clusters).where(c.id.like("c01%")))
        conn.execute(delete(clusters).where(c.id == "d0001"))
        conn.execute(update(clusters).where(c.id.like("d%")).values(event_date=c.event_date))  # changes nothing
    _same(store)
    kept = _table(store)
    for r in kept:  # rows left with no event are gone; no type is kept at 0
        assert r["events"] > 0 and sum(r["types"].values()) == r["events"] and 0 not in r["types"].values()
        assert sum(r["deaths"].values()) == r["fatalities"] and 0 not in r["deaths"].values()
    assert store.rebuild_trends() == len(kept)
    assert _table(store) == kept
    with store.engine.begin() as conn:
        conn.execute(delete(clusters))
    assert _table(store) == []


def test_filters_the_rollup_does_not_keep_read_the_clusters(store: Store) -> None:
    rows = _clusters(120, 3)
    with store.engine.begin() as conn:
        conn.execute(clusters.insert(), rows)
    kept = [{**r, **{k: r[k] or None for k in ("country", "admin1", "admin2", "actor1")}} for r in rows
            if r["review"] != "rejected" and (r["confidence"] is None or r["confidence"] >= T)]
    jnim = [r for r in kept if r["actor1"] == "JNIM"]
    for by in aggregate.BY:
        for interval in aggregate.INTERVALS:
            f = EventFilter(actor="jnim")
            assert aggregate._grain(f, by) is None
            assert aggregate.store_periods(store, f, by, interval) == aggregate.periods(jnim, by, interval)
            bloody = EventFilter(min_fatalities=7, since=date(2024, 5, 8))
            assert aggregate.store_periods(store, bloody, by, interval) == aggregate.periods(
                [r for r in kept if (r["fatalities"] or 0) >= 7 and r["event_date"] and r["event_date"] >= date(2024, 5, 8)],
                by, interval)
    mopti = EventFilter(admin1="mopti")
    assert aggregate._grain(mopti, "actor1") is None
    assert aggregate.store_periods(store, mopti, "actor1", "month") == aggregate.periods(
        [r for r in kept if r["admin1"] == "Mopti"], "actor1", "month")


def test_a_new_threshold_reinstalls_the_triggers_and_rebuilds(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with store.engine.begin() as conn:
        conn.execute(clusters.insert(), _clusters(80, 4))
    before = aggregate.store_periods(store, EventFilter(), "admin1", "week")
    higher = T + 0.5
    monkeypatch.setattr(confidence, "threshold", lambda: higher)
    store.migrate()
    with store.engine.connect() as conn:
        assert rollup.expected(store.engine.dialect.name, higher) != rollup.expected(store.engine.dialect.name, T)
        assert not rollup.ensure(conn)  # in place already
    after = aggregate.store_periods(store, EventFilter(), "admin1", "week")
    assert sum(r["events"] for r in after) < sum(r["events"] for r in before)
    with store.engine.begin() as conn:  # the triggers compare with the new threshold too
        conn.execute(clusters.insert(), _clusters(30, 5, "e"))
    _same(store, FILTERS[:3])
    monkeypatch.undo()
    with store.engine.begin() as conn:  # a trigger gone is put back
        conn.exec_driver_sql("DROP TRIGGER trend_days_insert" + (" ON clusters" if store.engine.dialect.name == "postgresql" else ""))
        assert rollup.ensure(conn)
    _same(store, FILTERS[:3])


def test_a_store_from_before_the_rollup_gets_it_filled(store: Store) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        conn.execute(clusters.insert(), _clusters(60, 6))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    _same(store, FILTERS[:2])
    assert len(_table(store)) > 0


def test_ingest_corrections_and_verdicts_keep_it(store: Store) -> None:
    pub = date(2024, 5, 6)
    ingest(store, [Article(doc_id="a", url="https://ex.org/a", published=pub, language="en",
                           text="Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said."),
                   Article(doc_id="b", url="https://ex.org/b", published=pub, language="en",
                           text="On 2 May 2024, suspected jihadists killed eight civilians in the village of Ogossagou "
                                "in Mali's Mopti region.")])
    first, second = store.clusters()
    _same(store, FILTERS[:2])
    review.correct(store, first["id"], {"event_date": "2024-04-30", "fatalities": 9}, by="analyst")
    review.set_verdict(store, second["id"], "rejected", by="analyst")
    _same(store, FILTERS[:2] + FILTERS[-3:])
    rows = aggregate.store_periods(store, EventFilter(), "country", "month")
    assert [(r["period"], r["events"], r["fatalities"]) for r in rows] == [(date(2024, 4, 1), 1, 9)]


def test_segments_are_a_week_within_a_month() -> None:
    assert rollup.segment(date(2024, 5, 29)) == (date(2024, 5, 27), date(2024, 5, 31))
    assert rollup.segment(date(2024, 6, 2)) == (date(2024, 6, 1), date(2024, 6, 2))
    assert rollup.segment(date(2024, 6, 5)) == (date(2024, 6, 3), date(2024, 6, 9))
    assert rollup.segment(date(2025, 1, 1)) == (date(2025, 1, 1), date(2025, 1, 5))
    assert rollup.segment(date(2024, 12, 31)) == (date(2024, 12, 30), date(2024, 12, 31))
    # whole segments from the rollup, the days of the cut ones from clusters
    assert aggregate._spans(date(2024, 5, 8), date(2024, 5, 29)) == (
        (date(2024, 5, 13), date(2024, 5, 26)), [(date(2024, 5, 8), date(2024, 5, 12)), (date(2024, 5, 27), date(2024, 5, 29))])
    assert aggregate._spans(date(2024, 5, 1), None) == ((date(2024, 5, 1), None), [])
    assert aggregate._spans(date(2024, 5, 29), date(2024, 6, 2)) == (
        (date(2024, 6, 1), date(2024, 6, 2)), [(date(2024, 5, 29), date(2024, 5, 31))])
    assert aggregate._spans(date(2024, 5, 28), date(2024, 5, 30)) == (None, [(date(2024, 5, 28), date(2024, 5, 30))])
    assert aggregate._spans(date(2024, 6, 2), date(2024, 6, 1)) == (None, [])


def test_concurrent_writers_keep_it(store: Store) -> None:
    """Four writers at once, each in its own transactions, over the same groups and weeks (the
    rows their triggers update are shared): no write is lost and none deadlocks."""
    import threading

    errors: list[BaseException] = []

    def write(k: int) -> None:
        try:
            rows = _clusters(60, 10 + k, f"w{k}")
            for i in range(0, len(rows), 10):
                with store.engine.begin() as conn:
                    conn.execute(clusters.insert(), rows[i : i + 10])
            with store.engine.begin() as conn:
                conn.execute(update(clusters).where(clusters.c.id.like(f"w{k}000%")).values(event_type="Riots"))
                conn.execute(delete(clusters).where(clusters.c.id.like(f"w{k}001%")))  # ten of its sixty
        except BaseException as e:  # (re-raised below, in the test's thread)
            errors.append(e)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    with store.engine.connect() as conn:
        assert len(conn.execute(select(clusters.c.id)).all()) == 4 * 50
    _same(store, FILTERS[:1])
