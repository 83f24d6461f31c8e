"""Subscription matching: 200 subscriptions against 1,000 new events.

Two figures: the matching alone (every subscription's filters against every event), and the
whole outbox step in SQLite (matching, then writing each alert and its delivery rows in the
ingest's transaction). Subscriptions and events are drawn at random over Sahel places,
actors, types and tolls. Last line: name=value pairs.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from conflictwire.alerts import subscriptions
from conflictwire.alerts.outbox import ClusterChange, enqueue
from conflictwire.alerts.subscriptions import Matcher, SubscriptionIn, matchers
from conflictwire.store.db import Store, now
from conflictwire.store.schema import clusters, outbox
from conflictwire.taxonomy import EVENT_TYPES

PLACES = [("Mali", "Mopti", "Boni", 15.08, -2.22), ("Mali", "Gao", "Ansongo", 15.66, 0.50),
          ("Mali", "Tombouctou", "Goundam", 16.41, -3.67), ("Burkina Faso", "Sahel", "Djibo", 14.1, -1.63),
          ("Burkina Faso", "Est", "Diapaga", 12.07, 1.79), ("Niger", "Tillabéri", "Ayorou", 14.73, 0.92),
          ("Niger", "Diffa", "Bosso", 13.70, 13.31)]
ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Military Forces of Mali (2021-)",
          "Military Forces of Burkina Faso (2022-)", "Military Forces of Niger (2023-)", "Civilians (Mali)",
          "Unidentified Armed Group (Niger)", "Wagner Group"]
N_SUBS, N_EVENTS = 200, 1000


def random_sub(rng: random.Random, i: int) -> SubscriptionIn:
    country, admin1, _, lat, lon = rng.choice(PLACES)
    kind = rng.randrange(4)
    return SubscriptionIn(
        name=f"sub {i}",
        countries=[country] if kind == 0 else [],
        admin1=[admin1] if kind == 1 else [],
        near={"lat": lat + rng.uniform(-1, 1), "lon": lon + rng.uniform(-1, 1), "km": rng.choice([25, 50, 100, 200])} if kind == 2 else None,
        actors=[rng.choice(ACTORS).split(":")[0].split(" (")[0]] if kind == 3 or rng.random() < 0.2 else [],
        event_types=rng.sample(sorted(EVENT_TYPES), 2) if rng.random() < 0.3 else [],
        min_fatalities=rng.choice([None, None, 1, 5, 10]),
    )


def random_event(rng: random.Random, i: int) -> dict[str, object]:
    country, admin1, loc, lat, lon = rng.choice(PLACES)
    et = rng.choice(sorted(EVENT_TYPES))
    return {"id": f"ev{i:06d}", "event_type": et, "sub_event_type": EVENT_TYPES[et][0], "country": country, "admin1": admin1,
            "location": loc, "latitude": lat + rng.uniform(-0.3, 0.3), "longitude": lon + rng.uniform(-0.3, 0.3),
            "actor1": rng.choice(ACTORS), "actor2": rng.choice(ACTORS), "fatalities": rng.choice([0, 0, 1, 3, 8, 20])}


def main() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "m.db"))
        kid = store.key_id(store.create_key("bench"))
        assert kid is not None
        for i in range(N_SUBS):
            subscriptions.create(store, kid, random_sub(rng, i).model_copy(update={"webhook_url": "https://hooks.example/x"}))
        evs = [random_event(rng, i) for i in range(N_EVENTS)]
        with store.engine.begin() as conn:
            subs: list[Matcher] = matchers(conn)
            for ev in evs:
                conn.execute(clusters.insert().values(**ev, sources=1, updated_at=now()))

        t0 = time.perf_counter()
        hits = sum(m.matches(ev) for ev in evs for m in subs)
        match_ms = (time.perf_counter() - t0) * 1000 / N_EVENTS

        t0 = time.perf_counter()
        with store.engine.begin() as conn:
            for ev in evs:  # one event an ingest, as the watcher does
                enqueue(conn, [ClusterChange(str(ev["id"]), "new")])
        outbox_ms = (time.perf_counter() - t0) * 1000 / N_EVENTS
        with store.engine.connect() as conn:
            written = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
    assert written == hits, (written, hits)
    print(f"subscriptions={N_SUBS} events={N_EVENTS} alerts={hits} match_ms_per_event={match_ms:.3f} "
          f"outbox_ms_per_event={outbox_ms:.3f}")


if __name__ == "__main__":
    main()
