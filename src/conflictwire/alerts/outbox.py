"""The outbox: alerts written in the same transaction as the changes that cause them.

If the transaction commits, the alert exists and a delivery worker will send it; if the
process dies first, neither the events nor the alert exist and the report is ingested again.
That is what makes alerts never lost: delivery reads only committed rows.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from conflictwire.alerts.subscriptions import Matcher, matchers
from conflictwire.store.schema import (
    articles,
    clusters,
    deliveries,
    events,
    members,
    outbox,
    subscriptions,
)

# Set after a commit that wrote alerts, so a delivery worker in this process wakes at once
# (workers in other processes poll).
NEW_ALERTS = threading.Event()


@dataclass(frozen=True)
class ClusterChange:
    """What an ingest did to a merged event: founded it ('new') or added a report ('source').
    Tolls are (fatalities, low, high): a report that widens the range changes the toll."""

    cluster_id: str
    kind: str
    toll_before: tuple[int | None, int | None, int | None] | None = None
    toll_after: tuple[int | None, int | None, int | None] | None = None

    @property
    def toll_changed(self) -> bool:
        return self.kind == "source" and self.toll_before != self.toll_after


def enqueue(conn: Connection, changes: list[ClusterChange], subs: list[Matcher] | None = None) -> int:
    """Match the changed clusters against every subscription; write an outbox row and its
    pending deliveries for each alert. Runs inside the caller's transaction. Returns the count."""
    if not changes:
        return 0
    subs = matchers(conn) if subs is None else subs
    if not subs:
        return 0
    channels = _channels(conn)
    written = 0
    last: dict[str, ClusterChange] = {}
    for ch in changes:  # several changes to one cluster in one transaction alert once
        prev = last.get(ch.cluster_id)
        last[ch.cluster_id] = ch if prev is None else ClusterChange(ch.cluster_id, prev.kind, prev.toll_before, ch.toll_after)
    for ch in last.values():
        row = conn.execute(select(clusters).where(clusters.c.id == ch.cluster_id)).first()
        if row is None:
            continue
        ev = dict(row._mapping)
        payload: dict[str, Any] | None = None
        for sub in subs:
            if not sub.matches(ev):
                continue
            before = conn.execute(select(func.count()).select_from(outbox).where(
                outbox.c.subscription_id == sub.id, outbox.c.cluster_id == ch.cluster_id)).scalar_one()
            reason = _reason(sub, ch, before)
            if reason is None:
                continue
            payload = payload or _payload(conn, ev)
            written += _write(conn, sub.id, ch.cluster_id, reason, before, payload, channels.get(sub.id, ()))
    return written


def _reason(sub: Matcher, ch: ClusterChange, alerted_before: int) -> str | None:
    if not alerted_before:
        return "new"  # also when a merge first makes the event match (a toll rising past a threshold)
    if ch.toll_changed and sub.on_toll_change:
        return "toll"
    if ch.kind == "source" and sub.on_new_source:
        return "source"
    return None


def _channels(conn: Connection) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for r in conn.execute(select(subscriptions.c.id, subscriptions.c.webhook_url, subscriptions.c.email)):
        out[r.id] = tuple(c for c, on in (("webhook", r.webhook_url), ("email", r.email)) if on)
    return out


def _write(conn: Connection, sub_id: str, cluster_id: str, reason: str, n: int, payload: dict[str, Any],
           channels: tuple[str, ...]) -> int:
    key = f"cw:{sub_id}:{cluster_id}:{n + 1}"  # the n+1-th alert of this event for this subscription
    body = {"idempotency_key": key, "subscription_id": sub_id, "reason": reason, **payload}
    stamp = time.time()
    seq = conn.execute(outbox.insert().values(
        subscription_id=sub_id, cluster_id=cluster_id, reason=reason, idempotency_key=key, payload=body, created=stamp,
    )).inserted_primary_key[0]  # type: ignore[index]
    for channel in channels:
        conn.execute(deliveries.insert().values(outbox_seq=seq, channel=channel, status="pending", attempts=0, next_attempt=stamp))
    return 1


def _payload(conn: Connection, ev: dict[str, Any]) -> dict[str, Any]:
    """The event as it is now, with every report that tells it (outlet, date, link)."""
    rows = conn.execute(
        select(articles.c.doc_id, articles.c.url, articles.c.outlet, articles.c.published, members.c.reason)
        .join(events, events.c.article_id == articles.c.id)
        .join(members, members.c.event_id == events.c.id)
        .where(members.c.cluster_id == ev["id"])
    )
    sources = [jsonable(dict(r._mapping)) for r in rows]
    return {"event": jsonable(ev), "sources": sources}


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """Dates as ISO strings, so the payload is plain JSON on every database."""
    return json.loads(json.dumps(row, default=lambda v: v.isoformat() if isinstance(v, date | datetime) else str(v)))
