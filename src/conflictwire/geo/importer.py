"""`conflictwire gazetteer import`: load GeoNames dumps into the gazetteer.

Accepts per-country dumps (`ML.txt`), `allCountries.txt`, `admin1CodesASCII.txt` and
`admin2Codes.txt` (plain or .zip), in any order: code files are read first so that every
imported place gets its admin1/admin2 names. Rows replace rows with the same geonameid.
"""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from conflictwire.geo.gazetteer import (
    admin1_names,
    build,
    create_schema,
    default_path,
    index_spellings,
)
from conflictwire.geo.spelling import spelt_alike, written_alike
from conflictwire.textutil import norm_key

# Feature classes worth geocoding to: populated places, admin areas, areas/parks, spots
# (military bases, camps, mines), and the desert's water holes, wetlands, dunes and hills that
# northern camps are named by (not its wadis: a dry stream is named after another place, and a
# town of the name beats it). Feature codes narrow the S, L, H and T classes.
# (admin areas, class A, come from the project's admin tables instead: "Province du Yatenga"
# is a division, not a place)
KEEP_CLASSES = {"P"}
# the desert's natural features: kind "feature", found only where no village or town has the name
FEATURE_CODES = {"WTRH", "WTLD", "WTLDI", "DUNE", "DPR", "HLL"}
KEEP_CODES = {"MILB", "CMP", "CMPRF", "MN", "MNAU", "PRK", "RESN", "RESF", "AREA", "OAS", "WLL", "WLLS", "FRM", "BDG", "LCTY",
              *FEATURE_CODES}
KIND = {"P": "village", "A": "region", "L": "area", "S": "site"}
_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f'’\-. ]+$")


@dataclass
class ImportSummary:
    files: int = 0
    places: int = 0
    names: int = 0
    admin1: int = 0
    admin2: int = 0
    skipped: int = 0
    filled: int = 0  # places given the region of their nearest neighbour


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with zf.open(member) as fh:
                        yield from io.TextIOWrapper(fh, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        yield from fh


def _is_codes(path: Path) -> str | None:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    return None


def import_dumps(files: list[Path], gazetteer: Path | None = None, *, base: bool = True) -> ImportSummary:
    """Load GeoNames files into the gazetteer at `gazetteer` (built first if missing; with
    `base=False`, an empty one: the shipped file is built that way)."""
    path = gazetteer or default_path()
    if not path.exists():
        if base:
            build(path, spellings=False)  # indexed once, below, with the imported names
        else:
            create_schema(path)
    for f in files:
        if not f.exists():
            raise FileNotFoundError(f)
    summary = ImportSummary()
    db = sqlite3.connect(path)
    db.executescript(
        """CREATE TABLE IF NOT EXISTS admin_names (code TEXT PRIMARY KEY, name TEXT);
        CREATE TABLE IF NOT EXISTS alternates (key TEXT, place_id INTEGER);
        CREATE INDEX IF NOT EXISTS names_place ON names(place_id);"""
    )
    ordered = sorted(files, key=lambda f: 0 if _is_codes(f) else 1)
    for f in ordered:
        summary.files += 1
        kind = _is_codes(f)
        if kind:
            rows = []
            for line in _lines(f):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    rows.append((parts[0], parts[1]))
            db.executemany("INSERT OR REPLACE INTO admin_names VALUES (?, ?)", rows)
            setattr(summary, kind, getattr(summary, kind) + len(rows))
            continue
        admin = dict(db.execute("SELECT code, name FROM admin_names"))
        # the project's admin1 spellings (admin1.tsv) win, so old and new rows agree
        admin.update({f"{cc}.{code}": name for (cc, code), (name, _) in admin1_names().items()})
        places: list[tuple[int, str, str, str | None, str | None, float, float, int, str, str]] = []
        names: list[tuple[str, int]] = []
        alternates: list[tuple[str, int]] = []
        for line in _lines(f):
            p = line.rstrip("\n").split("\t")
            if len(p) < 19:
                summary.skipped += 1
                continue
            fclass, fcode = p[6], p[7]
            if fclass not in KEEP_CLASSES and fcode not in KEEP_CODES:
                continue
            gid, cc = int(p[0]), p[8]
            a1 = admin.get(f"{cc}.{p[10]}")
            a2 = admin.get(f"{cc}.{p[10]}.{p[11]}") if p[11] else None
            kind_name = "region" if fcode.startswith("ADM") else ("camp" if fcode in ("MILB", "CMP") else KIND.get(fclass, "site"))
            if fcode in FEATURE_CODES:
                kind_name = "feature"
            if fclass == "P" and fcode in ("PPLA", "PPLA2", "PPLC"):
                kind_name = "town"
            places.append((gid, p[1], cc, a1, a2, float(p[4]), float(p[5]), int(p[14] or 0), kind_name, f"GeoNames {fclass}.{fcode}"))
            keys = {norm_key(p[1]), norm_key(p[2])}
            others = {norm_key(a) for a in p[3].split(",") if a and _LATIN.match(a) and len(a) > 2} - keys
            if int(p[14] or 0) > 0 or fcode != "PPL":
                keys.update(others)
            else:
                # a hamlet's alternate names (no population given) are mostly other places' and
                # people's names ("Yatenga", "Souley"): only its own name finds it, and its own name
                # spelt otherwise ("Togoye" for "Togoué") as a spelling, where nothing has the name
                alternates.extend((a, gid) for a in sorted(others) if any(written_alike(a, k) or spelt_alike(a, k) for k in keys))
            names.extend((k, gid) for k in keys if k)
        ids = [(row[0],) for row in places]
        db.executemany("DELETE FROM names WHERE place_id = ?", ids)
        db.executemany("DELETE FROM alternates WHERE place_id = ?", ids)
        db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?)", names)
        db.executemany("INSERT INTO alternates VALUES (?,?)", alternates)
        summary.places += len(places)
        summary.names += len(names)
    summary.filled = _fill_regions(db) + _outside_enclaves(db)
    index_spellings(db)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('imported', datetime('now'))")
    db.commit()
    db.close()
    return summary


