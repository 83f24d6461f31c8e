"""Corrections become gold: the reports analysts reviewed, with the events as the analysts
left them, in the format `conflictwire eval --gold` scores the extractor against.

One JSON object a line: a report (id, text, published, language, url, outlet) and its gold
`events` (ACLED fields). A report is gold when every event found in it was reviewed (given a
verdict or corrected): its events are then the merged events the analysts kept, and an event
they rejected is left out, so that extracting it again counts against the extractor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from conflictwire.store.db import Store
from conflictwire.store.ingest import plain
from conflictwire.store.schema import articles, clusters, corrections, events, members

GOLD_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
               "admin2", "location", "latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high")


def gold_reports(store: Store, reviewed_only: bool = True) -> Iterator[dict[str, Any]]:
    """Each report as gold (see the module's text); with reviewed_only False, every report,
    its events as the store holds them (unreviewed ones too, rejected ones still left out)."""
    with store.engine.connect() as conn:
        corrected = {r.cluster_id for r in conn.execute(select(corrections.c.cluster_id).distinct())}
        told: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in conn.execute(select(events.c.article_id, clusters)
                              .join(members, members.c.event_id == events.c.id)
                              .join(clusters, clusters.c.id == members.c.cluster_id)
                              .order_by(events.c.article_id, events.c.id)):
            told[r.article_id].append(dict(r._mapping))
        for a in conn.execute(select(articles).order_by(articles.c.id)):
            cls = told.get(a.id, [])
            if reviewed_only and (not cls or not all(c["review"] or c["id"] in corrected for c in cls)):
                continue
            kept = list({c["id"]: c for c in cls if c["review"] != "rejected"}.values())
            yield {"id": a.doc_id, "text": a.text, "published": a.published.isoformat() if a.published else None,
                   "language": a.language, "url": a.url, "outlet": a.outlet,
                   "events": [{"event_id": c["id"], **{f: plain(c[f]) for f in GOLD_FIELDS}} for c in kept]}
