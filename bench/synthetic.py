"""Made-up merged events for the API and dashboard benches: places, types and actors drawn at
random (seeded, so every run stores the same rows) and inserted in batches."""

from __future__ import annotations

import random
from datetime import date, timedelta

from conflictwire.store.db import Store, now
from conflictwire.store.schema import clusters

ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Unidentified Armed Group (Mali)", "Islamic State (Sahel)"]


def fill_clusters(store: Store, n: int, *, seed: int, places: list[tuple[str, str, str, float, float]],
                  types: list[tuple[str, str]], first: date, days: int, spread: float,
                  precisions: tuple[int, ...] = (1,), actor2: str | None = None) -> None:
    """n clusters: a place of `places` moved up to `spread` degrees, a type of `types`, a day
    within `days` of `first`, a precision of `precisions`."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        country, admin1, loc, lat, lon = rnd.choice(places)
        et, sub = rnd.choice(types)
        rows.append({
            "id": f"{i:012d}", "event_date": first + timedelta(days=rnd.randrange(days)), "time_precision": 1,
            "event_type": et, "sub_event_type": sub, "actor1": rnd.choice(ACTORS), "actor2": actor2,
            "country": country, "admin1": admin1, "location": loc,
            "latitude": lat + rnd.uniform(-spread, spread), "longitude": lon + rnd.uniform(-spread, spread),
            "geo_precision": rnd.choice(precisions) if len(precisions) > 1 else precisions[0], "fatalities": rnd.randrange(30), "weapons": [],
            "confidence": 0.7, "sources": 1, "updated_at": now(),
        })
    with store.engine.begin() as conn:
        for i in range(0, n, 5000):
            conn.execute(clusters.insert(), rows[i : i + 5000])
