"""Reads the dashboard needs beyond the public API: every merged event in one compact
response, events by id (for exports of exactly what is shown), and an event with the text
of each report so that evidence spans can be highlighted."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from conflictwire.extract import confidence
from conflictwire.store.db import Store
from conflictwire.store.schema import articles, changes, clusters

# The columns of the compact list, in order: the client gets {"columns": [...], "rows": [[...]]}.
COLUMNS = ("id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
           "location", "latitude", "longitude", "geo_precision", "fatalities", "sources", "confidence")

_CHUNK = 500


def last_seq(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.max(changes.c.seq))).scalar() or 0)


def compact(row: dict[str, Any]) -> list[Any]:
    out = []
    for c in COLUMNS:
        v = row.get(c)
        if c == "event_date" and v is not None:
            v = str(v)
        elif c == "confidence" and v is not None:
            v = round(float(v), 2)
        elif c in ("latitude", "longitude") and v is not None:
            v = round(float(v), 4)
        out.append(v)
    return out


class EventCache:
    """The serialised list of all events, rebuilt only when the change log moves on."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._seq = -1
        self._body = b""

    def body(self) -> bytes:
        seq = last_seq(self.store)
        if seq != self._seq or not self._body:
            cols = [getattr(clusters.c, c) for c in COLUMNS]
            with self.store.engine.connect() as conn:
                # candidates (below the confidence threshold) and events an analyst rejected are left
                # out, as GET /events leaves them
                kept = (clusters.c.confidence.is_(None) | (clusters.c.confidence >= confidence.threshold())) & (
                    clusters.c.review.is_(None) | (clusters.c.review != "rejected"))
                rows = [compact(dict(r._mapping)) for r in conn.execute(select(*cols).where(kept).order_by(clusters.c.id))]
            self._body = json.dumps({"columns": COLUMNS, "rows": rows, "seq": seq},
                                    separators=(",", ":"), ensure_ascii=False).encode()
            self._seq = seq
        return self._body


def actor_names(store: Store) -> list[str]:
    """Every actor name the merged events carry, sorted."""
    with store.engine.connect() as conn:
        names = {n for col in (clusters.c.actor1, clusters.c.actor2)
                 for (n,) in conn.execute(select(col).distinct()) if n}
    return sorted(names)


def by_ids(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Full rows of the given clusters, in the order given (unknown ids are skipped)."""
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            for r in conn.execute(select(clusters).where(clusters.c.id.in_(chunk))):
                found[r.id] = dict(r._mapping)
    return [found[i] for i in ids if i in found]


def with_texts(store: Store, cluster_id: str) -> dict[str, Any] | None:
    """Store.cluster(id) plus each report's article text and title line (evidence offsets
    point into that text)."""
    cl = store.cluster(cluster_id)
    if cl is None:
        return None
    ids = {r["article_id"] for r in cl["reports"]}
    with store.engine.connect() as conn:
        texts = {r.id: r.text for r in conn.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids)))}
    for r in cl["reports"]:
        r["text"] = texts.get(r["article_id"], "")
    return cl
