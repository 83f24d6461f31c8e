"""Counts of merged events per group and period: events, fatalities and events by type.

A group is a country, an admin1 or admin2 (keyed with its country, and an admin2 with its
admin1 too: the names repeat across countries), or an actor1. A period is an ISO week
(starting on Monday) or a calendar month, named by its first day.

`periods` folds event dicts in Python (tests, the back-test, short lists). `store_periods`
reads the store with an EventFilter and groups in SQL by group, period start and event type,
so that /trends over a million events moves a few thousand rows, not a million. It reads the
rollup the database keeps (store/rollup.py: sums per name and segment of a week in a month,
by event type) when the filter is one the rollup keeps, and groups `clusters` otherwise (there
the period start is computed by each dialect: SQLite's date modifiers, PostgreSQL's date_trunc).
`escalations` runs the baseline (baseline.py) for every group of one week.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Select,
    String,
    cast,
    func,
    literal_column,
    not_,
    select,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from conflictwire.store import rollup
from conflictwire.store.db import EventFilter, Store, filter_conditions
from conflictwire.store.schema import clusters, trend_days
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
    """Sums (group, day, events, fatalities, events by type) into (group, period) rows."""

    def __init__(self, by: str, interval: str) -> None:
        if by not in KEYS or interval not in INTERVALS:
            raise ValueError(f"by is one of {', '.join(BY)}; interval is week or month")
        self.by, self.interval = by, interval
        self.acc: dict[tuple[Key, date], dict[str, Any]] = {}
        # a few hundred groups and days over any number of rows: each worked out once
        self.starts: dict[date, date] = {}
        self.names: dict[Key, dict[str, Any]] = {}

    def add_counts(self, rows: Iterable[tuple[Key, date, int, int, dict[str, int]]]) -> None:
        """Rows of (group, day, events, fatalities, events by type); the fold may keep the dicts.
        One loop for them all: ~10,000 rows a request, where a call a row would show."""
        acc, starts, names, interval = self.acc, self.starts, self.names, self.interval
        for key, day, n, fatalities, counts in rows:
            start = starts.get(day)
            if start is None:
                start = starts[day] = period_start(day, interval)
            if "" in counts:
                counts["unknown"] = counts.get("unknown", 0) + counts.pop("")
            row = acc.get((key, start))
            if row is None:
                named = names.get(key)
                if named is None:
                    named = names[key] = dict(zip(KEYS[self.by], key, strict=True))
                acc[(key, start)] = {**named, "period": start, "events": n, "fatalities": fatalities, "types": counts}
                continue
            row["events"] += n
            row["fatalities"] += fatalities
            have = row["types"]
            for kind, m in counts.items():
                have[kind] = have.get(kind, 0) + m

    def rows(self) -> list[dict[str, Any]]:
        """Rows by group (None last within a name) then period."""
        order = {g: tuple((v is None, str(v or "")) for v in g) for g in self.names}
        items = sorted(self.acc.items(), key=lambda item: (order[item[0][0]], item[0][1]))
        for _, row in items:  # (the rows are the fold's own: sorted in place)
            row["types"] = dict(sorted(row["types"].items()))
        return [row for _, row in items]


def periods(rows: Iterable[Mapping[str, Any]], by: str = "country", interval: str = "week") -> list[dict[str, Any]]:
    """Per group and period: events, fatalities (a missing toll counts 0) and events by type.
    Rows without a date are left out; periods without events are absent."""
    fold = _Fold(by, interval)
    keys = KEYS[fold.by]

    def counted() -> Iterator[tuple[Key, date, int, int, dict[str, int]]]:
        for r in rows:
            day = as_date(r.get("event_date"))
            if day is not None:
                yield (tuple(r.get(k) for k in keys), day, 1, int(r.get("fatalities") or 0),
                       {r.get("event_type") or "unknown": 1})

    fold.add_counts(counted())
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


def store_periods(st: Store, f: EventFilter | None = None, by: str = "country", interval: str = "week",
                  _rollup: bool = True) -> list[dict[str, Any]]:
    """`periods` of the store's merged events matching f, grouped in SQL: from the rollup
    (store/rollup.py) when it keeps every filter of f, the segments that f's since and until
    cut through then read from `clusters`; from `clusters` alone otherwise (or with _rollup
    False: the tests compare the two)."""
    f = f or EventFilter()
    fold = _Fold(by, interval)
    grain = _grain(f, by) if _rollup else None
    with st.engine.connect() as conn, _no_collection():
        if grain is None:
            _from_clusters(conn, f, fold)
        else:
            whole, cut = _spans(f.since, f.until)
            if whole is not None:
                _from_rollup(conn, f, grain, whole, fold)
            for lo, hi in cut:
                _from_clusters(conn, replace(f, since=lo, until=hi), fold)
        return fold.rows()


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector off while a fold allocates its tens of thousands of dicts (none in
    a cycle): the full collections they set off walk every object of the process, ~40 ms of a
    /trends by admin1 and week over a million events in the API server (best of 40: 94 ms
    against 134). Back on after, unless it was off before."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _grain(f: EventFilter, by: str) -> str | None:
    """The rollup grain that answers f by `by`, or None when f filters on what it does not keep."""
    if f.sub_event_type or f.actor or f.min_fatalities is not None or f.bbox or f.q:
        return None
    if by == "actor1":
        return None if f.admin1 else "actor1"
    if by == "country" and not f.admin1:
        return "country"
    return "admin2" if by == "admin2" else "admin1"


def _spans(since: date | None, until: date | None) -> tuple[tuple[date | None, date | None] | None,
                                                            list[tuple[date, date]]]:
    """The first and last day of the whole segments from since to until (None: no bound; no
    pair: no whole segment), and the days of the segments the range cuts (up to two ranges)."""
    start, end = since or date.min, until or date.max
    if start > end:
        return None, []
    lo, hi = start, end
    if since is not None and rollup.segment(since)[0] != since:
        lo = rollup.segment(since)[1] + timedelta(days=1)
    if until is not None and rollup.segment(until)[1] != until:
        hi = rollup.segment(until)[0] - timedelta(days=1)
    if lo > hi:  # within one segment, or two that meet
        return None, [(start, end)]
    cut = [(start, lo - timedelta(days=1))] if lo > start else []
    cut += [(hi + timedelta(days=1), end)] if hi < end else []
    return (None if since is None else lo, None if until is None else hi), cut


def _from_rollup(conn: Connection, f: EventFilter, grain: str, span: tuple[date | None, date | None],
                 fold: _Fold) -> None:
    """The grain's segments from span's first to last day (None: no bound) matching f, into fold."""
    t = trend_days.c
    conds: list[ColumnElement[bool]] = [t.grain == grain]
    if not f.candidates:
        conds.append(not_(t.candidate))
    if not f.include_rejected:
        conds.append(not_(t.rejected))
    if f.country:
        conds.append(func.lower(t.country) == f.country.lower())
    if f.admin1:
        conds.append(func.lower(t.admin1) == f.admin1.lower())
    if span[0] is not None:
        conds.append(t.first_day >= span[0])
    if span[1] is not None:
        conds.append(t.first_day <= span[1])
    start = t.week if fold.interval == "week" else t.month
    names = rollup.GRAINS[grain]
    rows = conn.execute(select(*(t[k] for k in names), type_coerce(start, String), t.events, t.fatalities, t.types,
                               *([t.deaths] if f.event_type else [])).where(*conds)).all()
    n = len(names)
    # a row's counts by type are a JSON object: one parse for them all (a call a row would show)
    types = json.loads("[" + ",".join(r[n + 3] for r in rows) + "]")
    deaths = json.loads("[" + ",".join(r[n + 4] for r in rows) + "]") if f.event_type else []
    pick = [names.index(k) for k in KEYS[fold.by]]
    days: dict[Any, date | None] = {}
    keys: dict[Key, Key] = {}

    def counted() -> Iterator[tuple[Key, date, int, int, dict[str, int]]]:
        for i, r in enumerate(rows):
            counts, events, fatalities = types[i], r[n + 1], r[n + 2]
            if f.event_type:  # that type's share of the row
                events = counts.get(f.event_type)
                if not events:
                    continue
                counts, fatalities = {f.event_type: events}, deaths[i].get(f.event_type, 0)
            day = days.get(r[n])
            if day is None:
                day = days[r[n]] = as_date(r[n])
            key = keys.get(r[:n])
            if key is None:  # (no name is '' here)
                key = keys[r[:n]] = tuple(r[j] or None for j in pick)
            if day is not None:
                yield key, day, events, fatalities, counts

    fold.add_counts(counted())


def _from_clusters(conn: Connection, f: EventFilter, fold: _Fold) -> None:
    dialect = conn.dialect.name
    keys: list[ColumnElement[Any]] = [clusters.c[k] for k in KEYS[fold.by]]
    if dialect == "sqlite":
        # SQLite would walk the (country, admin1) index to group, fetching every row out of
        # order (~30% slower over 1M events than a plain scan; it sorts for GROUP BY anyway)
        keys = [(k.op("||")(literal_column("''"))).label(name) for k, name in zip(keys, KEYS[fold.by], strict=True)]
    start = _period_sql(dialect, fold.interval)
    stmt = (select(*keys, start.label("period"), clusters.c.event_type, func.count().label("n"),
                   func.coalesce(func.sum(clusters.c.fatalities), 0).label("fatalities"))
            .where(*conditions(f)).group_by(*keys, start, clusters.c.event_type))
    _fold_rows(conn, stmt, len(keys), fold)


def _fold_rows(conn: Connection, stmt: Select[Any], n: int, fold: _Fold) -> None:
    """Rows of (n names, period start, event type, events, fatalities) into fold; a blank name
    is no name, as in the rollup."""
    days: dict[Any, date | None] = {}  # a few hundred distinct periods and groups: each once
    keys: dict[Key, Key] = {}

    def counted() -> Iterator[tuple[Key, date, int, int, dict[str, int]]]:
        for r in conn.execute(stmt):
            day = days.get(r[n])
            if day is None:
                day = days[r[n]] = as_date(r[n])
            key = keys.get(r[:n])
            if key is None:
                key = keys[r[:n]] = tuple(v or None for v in r[:n])
            if day is not None:
                yield key, day, int(r[n + 2]), int(r[n + 3]), {r[n + 1] or "unknown": int(r[n + 2])}

    fold.add_counts(counted())


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
