"""Escalation alerts: a subscription of kind 'escalation' hears once a week per area when the
area's events (or deaths) that week break out of their usual range.

Checked in the transaction of each ingest, for the areas (admin1, with its country) and weeks
of the events it stored: the week's count against the bound trends/baseline.py draws from the
26 weeks before it, on the events GET /events shows (no candidates, nothing rejected). The
alert is keyed by subscription, area and week, so a week's escalation alerts once however
many reports follow; it carries the event that tipped it and the figures.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from conflictwire.alerts.outbox import ClusterChange, _write, jsonable
from conflictwire.alerts.subscriptions import Matcher, matchers
from conflictwire.store.db import EventFilter, filter_conditions
from conflictwire.store.schema import clusters, outbox
from conflictwire.trends import aggregate, baseline


def area_signal(conn: Connection, country: str, admin1: str, week: date,
                s: baseline.Settings = baseline.DEFAULT) -> tuple[baseline.Signal, baseline.Signal]:
    """This week's events and deaths in the area against the model's bounds from the weeks before."""
    first = week - timedelta(weeks=s.window)
    f = EventFilter(country=country, admin1=admin1, since=first, until=week + timedelta(days=6))
    counts = [0] * (s.window + 1)
    deaths = [0] * (s.window + 1)
    for day, killed in conn.execute(select(clusters.c.event_date, clusters.c.fatalities).where(*filter_conditions(f))):
        if day is None:
            continue
        i = (aggregate.period_start(day, "week") - first).days // 7
        if 0 <= i <= s.window:
            counts[i] += 1
            deaths[i] += killed or 0
    return (baseline.signal(counts[:-1], counts[-1], s),
            baseline.signal(deaths[:-1], deaths[-1], s, overdispersed=True))


def _wants(sub: Matcher, country: str, admin1: str) -> bool:
    return (not sub.countries or country.lower() in sub.countries) and (not sub.admin1 or admin1.lower() in sub.admin1)


def enqueue_escalations(conn: Connection, changes: list[ClusterChange]) -> int:
    """Alerts for the escalation subscriptions whose areas the changed events broke out in."""
    subs = [m for m in matchers(conn) if m.kind == "escalation"]
    if not subs or not changes:
        return 0
    seen: dict[tuple[str, str, date], dict[str, Any]] = {}  # area and week -> the event that tipped it
    for ch in changes:
        row = conn.execute(select(clusters).where(clusters.c.id == ch.cluster_id)).first()
        if row is None or row.event_date is None or not row.country or not row.admin1:
            continue
        seen.setdefault((row.country, row.admin1, aggregate.period_start(row.event_date, "week")), dict(row._mapping))
    written = 0
    for (country, admin1, week), ev in seen.items():
        wanted = [sub for sub in subs if _wants(sub, country, admin1)]
        if not wanted:
            continue
        events, deaths = area_signal(conn, country, admin1, week)
        if not (events.flag or deaths.flag):
            continue
        keys = {sub.id: f"cw:{sub.id}:escalation:{country}:{admin1}:{week.isoformat()}" for sub in wanted}
        done = {k for (k,) in conn.execute(select(outbox.c.idempotency_key).where(outbox.c.idempotency_key.in_(keys.values())))}
        todo = [(sub, "escalation") for sub in wanted if keys[sub.id] not in done]
        if not todo:
            continue
        figures = {"country": country, "admin1": admin1, "week": week.isoformat(),
                   "events": jsonable(events.__dict__), "fatalities": jsonable(deaths.__dict__)}
        written += _write(conn, ev, ClusterChange(ev["id"], "escalation"), todo, {}, keys, {"escalation": figures})
    return written
