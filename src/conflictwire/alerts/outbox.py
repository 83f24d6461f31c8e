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
from conflictwire.extract.confidence import is_candidate
from conflictwire.store.schema import articles, clusters, deliveries, events, members, outbox

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
    subs = [s for s in (matchers(conn) if subs is None else subs) if s.kind == "events"]
    if not subs:
        return 0
    last: dict[str, ClusterChange] = {}
    for ch in changes:  # several changes to one cluster in one transaction alert once
        prev = last.get(ch.cluster_id)
        last[ch.cluster_id] = ch if prev is None else ClusterChange(ch.cluster_id, prev.kind, prev.toll_before, ch.toll_after)
    written = 0
    for ch in last.values():
        row = conn.execute(select(clusters).where(clusters.c.id == ch.cluster_id)).first()
        if row is None:
            continue
        ev = dict(row._mapping)
        if is_candidate(ev.get("confidence")) or ev.get("review") == "rejected":
            continue  # below the confidence threshold, or rejected by an analyst: never alerted
        hits = [sub for sub in subs if sub.matches(ev)]
        if not hits:
            continue
        before: dict[str, int] = dict(conn.execute(  # earlier alerts of this event, per subscription
            select(outbox.c.subscription_id, func.count()).where(outbox.c.cluster_id == ch.cluster_id)
            .group_by(outbox.c.subscription_id)).all())
        alerts = [(sub, reason) for sub in hits if (reason := _reason(sub, ch, before.get(sub.id, 0)))]
        if alerts:
            written += _write(conn, ev, ch, alerts, before)
    return written


def enqueue_updated(conn: Connection, before: dict[str, Any], after: dict[str, Any]) -> int:
    """Alerts of kind 'updated' after an analyst changed an event: to every subscription its
    filter now matches and did not before, and to every one it no longer matches that was
    alerted of it before. A rejected or below-threshold event matches nothing."""
    subs = [s for s in matchers(conn) if s.kind == "events"]
    if not subs:
        return 0

    def matching(ev: dict[str, Any]) -> set[str]:
        if is_candidate(ev.get("confidence")) or ev.get("review") == "rejected":
            return set()
        return {sub.id for sub in subs if sub.matches(ev)}

    was, now_ = matching(before), matching(after)
    before_counts: dict[str, int] = dict(conn.execute(
        select(outbox.c.subscription_id, func.count()).where(outbox.c.cluster_id == after["id"])
        .group_by(outbox.c.subscription_id)).all())
    told = [sub for sub in subs if (sub.id in now_ and sub.id not in was)
            or (sub.id in was and sub.id not in now_ and before_counts.get(sub.id, 0))]
    if not told:
        return 0
    return _write(conn, after, ClusterChange(after["id"], "updated"), [(sub, "updated") for sub in told], before_counts)


def _reason(sub: Matcher, ch: ClusterChange, alerted_before: int) -> str | None:
    if not alerted_before:
        return "new"  # also when a merge first makes the event match (a toll rising past a threshold)
    if ch.toll_changed and sub.on_toll_change:
        return "toll"
    if ch.kind == "source" and sub.on_new_source:
        return "source"
    return None


def _write(conn: Connection, ev: dict[str, Any], ch: ClusterChange, alerts: list[tuple[Matcher, str]],
           before: dict[str, int], keys: dict[str, str] | None = None, extra: dict[str, Any] | None = None) -> int:
    """Outbox rows and pending deliveries for `alerts` about `ev`; each keyed by `keys[sub]`
    or, by default, as the n-th alert of this event for the subscription; `extra` joins the payload."""
    payload = {**_payload(conn, ev), **(extra or {})}
    stamp = time.time()
    rows = []
    for sub, reason in alerts:
        # the n-th alert of this event for sub, unless the caller names its own key
        key = (keys or {}).get(sub.id) or f"cw:{sub.id}:{ch.cluster_id}:{before.get(sub.id, 0) + 1}"
        body = {"idempotency_key": key, "subscription_id": sub.id, "reason": reason, **payload}
        rows.append({"subscription_id": sub.id, "cluster_id": ch.cluster_id, "reason": reason,
                     "idempotency_key": key, "payload": body, "created": stamp})
    inserted = conn.execute(outbox.insert().returning(outbox.c.seq, outbox.c.subscription_id), rows).all()
    channels = {sub.id: sub.channels for sub, _ in alerts}
    pending = [{"outbox_seq": seq, "channel": c, "status": "pending", "attempts": 0, "next_attempt": stamp}
               for seq, sub_id in inserted for c in channels[sub_id]]
    if pending:
        conn.execute(deliveries.insert(), pending)
    return len(rows)


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
