"""Counts of merged events per group and period: events, fatalities and events by type.

A group is a country, an admin1 or admin2 (keyed with its country, and an admin2 with its
admin1 too: the names repeat across countries), or an actor1. A period is an ISO week
(starting on Monday) or a calendar month, named by its first day.

`periods` folds event dicts in Python (tests, the back-test, short lists). `store_periods`
reads the store with an EventFilter and groups in SQL by group, period start and event type,
so that /trends over a million events moves a few thousand rows, not a million; the period
start is computed by each dialect (SQLite's date modifiers, PostgreSQL's date_trunc).
`escalations` runs the baseline (baseline.py) for every group of one week.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, cast, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from conflictwire.store.db import EventFilter, Store, filter_conditions
from conflictwire.store.schema import clusters
from conflictwire.trends import baseline

BY = ("country", "admin1", "admin2", "actor1")
INTERVALS = ("week", "month")
KEYS: dict[str, tuple[str, ...]] = {"country": ("country",), "admin1": ("country", "admin1"),
                                    "admin2": ("country", "admin1", "admin2"), "actor1": ("actor1",)}
Key = tuple[Any, ...]


def period_start(d: date, interval: str) -> date:
    """The first day of the week (Monday) or month holding d."""
    return d - timedelta(days=d.weekday()) if interval == "week" else d.replace(day=1)


def next_period(d: date, interval: str) -> date:
    return d + timedelta(days=7) if interval == "week" else date(d.year + d.month // 12, d.month % 12 + 1, 1)


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime or an ISO string (SQLite gives dates back as text)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class _Fold:
    """Sums (group, day, event type, events, fatalities) into (group, period) rows."""

    def __init__(self, by: str, interval: str) -> None:
        if by not in KEYS or interval not in INTERVALS:
            raise ValueError(f"by is one of {', '.join(BY)}; interval is week or month")
        self.by, self.interval = by, interval
        self.acc: dict[tuple[Key, date], dict[str, Any]] = {}

    def add(self, key: Key, day: date, event_type: str | None, n: int, fatalities: int) -> None:
        start = period_start(day, self.interval)
        row = self.acc.get((key, start))
        if row is None:
            row = self.acc[(key, start)] = {**dict(zip(KEYS[self.by], key, strict=True)), "period": start,
                                            "events": 0, "fatalities": 0, "types": {}}
        row["events"] += n
        row["fatalities"] += fatalities
        kind = event_type or "unknown"
        row["types"][kind] = row["types"].get(kind, 0) + n

    def rows(self) -> list[dict[str, Any]]:
        """Rows by group (None last within a name) then period."""
        def order(item: tuple[tuple[Key, date], dict[str, Any]]) -> tuple[Any, ...]:
            (key, start), _ = item
            return (*((v is None, str(v or "")) for v in key), start)
        return [dict(row, types=dict(sorted(row["types"].items()))) for _, row in sorted(self.acc.items(), key=order)]


def periods(rows: Iterable[Mapping[str, Any]], by: str = "country", interval: str = "week") -> list[dict[str, Any]]:
    """Per group and period: events, fatalities (a missing toll counts 0) and events by type.
    Rows without a date are left out; periods without events are absent."""
    fold = _Fold(by, interval)
    for r in rows:
        day = as_date(r.get("event_date"))
        if day is not None:
            fold.add(tuple(r.get(k) for k in KEYS[by]), day, r.get("event_type"), 1, int(r.get("fatalities") or 0))
    return fold.rows()


def conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE of an EventFilter over `clusters`, as GET /events applies it, for dated events."""
    return [clusters.c.event_date.is_not(None), *filter_conditions(f)]


def _period_sql(dialect: str, interval: str) -> ColumnElement[Any]:
    # constants as literals, not parameters: PostgreSQL must see the same expression in
    # SELECT and GROUP BY
    col = clusters.c.event_date
    if dialect == "postgresql":
        return cast(func.date_trunc(literal_column(f"'{interval}'"), cast(col, DateTime)), Date)
    if interval == "week":  # SQLite stores ISO text: next Sunday (or today), then back to Monday
        return func.date(col, literal_column("'weekday 0'"), literal_column("'-6 days'"))
    return func.date(col, literal_column("'start of month'"))


