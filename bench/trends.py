"""Trends: (a) the escalation back-test on the Sahel rows of ../shared/data/acled/dev.csv
(Mali, Burkina Faso, Niger; skipped with a reason when the file is absent, or with
--no-backtest), and (b) the time of GET /trends over N generated merged events (p50/p95 of
`--requests` requests after one warm-up) in SQLite and, when PostgreSQL's server programs are
installed, in a throwaway PostgreSQL server (tests/pgserver.py; figures prefixed `pg_`).

    .venv/bin/python bench/trends.py [--events 1000000] [--requests 20] [--no-backtest] [--no-pg | --no-sqlite]

The requests: by=admin1&interval=week (trends_p50_ms, trends_p95_ms), then by=actor1, by=admin2,
interval=month, and a country with from/to falling mid-week (trends_<name>_p50_ms …). The fill
goes through the triggers that keep the trends rollup (fill_s), `rollup_rows` is its size.

Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from conflictwire.api.app import create_app
from conflictwire.store.db import Store, now
from conflictwire.trends import backtest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pgserver import server_programs, throwaway  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "acled" / "dev.csv"
SAHEL = ("Mali", "Burkina Faso", "Niger")
REGIONS = {
    "Mali": ["Mopti", "Gao", "Tombouctou", "Kidal", "Menaka", "Segou", "Koulikoro", "Kayes", "Sikasso", "Bamako"],
    "Burkina Faso": ["Sahel", "Centre-Nord", "Nord", "Est", "Boucle du Mouhoun", "Centre", "Hauts-Bassins",
                     "Cascades", "Sud-Ouest", "Centre-Est", "Centre-Ouest", "Centre-Sud", "Plateau-Central"],
    "Niger": ["Tillaberi", "Tahoua", "Diffa", "Agadez", "Maradi", "Zinder", "Dosso", "Niamey"],
}
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Protests", "Peaceful protest"),
         ("Riots", "Mob violence"), ("Strategic developments", "Looting/property destruction")]
ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Military Forces of Mali",
          "Military Forces of Burkina Faso", "Unidentified Armed Group (Niger)"]
COLUMNS = ("id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "country", "admin1",
           "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "confidence", "sources",
           "updated_at")
QUERIES: dict[str, dict[str, str]] = {  # name ('' for the headline request) -> query
    "": {"by": "admin1", "interval": "week"},
    "actor1": {"by": "actor1", "interval": "week"},
    "admin2": {"by": "admin2", "interval": "week"},
    "month": {"by": "admin1", "interval": "month"},
    "range": {"by": "admin1", "interval": "week", "country": "mali", "from": "2020-03-04", "to": "2022-08-17"},
}


def sahel_backtest() -> dict[str, float | int]:
    if not DEV.is_file():
        print(f"backtest skipped: {DEV} not present (the ../shared evaluation data)")
        return {}
    result = backtest.backtest(DEV, SAHEL)
    print(result.table())
    return {f"sahel_{k}": v for k, v in result.figures().items()}


def rows(n: int, first: date = date(2019, 1, 7), days: int = 5 * 365) -> Iterator[tuple[Any, ...]]:
    """n merged events, uniform over 31 regions (124 admin2), 5 actors, 6 types and 5 years."""
    rnd = random.Random(11)
    places = [(c, a) for c, names in REGIONS.items() for a in names]
    stamp = now().strftime("%Y-%m-%d %H:%M:%S.%f")
    for i in range(n):
        country, admin1 = rnd.choice(places)
        et, sub = rnd.choice(TYPES)
        yield (f"{i:012d}", (first + timedelta(days=rnd.randrange(days))).isoformat(), 1, et, sub,
               rnd.choice(ACTORS), country, admin1, f"{admin1} {rnd.randrange(4)}", "somewhere",
               14.0 + rnd.random(), -1.0 + rnd.random(), 1, rnd.randrange(30), 0.7, 1, stamp)


def fill(store: Store, n: int, batch: int = 50_000) -> float:
    """n merged events straight into `clusters` (executemany in batches on SQLite, COPY on
    PostgreSQL: the bench measures reading, not the ORM's insert); seconds taken."""
    postgres = store.engine.dialect.name == "postgresql"
    sql = f"INSERT INTO clusters ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    start = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        pending: list[tuple[Any, ...]] = []
        for i, row in enumerate(rows(n), 1):
            pending.append(row)
            if len(pending) < batch and i < n:
                continue
            if postgres:
                with cur.copy(f"COPY clusters ({', '.join(COLUMNS)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                    for r in pending:
                        copy.write_row(r)
            else:
                cur.executemany(sql, pending)
            raw.commit()
            pending = []
        cur.close()
    finally:
        raw.close()
    # statistics, and no dead rows from the rollup's upserts: as autovacuum leaves a running database
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
    return time.perf_counter() - start


def time_trends(store: Store, requests: int, prefix: str = "") -> dict[str, float | int]:
    client = TestClient(create_app(store))
    out: dict[str, float | int] = {}
    for name, params in QUERIES.items():
        warm = client.get("/trends", params=params)
        assert warm.status_code == 200, warm.text
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            r = client.get("/trends", params=params)
            times.append((time.perf_counter() - start) * 1000)
            assert r.status_code == 200
        times.sort()
        label = f"{prefix}trends_{name}_" if name else f"{prefix}trends_"
        out |= {label + "p50_ms": statistics.median(times), label + "p95_ms": times[max(0, int(len(times) * 0.95) - 1)],
                label + "rows": len(warm.json()["periods"])}
        if not name:
            out[label + "bytes"] = len(warm.content)
        print(f"{label.rstrip('_')}: p50 {out[label + 'p50_ms']:.1f} ms, p95 {out[label + 'p95_ms']:.1f} ms",
              file=sys.stderr)
    return out


def rollup_rows(store: Store) -> int:
    """Rows of the trends rollup (0 where the store has none)."""
    if not inspect(store.engine).has_table("trend_days"):
        return 0
    with store.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM trend_days")).scalar() or 0)


def measure(store: Store, events: int, requests: int, prefix: str = "") -> dict[str, float | int]:
    figures: dict[str, float | int] = {f"{prefix}fill_s": fill(store, events)}
    print(f"{prefix}filled {events} events in {figures[f'{prefix}fill_s']:.1f} s", file=sys.stderr)
    figures[f"{prefix}rollup_rows"] = rollup_rows(store)
    figures |= time_trends(store, requests, prefix)
    store.engine.dispose()
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--no-backtest", action="store_true", help="skip the Sahel back-test")
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = ap.parse_args()
    figures: dict[str, float | int] = {} if args.no_backtest else sahel_backtest()
    figures["events"] = args.events
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            figures |= measure(Store(str(Path(tmp) / "trends.db")), args.events, args.requests)
    bindir = None if args.no_pg else server_programs()
    if bindir is None and not args.no_pg:
        print("PostgreSQL skipped: server programs not installed", file=sys.stderr)
    if bindir is not None:
        with throwaway(bindir) as server:
            figures |= measure(Store(server.url), args.events, args.requests, "pg_")
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
