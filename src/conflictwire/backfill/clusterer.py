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

from conflictwire.dedup.cluster import Context, Window, _named, choose, window
from conflictwire.store.schema import EVENT_FIELDS

WINDOW = timedelta(days=31)  # store/ingest.py's _candidates: a month either side

Row = Mapping[str, Any]


def _month(d: Any) -> int | None:
    if d is None:
        return None
    d = d if isinstance(d, date) else date.fromisoformat(str(d))
    return d.year * 12 + d.month - 1


_PLACE = ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonames_id")


class Merged:
    """dedup.cluster.reconcile(rows) kept up to date one row at a time: O(1) a new report where
    reconcile re-reads them all (a cluster of k reports costs k² otherwise). Same choices, ties
    included: max/min keep the first of equals, so a later row replaces only if strictly better.
    tests/test_backfill.py checks it against reconcile."""

    def __init__(self, row: Row) -> None:
        self.best = row
        self.dated: Row | None = None
        self.placed: Row | None = None
        self.named: dict[str, Row | None] = {"actor1": None, "actor2": None}
        self.toll: int | None = None
        self.low: int | None = None  # min of every fatalities_low and toll
        self.high: int | None = None  # max of every fatalities_high and toll
        self.conf = 0.0
        self.n = 0
        self.articles: set[Any] = set()  # the articles its reports come from (dedup.cluster's rule 1)
        self.window = Window()  # the days all its reports allow
        self.add(row)

    def add(self, row: Row) -> None:
        c = row["confidence"] or 0.0
        if self.n and c > (self.best["confidence"] or 0.0):
            self.best = row
        self.conf = max(self.conf, c) if self.n else c
        if row["event_date"] and (self.dated is None or _dkey(row) < _dkey(self.dated)):
            self.dated = row
        if row["latitude"] is not None and (self.placed is None or _pkey(row) < _pkey(self.placed)):
            self.placed = row
        for slot in ("actor1", "actor2"):
            if self.named[slot] is None and _named(row[slot]):
                self.named[slot] = row
        f, lo, hi = row["fatalities"], row["fatalities_low"], row["fatalities_high"]
        for v in (lo, f):
            if v is not None:
                self.low = v if self.low is None else min(self.low, v)
        for v in (hi, f):
            if v is not None:
                self.high = v if self.high is None else max(self.high, v)
        if f is not None:
            self.toll = f if self.toll is None else min(self.toll, f)
        if row.get("article_id") is not None:
            self.articles.add(row["article_id"])
        self.window = self.window.meet(window(row))
        self.n += 1

    def context(self) -> Context:
        return Context(frozenset(self.articles), self.window)

    def fields(self) -> dict[str, Any]:
        out = {f: self.best[f] for f in EVENT_FIELDS}
        if self.dated is not None:
            out["event_date"], out["time_precision"] = self.dated["event_date"], self.dated["time_precision"]
        if self.placed is not None:
            for f in _PLACE:
                out[f] = self.placed[f]
        for slot, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            r = self.named[slot]
            if r is not None:
                out[slot], out[inter] = r[slot], r[inter]
        if self.toll is not None:
            out["fatalities"] = self.toll
            spread = self.low != self.high
            out["fatalities_low"] = self.low if spread else None
            out["fatalities_high"] = self.high if spread else None
        out["confidence"] = self.conf
        return out


def _dkey(r: Row) -> tuple[int, str]:
    return (r["time_precision"] or 3, str(r["event_date"]))


def _pkey(r: Row) -> tuple[int, float]:
    return (r["geo_precision"] or 3, -(r["confidence"] or 0.0))


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
        self.merged: dict[str, Merged] = {}
        # a cluster's place in the order the database returns them: (0, its place in the table)
        # for one stored before and left alone so far, (1, n) for the n-th founded or moved here
        self.stamp: dict[str, tuple[int, ...]] = {}
        self.index: dict[str | None, dict[int | None, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
        self.where: dict[str, tuple[str | None, int | None]] = {}
        self.counter = itertools.count()
        self.touched: dict[str, bool] = {}  # cluster → founded in this pass (else: an existing one, changed)

    def add_existing(self, clusters: Iterable[Row], order: Iterable[tuple[int, ...]] | None = None) -> None:
        """Clusters already stored, in the order the database returns them, or each with its
        place in the table (`order`: PostgreSQL's ctid, SQLite's rowid), so that clusters read
        at different times still sort as the table does. One known already is left as it is."""
        places = iter(order) if order is not None else None
        for cl in clusters:
            at = (0, *next(places)) if places is not None else (0, next(self.counter))
            if cl["id"] not in self.fields:
                self._put(cl["id"], {f: cl[f] for f in EVENT_FIELDS}, at)

    def refreshed(self, cid: str, fields: dict[str, Any] | None, order: tuple[int, ...]) -> None:
        """A stored cluster recomputed (store/ingest.py's refresh_cluster, after a corrected
        article's events left it; `fields` None: it was deleted): forget what is held of it."""
        self.merged.pop(cid, None)
        self.touched.pop(cid, None)
        if fields is None:
            where = self.where.pop(cid, None)
            if where is not None:
                del self.index[where[0]][where[1]][cid]
            self.fields.pop(cid, None)
            self.stamp.pop(cid, None)
        else:
            self._put(cid, fields, None if cid in self.stamp or self.move_on_update else (0, *order))

    def _put(self, cid: str, fields: dict[str, Any], at: tuple[int, ...] | None = None) -> None:
        old = self.where.get(cid)
        if old is not None:
            del self.index[old[0]][old[1]][cid]
        key = (fields["country"], _month(fields["event_date"]))
        self.index[key[0]][key[1]][cid] = None
        self.where[cid] = key
        self.fields[cid] = fields
        if at is not None:
            self.stamp[cid] = at
        elif cid not in self.stamp or self.move_on_update:
            self.stamp[cid] = (1, next(self.counter))

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
        """Join the closest matching cluster or found one, as store/ingest.py's _add_event. `row`
        may carry its `article_id` and its article's `published` date."""
        cid, reason = choose(row, [(c, self.fields[c], self._context(c)) for c in self._candidates(row)])
        if cid is None:
            self.merged[event_id] = Merged(row)
            self._put(event_id, {f: row[f] for f in EVENT_FIELDS})
            self.touched[event_id] = True
            return Placed(event_id, event_id, reason, True)
        merged = self._merged(cid)
        if merged is None:
            merged = self.merged[cid] = Merged(row)
        else:
            merged.add(row)
        self._put(cid, merged.fields())
        self.touched.setdefault(cid, False)
        return Placed(event_id, cid, reason, False)

    def _merged(self, cid: str) -> Merged | None:
        """The cluster's reports folded: held, or (a cluster stored before this pass) read once."""
        merged = self.merged.get(cid)
        if merged is None and self.load_members is not None:
            stored = list(self.load_members(cid))
            if stored:
                merged = self.merged[cid] = Merged(stored[0])
                for r in stored[1:]:
                    merged.add(r)
        return merged

    def _context(self, cid: str) -> Context:
        """What the cluster's reports say beyond its fields. A stored cluster's reports are read
        only when they matter: no date of its own (their articles bound it), or grown here."""
        if cid not in self.merged and self.fields[cid]["event_date"] is not None:
            return Context()  # (a stored cluster holds no article of this pass)
        merged = self._merged(cid)
        return merged.context() if merged is not None else Context()

    def sources(self, cid: str) -> int:
        merged = self.merged.get(cid)
        return merged.n if merged else 1

    def take_touched(self) -> dict[str, bool]:
        out, self.touched = self.touched, {}
        return out