def _fill_regions(db: sqlite3.Connection, max_km: float = 30.0) -> int:
    """GeoNames leaves some villages without a region (admin1 code 00: 1,245 in Mali): such a
    place takes the region of the nearest place of its country that has one, when that is
    within max_km (regions are far wider than that; the source column says it was inferred)."""
    from collections import defaultdict

    from conflictwire.geo.resolve import km

    cells: dict[tuple[str, int, int], list[tuple[float, float, str, str | None]]] = defaultdict(list)
    for cc, lat, lon, a1, a2 in db.execute("SELECT country, lat, lon, admin1, admin2 FROM places WHERE admin1 IS NOT NULL"):
        cells[(cc, int(lat * 4), int(lon * 4))].append((lat, lon, a1, a2))
    updates = []
    for pid, cc, lat, lon, src in db.execute("SELECT id, country, lat, lon, source FROM places WHERE admin1 IS NULL").fetchall():
        near = [c for dy in (-1, 0, 1) for dx in (-1, 0, 1) for c in cells.get((cc, int(lat * 4) + dy, int(lon * 4) + dx), [])]
        if not near:
            continue
        best = min(near, key=lambda c: km(lat, lon, c[0], c[1]))
        if km(lat, lon, best[0], best[1]) <= max_km:
            updates.append((best[2], best[3], f"{src}; region inferred from the nearest place", pid))
    db.executemany("UPDATE places SET admin1 = ?, admin2 = COALESCE(admin2, ?), source = ? WHERE id = ?", updates)
    return len(updates)


# A capital district that is an enclave of one region: (country, admin1) -> its centre and radius
# in km. Niamey's district lies wholly inside Tillabéri; the 2014 dump still files hundreds of
# Tillabéri's villages, up to the Malian border, under "Niamey" (its region before 1998).
ENCLAVES = {("NE", "Niamey"): (13.5137, 2.1098, 30.0)}


def _outside_enclaves(db: sqlite3.Connection, max_km: float = 30.0) -> int:
    """A place filed under an enclave district but lying outside it takes the region of the
    nearest place of its country filed elsewhere, when that is within max_km."""
    from collections import defaultdict

    from conflictwire.geo.resolve import km

    updates = []
    for (cc, district), (clat, clon, radius) in ENCLAVES.items():
        cells: dict[tuple[int, int], list[tuple[float, float, str, str | None]]] = defaultdict(list)
        for lat, lon, a1, a2 in db.execute("SELECT lat, lon, admin1, admin2 FROM places WHERE country = ? AND admin1 IS NOT NULL "
                                           "AND admin1 != ?", (cc, district)):
            cells[(int(lat * 4), int(lon * 4))].append((lat, lon, a1, a2))
        rows = db.execute("SELECT id, lat, lon, source FROM places WHERE country = ? AND admin1 = ? ORDER BY id", (cc, district)).fetchall()
        for pid, lat, lon, src in rows:
            if km(lat, lon, clat, clon) <= radius:
                continue
            near = [c for dy in (-1, 0, 1) for dx in (-1, 0, 1) for c in cells.get((int(lat * 4) + dy, int(lon * 4) + dx), [])]
            if not near:
                continue
            best = min(near, key=lambda c: (km(lat, lon, c[0], c[1]), c[2], c[3] or ""))
            if km(lat, lon, best[0], best[1]) <= max_km:
                updates.append((best[2], best[3], f"{src}; region inferred from the nearest place (outside the {district} district)", pid))
    db.executemany("UPDATE places SET admin1 = ?, admin2 = ?, source = ? WHERE id = ?", updates)
    return len(updates)

