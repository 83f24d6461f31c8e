"""API speed: GET /events over 100k merged events, in SQLite and (when its programs are
installed) in a throwaway PostgreSQL, with a local load generator (in-process HTTP client,
random filters). Also ingest speed into SQLite and the idempotence of a second ingest.

Last line: name=value pairs.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from conflictwire.api.app import create_app
from conflictwire.model import Article
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import changes
from synthetic import fill_clusters

N = 100_000
PLACES = [("Burkina Faso", "Sahel", "Djibo", 14.1, -1.63), ("Mali", "Mopti", "Boni", 15.08, -2.22),
          ("Niger", "Tillabéri", "Ayorou", 14.73, 0.92), ("Mali", "Gao", "Ansongo", 15.66, 0.50),
          ("Burkina Faso", "Est", "Diapaga", 12.07, 1.79), ("Niger", "Diffa", "Bosso", 13.70, 13.31)]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Protests", "Peaceful protest")]


def fill(store: Store, n: int = N) -> None:
    fill_clusters(store, n, seed=7, places=PLACES, types=TYPES, first=date(2019, 1, 1), days=2000, spread=0.5)
    with store.engine.begin() as conn:  # statistics, as autovacuum / a running database has them
        conn.execute(text("ANALYZE"))


def load(store: Store, requests: int = 300) -> dict[str, float]:
    client = TestClient(create_app(store))
    rnd = random.Random(3)
    queries = [{}, {"country": "Mali"}, {"admin1": "Sahel", "min_fatalities": 10}, {"event_type": "Battles", "from": "2021-01-01"},
               {"bbox": "-2,13.5,-1,14.6"}, {"near": "15.08,-2.22,40"}, {"actor": "jnim", "to": "2020-06-30"}]
    for q in queries:
        client.get("/events", params=q)  # warm
    times = []
    for _ in range(requests):
        q = rnd.choice(queries)
        start = time.perf_counter()
        r = client.get("/events", params={**q, "limit": 100})
        times.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200
    times.sort()
    return {"p50_ms": statistics.median(times), "p95_ms": times[int(len(times) * 0.95) - 1]}


def ingest_speed(tmp: Path) -> dict[str, float]:
    """Reports/s into SQLite (extraction included), and a second pass over the same reports."""
    rnd = random.Random(5)
    towns = ["Djibo", "Dori", "Boni", "Douentza", "Ayorou", "Téra", "Diapaga", "Ménaka", "Gossi", "Kaya"]
    reports = [
        Article(doc_id=f"r{i}", url=f"https://example.org/r{i}", published=date(2024, 1, 1) + timedelta(days=i % 300),
                text=f"Gunmen killed {rnd.randrange(1, 40)} people in {rnd.choice(towns)} on "
                     f"{(date(2024, 1, 1) + timedelta(days=i % 300)).strftime('%d %B %Y')}, report {i} said.")
        for i in range(1000)
    ]
    store = Store(str(tmp / "ingest.db"))
    start = time.perf_counter()
    first = ingest(store, reports)
    seconds = time.perf_counter() - start
    with store.engine.connect() as conn:
        log_before = conn.execute(select(func.count()).select_from(changes)).scalar()
    second = ingest(store, reports)
    with store.engine.connect() as conn:
        log_after = conn.execute(select(func.count()).select_from(changes)).scalar()
    return {"ingest_reports_per_s": len(reports) / seconds, "first_new": first.new,
            "second_unchanged": second.unchanged, "second_changes": (log_after or 0) - (log_before or 0)}


def main() -> None:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        figures |= ingest_speed(Path(tmp))
        sqlite = Store(str(Path(tmp) / "load.db"))
        fill(sqlite)
        figures |= {f"sqlite_{k}": v for k, v in load(sqlite).items()}
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from conftest import postgres_url  # the tests' throwaway server

        gen = postgres_url.__wrapped__()  # type: ignore[attr-defined]
        url = next(gen)
        pg = Store(url)
        fill(pg)
        figures |= {f"postgres_{k}": v for k, v in load(pg).items()}
        pg.engine.dispose()
        next(gen, None)
    except Exception as e:  # noqa: BLE001 - PostgreSQL is optional here
        print(f"postgres skipped: {e}", file=sys.stderr)
    print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