def store_periods(st: Store, f: EventFilter | None = None, by: str = "country",
                  interval: str = "week") -> list[dict[str, Any]]:
    """`periods` of the store's merged events matching f, grouped in SQL."""
    fold = _Fold(by, interval)
    dialect = st.engine.dialect.name
    keys: list[ColumnElement[Any]] = [clusters.c[k] for k in KEYS[by]]
    if dialect == "sqlite":
        # SQLite would walk the (country, admin1) index to group, fetching every row out of
        # order (~30% slower over 1M events than a plain scan; it sorts for GROUP BY anyway)
        keys = [(k.op("||")(literal_column("''"))).label(name) for k, name in zip(keys, KEYS[by], strict=True)]
    start = _period_sql(dialect, interval)
    stmt = (select(*keys, start.label("period"), clusters.c.event_type, func.count().label("n"),
                   func.coalesce(func.sum(clusters.c.fatalities), 0).label("fatalities"))
            .where(*conditions(f or EventFilter())).group_by(*keys, start, clusters.c.event_type))
    days: dict[Any, date | None] = {}  # a few hundred distinct periods: convert each once
    n = len(keys)
    with st.engine.connect() as conn:
        for r in conn.execute(stmt):
            day = days.get(r[n])
            if day is None:
                day = days[r[n]] = as_date(r[n])
            if day is not None:
                fold.add(r[:n], day, r[n + 1], int(r[n + 2]), int(r[n + 3]))
    return fold.rows()


def dense(rows: Iterable[Mapping[str, Any]], by: str, interval: str, first: date, last: date,
          field: str = "events") -> tuple[list[date], dict[Key, list[int]]]:
    """The periods from first to last (inclusive) and, per group, its `field` in each (0 for
    a period without events): the series the baseline reads."""
    starts, d = [], period_start(first, interval)
    while d <= last:
        starts.append(d)
        d = next_period(d, interval)
    index = {s: i for i, s in enumerate(starts)}
    out: dict[Key, list[int]] = {}
    for r in rows:
        day = as_date(r["period"])
        i = index.get(day) if day else None
        if i is not None:
            out.setdefault(tuple(r.get(k) for k in KEYS[by]), [0] * len(starts))[i] += int(r[field])
    return starts, out


def newest_date(st: Store, f: EventFilter | None = None) -> date | None:
    with st.engine.connect() as conn:
        return as_date(conn.execute(select(func.max(clusters.c.event_date)).where(*conditions(f or EventFilter()))).scalar())


def latest_complete_week(st: Store, f: EventFilter | None = None, today: date | None = None) -> date:
    """The Monday of the last week that has ended, or of the newest event's week when the
    store's events end before that (an archive is read at its own last week)."""
    last_ended = period_start(today or date.today(), "week") - timedelta(days=7)
    newest = newest_date(st, f)
    return min(last_ended, period_start(newest, "week")) if newest else last_ended


def escalations(st: Store, f: EventFilter | None = None, by: str = "admin1", week: date | None = None,
                s: baseline.Settings = baseline.DEFAULT) -> dict[str, Any]:
    """Every group with events in `week` or the s.window weeks before it: observed and
    expected events, the upper bound and the flag, the window's weekly counts (`series`,
    oldest first, the week last) with each week's bound from the weeks before it within the
    window (`bands`), and the same for fatalities. Flagged
    groups first, then by events. f's since/until are replaced by that window."""
    f = f or EventFilter()
    monday = period_start(week, "week") if week else latest_complete_week(st, replace(f, since=None, until=None))
    first = monday - timedelta(weeks=s.window)
    rows = store_periods(st, replace(f, since=first, until=monday + timedelta(days=6)), by, "week")
    _, counts = dense(rows, by, "week", first, monday, "events")
    _, deaths = dense(rows, by, "week", first, monday, "fatalities")
    areas = []
    for key, ev in counts.items():
        e = baseline.signal(ev[:-1], ev[-1], s)
        d = baseline.signal(deaths[key][:-1], deaths[key][-1], s, overdispersed=True)
        _, bands = baseline.rolling(ev, s)  # each week's bound from the weeks of the window before it
        areas.append({**dict(zip(KEYS[by], key, strict=True)), "observed": int(e.observed),
                      "expected": round(e.expected, 3), "upper": int(e.upper), "flag": e.flag,
                      "series": [int(x) for x in ev], "bands": [int(x) for x in bands],
                      "fatalities": {"observed": int(d.observed), "expected": round(d.expected, 3),
                                     "upper": round(d.upper, 3), "flag": d.flag}})
    areas.sort(key=lambda a: (not a["flag"], not a["fatalities"]["flag"], -a["observed"], str(a.get(by) or "")))
    return {"week": monday.isoformat(), "by": by, "model": s.as_dict(), "areas": areas}


def to_csv(rows: list[dict[str, Any]], by: str) -> str:
    """One line per group and period; one column per event type seen."""
    kinds = sorted({k for r in rows for k in r["types"]})
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([*KEYS[by], "period", "events", "fatalities", *kinds])
    for r in rows:
        w.writerow([*(r.get(k) or "" for k in KEYS[by]), str(r["period"]), r["events"], r["fatalities"],
                    *(r["types"].get(k, 0) for k in kinds)])
    return buf.getvalue()
