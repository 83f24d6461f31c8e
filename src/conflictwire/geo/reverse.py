"""Reverse look-up: the country, region and cercle/province of a point, for the API and the
dashboard (map clicks, bounding boxes, events given only coordinates).

conflictwire ships no boundary polygons; a point takes the divisions of the nearest
gazetteer place (searched in widening boxes), which is right away from borders and says how
far that place is so callers can tell.
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictwire.geo.gazetteer import Gazetteer, Place, default_gazetteer
from conflictwire.geo.resolve import km


@dataclass(frozen=True)
class AdminOf:
    country: str  # ISO2
    admin1: str | None
    admin2: str | None
    nearest: str  # the place the divisions were taken from
    km: float  # its distance from the point


def admin_of(lat: float, lon: float, gazetteer: Gazetteer | None = None, max_km: float = 150.0) -> AdminOf | None:
    """The divisions of the nearest known place within max_km of (lat, lon), else None."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"not a point: {lat}, {lon}")
    g = gazetteer or default_gazetteer()
    for box in (0.1, 0.3, 1.0, 2.0):
        rows = g.db.execute(
            "SELECT id, name, country, admin1, admin2, lat, lon, population, kind FROM places "
            "WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND admin1 IS NOT NULL",
            (lat - box, lat + box, lon - box, lon + box),
        ).fetchall()
        if not rows:
            continue
        best = min((Place(*r) for r in rows), key=lambda p: km(lat, lon, p.latitude, p.longitude))
        dist = km(lat, lon, best.latitude, best.longitude)
        if dist > max_km:
            return None
        best = g.current(best)
        return AdminOf(best.country, best.admin1, best.admin2, best.name, round(dist, 1))
    return None
