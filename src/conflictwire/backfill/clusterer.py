"""The store's clustering (store/ingest.py: the same candidates, `match`, `reconcile`) over
rows held in memory, for a backfill's one de-duplication pass.

Asking the database for each event's candidates costs a query returning every cluster of the
country within a month: quadratic in a backfill's size. Here candidates come from an index by
(country, month) instead, and are tried in the order the database would return them (insertion
order on SQLite; on PostgreSQL an updated row moves to the end of the table), so that ties are
broken as `ingest` breaks them and the clusters are the same.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from conflictwire.dedup.cluster import match, reconcile
from conflictwire.store.schema import EVENT_FIELDS

WINDOW = timedelta(days=31)  # store/ingest.py's _candidates: a month either side

Row = Mapping[str, Any]


def _month(d: Any) -> int | None:
    if d is None:
        return None
    d = d if isinstance(d, date) else date.fromisoformat(str(d))
    return d.year * 12 + d.month - 1


@dataclass
class Placed:
    event_id: str
    cluster_id: str
    reason: str
    new: bool  # founded its cluster


class Clusterer:
    def __init__(self, move_on_update: bool, load_members: Callable[[str], list[Row]] | None = None) -> None:
        self.move_on_update = move_on_update
        self.load_members = load_members  # an existing cluster's reports, read when it first grows
        self.fields: dict[str, dict[str, Any]] = {}
        self.rows: dict[str, list[Row]] = {}
        self.stamp: dict[str, int] = {}
        self.index: dict[str | None, dict[int | None, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
        self.where: dict[str, tuple[str | None, int | None]] = {}
        self.counter = itertools.count()
        self.touched: dict[str, bool] = {}  # cluster → founded in this pass (else: an existing one, changed)

    def add_existing(self, clusters: Iterable[Row]) -> None:
        """Clusters already stored, in the order the database returns them."""
        for cl in clusters:
            self._put(cl["id"], {f: cl[f] for f in EVENT_FIELDS})

    def _put(self, cid: str, fields: dict[str, Any]) -> None:
        old = self.where.get(cid)
        if old is not None:
            del self.index[old[0]][old[1]][cid]
        key = (fields["country"], _month(fields["event_date"]))
        self.index[key[0]][key[1]][cid] = None
        self.where[cid] = key
        self.fields[cid] = fields
        if cid not in self.stamp or self.move_on_update:
            self.stamp[cid] = next(self.counter)

    def _candidates(self, row: Row) -> list[str]:
        countries = [row["country"], None] if row["country"] else list(self.index)
        d = row["event_date"]
        out: list[str] = []
        for c in dict.fromkeys(countries):
            buckets = self.index.get(c)
            if not buckets:
                continue
            if d is None:
                months: Iterable[int | None] = list(buckets)
            else:
                lo, hi = _month(d - WINDOW), _month(d + WINDOW)
                assert lo is not None and hi is not None
                months = [*range(lo, hi + 1), None]
            for m in months:
                for cid in buckets.get(m, ()):
                    cd = self.fields[cid]["event_date"]
                    if d is None or cd is None or abs(cd - d) <= WINDOW:
                        out.append(cid)
        out.sort(key=self.stamp.__getitem__)
        return out

    def place(self, event_id: str, row: Row) -> Placed:
        """Join the closest matching cluster or found one, as store/ingest.py's cluster_event."""
        best: tuple[float, str, str] | None = None
        for cid in self._candidates(row):
            m = match(row, self.fields[cid])
            if m and (best is None or m[0] > best[0]):
                best = (m[0], cid, m[1])
        if best is None:
            self.rows[event_id] = [row]
            self._put(event_id, {f: row[f] for f in EVENT_FIELDS})
            self.touched[event_id] = True
            return Placed(event_id, event_id, "first report of this event", True)
        _, cid, reason = best
        if cid not in self.rows:
            self.rows[cid] = list(self.load_members(cid)) if self.load_members else []
        self.rows[cid].append(row)
        merged = reconcile(self.rows[cid])
        self._put(cid, {f: merged[f] for f in EVENT_FIELDS})
        self.touched.setdefault(cid, False)
        return Placed(event_id, cid, reason, False)

    def sources(self, cid: str) -> int:
        return len(self.rows.get(cid, ())) or 1

    def take_touched(self) -> dict[str, bool]:
        out, self.touched = self.touched, {}
        return out
