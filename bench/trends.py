"""Trends: (a) the escalation back-test on the Sahel rows of ../shared/data/acled/dev.csv
(Mali, Burkina Faso, Niger; skipped with a reason when the file is absent), and (b) the time
of GET /trends?by=admin1&interval=week over N generated merged events in SQLite (p50/p95 of
20 requests after one warm-up).

    .venv/bin/python bench/trends.py [--events 1000000] [--requests 20]

Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from conflictwire.api.app import create_app
from conflictwire.store.db import Store, now
from conflictwire.trends import backtest

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "acled" / "dev.csv"
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


def sahel_backtest() -> dict[str, float | int]:
    if not DEV.is_file():
        print(f"backtest skipped: {DEV} not present (the ../shared evaluation data)")
        return {}
    result = backtest.backtest(DEV, SAHEL)
    print(result.table())
    return {f"sahel_{k}": v for k, v in result.figures().items()}


def fill(store: Store, n: int, first: date = date(2019, 1, 7), days: int = 5 * 365, batch: int = 50_000) -> float:
    """n merged events straight into `clusters` (raw executemany in batches: the bench
    measures reading, not the ORM's insert); seconds taken."""
    rnd = random.Random(11)
    places = [(c, a) for c, names in REGIONS.items() for a in names]
    stamp = now().strftime("%Y-%m-%d %H:%M:%S.%f")
    sql = f"INSERT INTO clusters ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    start = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        for lo in range(0, n, batch):
            rows = []
            for i in range(lo, min(n, lo + batch)):
                country, admin1 = rnd.choice(places)
                et, sub = rnd.choice(TYPES)
                rows.append((f"{i:012d}", (first + timedelta(days=rnd.randrange(days))).isoformat(), 1, et, sub,
                             rnd.choice(ACTORS), country, admin1, f"{admin1} {rnd.randrange(4)}", "somewhere",
                             14.0 + rnd.random(), -1.0 + rnd.random(), 1, rnd.randrange(30), 0.7, 1, stamp))
            cur.executemany(sql, rows)
            raw.commit()
        cur.close()
    finally:
        raw.close()
    with store.engine.begin() as conn:  # statistics, as a running database has them
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - start


def time_trends(store: Store, requests: int) -> dict[str, float | int]:
    client = TestClient(create_app(store))
    params = {"by": "admin1", "interval": "week"}
    warm = client.get("/trends", params=params)
    assert warm.status_code == 200, warm.text
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        r = client.get("/trends", params=params)
        times.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200
    times.sort()
    return {"trends_p50_ms": statistics.median(times), "trends_p95_ms": times[max(0, int(len(times) * 0.95) - 1)],
            "trends_rows": len(warm.json()["periods"]), "trends_bytes": len(warm.content)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=20)
    args = ap.parse_args()
    figures: dict[str, float | int] = sahel_backtest()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "trends.db"))
        figures["events"] = args.events
        figures["fill_s"] = fill(store, args.events)
        print(f"filled {args.events} events in {figures['fill_s']:.1f} s", file=sys.stderr)
        figures |= time_trends(store, args.requests)
        store.engine.dispose()
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
