"""Which reported events are one real event, and what the merged event says.

Two reports describe the same event when nothing they say contradicts it: the same country,
days compatible with how precisely each is dated, places close enough for how precisely each
is placed, compatible types (one outlet's "clash" is another's "attack"), no two different
named perpetrators. Among the clusters that fit, the closest wins. Every decision comes with
its reason, so a merge can be explained and undone.

Three rules keep a merge from joining different incidents:
- events of one article never merge: the report told them apart (extraction decides a
  report's incidents, not the store);
- a missing date is unknown, not "any date": an undated event is bounded by its article
  (told before the report was published, within a month of it); with no bound at all, it
  merges only on strong agreement (the same named place, perpetrator and type, tolls alike);
- an event placed only at a region or a country merges only with events inside that area,
  and only when a single cluster could be it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from conflictwire.geo.resolve import km
from conflictwire.textutil import norm_key

# how far apart two reports of one event may place it, by the coarser geo precision
RADIUS_KM = {1: 25.0, 2: 50.0, 3: 150.0}
# how many days apart two reports of one event may date it, by the coarser time precision
DAYS = {1: 1, 2: 7, 3: 31}
# an undated event happened before its report was published, and within this many days of it
NEWS_DAYS = 31
# event types outlets use for one and the same event
_FAMILY = {
    "Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
    "Protests": "crowd", "Riots": "crowd", "Strategic developments": "strategic",
}
_GENERIC = ("Unidentified Armed Group", "Islamist Militia", "Civilians", "Protesters", "Rioters", "Unknown")

Row = Mapping[str, Any]


def _named(actor: str | None) -> str | None:
    if not actor or actor.startswith(_GENERIC):
        return None
    return actor


@dataclass(frozen=True)
class Window:
    """Days an event may have happened on; a side is None when nothing bounds it."""

    lo: date | None = None
    hi: date | None = None

    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    def meet(self, other: Window) -> Window:
        los = [d for d in (self.lo, other.lo) if d is not None]
        his = [d for d in (self.hi, other.hi) if d is not None]
        return Window(max(los) if los else None, min(his) if his else None)

    def apart(self, other: Window) -> bool:
        return (self.lo is not None and other.hi is not None and self.lo > other.hi) or (
            self.hi is not None and other.lo is not None and self.hi < other.lo)

    def __str__(self) -> str:
        return f"{self.lo or '…'}..{self.hi or '…'}"


def window(row: Row) -> Window:
    """An event's days: its own date give or take its precision; without one, its article's
    publication date bounds it (the event came before, within NEWS_DAYS)."""
    if row.get("event_date"):
        d, days = _day(row["event_date"]), DAYS[row.get("time_precision") or 3]
        return Window(d - timedelta(days=days), d + timedelta(days=days))
    published = row.get("published")
    if published:
        p = _day(published)
        return Window(p - timedelta(days=NEWS_DAYS), p)
    return Window()


@dataclass(frozen=True)
class Context:
    """What a cluster's reports say beyond its merged fields: the articles they come from, and
    for a cluster no report dates, the days all of them allow."""

    articles: frozenset[int] = frozenset()
    window: Window = Window()

    @staticmethod
    def of(members: Sequence[Row]) -> Context:
        w = Window()
        for m in members:
            w = w.meet(window(m))
        return Context(frozenset(m["article_id"] for m in members if m.get("article_id") is not None), w)


def vague(row: Row) -> bool:
    """Placed only at a region or a country (or nowhere): no town or village named. A town
    that gives its name to its region (Mopti, Ségou) is placed precisely (geo precision 1);
    a village no gazetteer knows, placed at its region's coordinates, is named: neither is vague."""
    loc = row.get("location")
    if not loc or loc == row.get("country"):
        return True
    return loc in (row.get("admin1"), row.get("admin2")) and (row.get("geo_precision") or 3) != 1


def _inside(area: Row, other: Row) -> bool:
    """Is `other` inside the region or country the vague event `area` names?"""
    loc = area.get("location")
    if loc and loc == area.get("admin2"):
        return other.get("admin2") == area["admin2"]
    if loc and loc == area.get("admin1"):
        return other.get("admin1") == area["admin1"]
    return True  # the country (checked already) or nowhere


def _tolls_agree(a: Row, b: Row) -> bool:
    x, y = a.get("fatalities"), b.get("fatalities")
    if x is None or y is None:
        return True
    return abs(x - y) <= 2 or min(x, y) >= 0.5 * max(x, y)


def _strong(ev: Row, cl: Row) -> bool:
    """Agreement enough to merge without any date: the same type at the same named town or
    village, the same actors with at least one of them named (an unidentified armed group
    against civilians names no one: measured on the real reports, letting that count joined
    different incidents), and tolls alike."""
    b1, b2 = _named(ev.get("actor2")), _named(cl.get("actor2"))
    return (ev["event_type"] == cl["event_type"] and not vague(ev) and not vague(cl)
            and norm_key(ev["location"]) == norm_key(cl["location"])
            and bool(ev.get("actor1")) and ev.get("actor1") == cl.get("actor1")
            and bool(_named(ev.get("actor1")) or (b1 and b1 == b2))
            and not (b1 and b2 and b1 != b2) and _tolls_agree(ev, cl)
            # (a vague word's toll, "dozens" read as 12 of 12-99, agrees with any figure: no evidence)
            and not _vague_toll(ev) and not _vague_toll(cl))


def _vague_toll(r: Row) -> bool:
    value, high = r.get("fatalities"), r.get("fatalities_high")
    return value is not None and high is not None and high >= 2 * max(value, 1)


