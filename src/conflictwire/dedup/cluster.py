"""Which reported events are one real event, and what the merged event says.

Two reports describe the same event when nothing they say contradicts it: the same country,
days compatible with how precisely each is dated, places close enough for how precisely each
is placed, compatible types (one outlet's "clash" is another's "attack"), no two different
named perpetrators. Among the clusters that fit, the closest wins. Every decision comes with
its reason, so a merge can be explained and undone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from conflictwire.geo.resolve import km
from conflictwire.textutil import norm_key

# how far apart two reports of one event may place it, by the coarser geo precision
RADIUS_KM = {1: 25.0, 2: 50.0, 3: 150.0}
# how many days apart two reports of one event may date it, by the coarser time precision
DAYS = {1: 1, 2: 7, 3: 31}
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


def match(ev: Row, cl: Row) -> tuple[float, str] | None:
    """(closeness, reason) when event ev may report cluster cl's event, else None."""
    if ev["country"] and cl["country"] and ev["country"] != cl["country"]:
        return None
    if _FAMILY.get(ev["event_type"]) != _FAMILY.get(cl["event_type"]):
        return None
    reasons = [f"same country {ev['country'] or '?'}", f"types {ev['event_type']} ~ {cl['event_type']}"]
    days = 0.0
    if ev["event_date"] and cl["event_date"]:
        window = DAYS[max(ev["time_precision"] or 3, cl["time_precision"] or 3)]
        days = abs((_day(ev["event_date"]) - _day(cl["event_date"])).days)
        if days > window:
            return None
        reasons.append(f"dates {days:.0f} day(s) apart (allowed {window})")
    dist = _distance(ev, cl)
    if dist is None:
        return None
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