def choose(ev: Row, candidates: Sequence[tuple[str, Row, Context]]) -> tuple[str | None, str]:
    """The cluster the event joins (the closest that matches; the first of equals) and why,
    or None and why it founds its own."""
    found = [(m[0], cid, m[1], vague(cl)) for cid, cl, ctx in candidates if (m := match(ev, cl, ctx))]
    if not found:
        return None, "first report of this event"
    if vague(ev) and len(found) > 1:
        return None, f"placed only at {ev.get('location') or ev.get('country') or 'no place'}: {len(found)} events could be it"
    precise = [f for f in found if not f[3]]
    if not precise and len(found) > 1:
        return None, f"{len(found)} events placed only by region or country could be it"
    best = max(precise or found, key=lambda f: f[0])  # max keeps the first of equals
    return best[1], best[2]


def match(ev: Row, cl: Row, ctx: Context | None = None) -> tuple[float, str] | None:
    """(closeness, reason) when event ev may report cluster cl's event, else None. `ev` may
    carry its `article_id` and its article's `published` date; `ctx` is what the cluster's
    reports say beyond its fields."""
    ctx = ctx or Context()
    if ev.get("article_id") is not None and ev["article_id"] in ctx.articles:
        return None  # the report told them apart
    if ev["country"] and cl["country"] and ev["country"] != cl["country"]:
        return None
    if _FAMILY.get(ev["event_type"]) != _FAMILY.get(cl["event_type"]):
        return None
    reasons = [f"same country {ev['country'] or '?'}", f"types {ev['event_type']} ~ {cl['event_type']}"]
    days = 0.0
    if ev["event_date"] and cl["event_date"]:
        span = DAYS[max(ev["time_precision"] or 3, cl["time_precision"] or 3)]
        days = abs((_day(ev["event_date"]) - _day(cl["event_date"])).days)
        if days > span:
            return None
        reasons.append(f"dates {days:.0f} day(s) apart (allowed {span})")
    else:
        mine, theirs = window(ev), (window(cl) if cl["event_date"] else ctx.window)
        if mine.apart(theirs):
            return None
        if not (mine.bounded and theirs.bounded):
            if not _strong(ev, cl):
                return None
            reasons.append(f"no date bounds one of them ({mine} / {theirs}): same town, perpetrator, type and toll")
        else:
            basis = "its report's publication" if not ev["event_date"] else "the cluster's reports' publication"
            reasons.append(f"days {mine} and {theirs} overlap (undated: bounded by {basis})")
    for area, other in ((ev, cl), (cl, ev)):
        if vague(area) and not _inside(area, other):
            return None
    # inside the area a vague event names, distance to its capital says nothing
    dist = math.inf if vague(ev) or vague(cl) else _distance(ev, cl)
    if dist is None:
        return None
    if dist > 0 and ev["event_type"] != cl["event_type"] and (ev["geo_precision"], cl["geo_precision"]) == (1, 1):
        return None  # two towns named and two kinds of violence told: two events, not one told twice
    if not math.isinf(dist):
        reasons.append(f"places {dist:.0f} km apart")
    a, b = _named(ev["actor1"]), _named(cl["actor1"])
    if a and b and a != b:
        return None
    if a and a == b:
        reasons.append(f"same perpetrator {a}")
    closeness = -days - (0.0 if math.isinf(dist) else dist / 25) + (1.0 if a and a == b else 0.0)
    return closeness, "; ".join(reasons)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _distance(ev: Row, cl: Row) -> float | None:
    """km between the two places; inf when only names agree; None when they contradict."""
    if ev["location"] and cl["location"] and norm_key(ev["location"]) == norm_key(cl["location"]):
        return 0.0
    if ev["country"] and ev["country"] == cl["country"] and (ev["location"] in (None, ev["country"]) or cl["location"] in (None, cl["country"])):
        return math.inf  # one report only knows the country: nothing contradicts
    radius = RADIUS_KM[max(ev["geo_precision"] or 3, cl["geo_precision"] or 3)]
    if None not in (ev["latitude"], ev["longitude"], cl["latitude"], cl["longitude"]):
        d = km(ev["latitude"], ev["longitude"], cl["latitude"], cl["longitude"])
        return d if d <= radius else None
    if ev["admin1"] and cl["admin1"] and ev["admin1"] == cl["admin1"]:
        return math.inf
    return None


def reconcile(rows: list[Row]) -> dict[str, Any]:
    """The merged event of a cluster's reports (ACLED's practice): the most precise date and
    place, the named actors any report gives, the conservative (lowest) toll as headline with
    the reports' spread as low/high, the most confident report's type."""
    best = max(rows, key=lambda r: r["confidence"] or 0.0)
    out = dict(best)
    dated = [r for r in rows if r["event_date"]]
    if dated:
        d = min(dated, key=lambda r: (r["time_precision"] or 3, str(r["event_date"])))
        out["event_date"], out["time_precision"] = d["event_date"], d["time_precision"]
    placed = [r for r in rows if r["latitude"] is not None]
    if placed:
        p = min(placed, key=lambda r: (r["geo_precision"] or 3, -(r["confidence"] or 0.0)))
        for f in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonames_id"):
            out[f] = p[f]
    for slot, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        named = [r for r in rows if _named(r[slot])]
        if named:
            out[slot], out[inter] = named[0][slot], named[0][inter]
    tolls = [r["fatalities"] for r in rows if r["fatalities"] is not None]
    if tolls:
        lows = [r["fatalities_low"] for r in rows if r["fatalities_low"] is not None] + tolls
        highs = [r["fatalities_high"] for r in rows if r["fatalities_high"] is not None] + tolls
        out["fatalities"] = min(tolls)
        out["fatalities_low"] = min(lows) if min(lows) != max(highs) else None
        out["fatalities_high"] = max(highs) if min(lows) != max(highs) else None
    out["confidence"] = max(r["confidence"] or 0.0 for r in rows)
    return out
