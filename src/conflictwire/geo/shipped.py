"""The gazetteer the package ships: every populated place, and the camps, mines, wells, forests
and parks events happen at, of the countries whose GeoNames dumps it was built from (Mali,
Burkina Faso, Niger and their neighbours), with their regions and the names they are found by.

`conflictwire gazetteer build DUMP... --out FILE` writes it from the GeoNames files (the same
rows `gazetteer import` would add), deterministically: the same dumps give the same bytes. It
is a gzip'd TSV whose header lines name each source file with its SHA-256, row count and newest
modification date (`gazetteer info` lists them). The default gazetteer loads it (gazetteer.py).

Data: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

FILE = "data/geonames_places.tsv.gz"
ATTRIBUTION = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"
# keys: the names a place is found by; spelt: its other spellings, found as spellings only
COLUMNS = ("id", "name", "country", "admin1", "admin2", "lat", "lon", "population", "kind", "source", "keys", "spelt")


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    rows: int
    newest: str  # the newest modification date of its rows ("" for code files)


def shipped_path() -> Path:
    return Path(str(resources.files(__package__).joinpath(FILE)))


def build_shipped(dumps: list[Path], out: Path) -> list[Source]:
    """Write the shipped gazetteer from GeoNames files (country dumps and the admin code files)."""
    from conflictwire.geo.importer import import_dumps

    sources = [_describe(p) for p in sorted(dumps, key=lambda p: p.name)]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "dumps.sqlite"
        import_dumps(dumps, db_path, base=False)
        db = sqlite3.connect(db_path)
        keys: dict[int, list[str]] = {}
        for key, pid in db.execute("SELECT key, place_id FROM names ORDER BY place_id, key"):
            keys.setdefault(pid, []).append(key)
        spelt: dict[int, list[str]] = {}
        for key, pid in db.execute("SELECT key, place_id FROM alternates ORDER BY place_id, key"):
            spelt.setdefault(pid, []).append(key)
        rows = db.execute("SELECT id, name, country, admin1, admin2, lat, lon, population, kind, source "
                          "FROM places ORDER BY id").fetchall()
        db.close()
    text = io.StringIO()
    text.write(f"# {ATTRIBUTION}. Built by `conflictwire gazetteer build` from:\n")
    for s in sources:
        text.write(f"# source\t{s.file}\t{s.sha256}\t{s.rows}\t{s.newest}\n")
    text.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        lat, lon = f"{r[5]:.5f}", f"{r[6]:.5f}"
        cells = [str(r[0]), r[1], r[2], r[3] or "", r[4] or "", lat, lon, str(r[7] or 0), r[8], r[9],
                 "|".join(dict.fromkeys(keys.get(r[0], []))), "|".join(dict.fromkeys(spelt.get(r[0], [])))]
        text.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode("utf-8"))  # no name, no time in the header: the same bytes every build
    return sources


def _describe(path: Path) -> Source:
    digest, rows, newest = hashlib.sha256(), 0, ""
    with path.open("rb") as fh:
        for line in fh:
            digest.update(line)
            rows += 1
            cells = line.rstrip(b"\n").split(b"\t")
            if len(cells) >= 19:
                newest = max(newest, cells[18].decode("ascii", "replace"))
    return Source(path.name, digest.hexdigest(), rows, newest)


def read_rows(path: Path | None = None) -> Iterator[list[str]]:
    """The shipped file's rows (COLUMNS), header lines skipped."""
    path = path or shipped_path()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            yield line.rstrip("\n").split("\t")


def sources(path: Path | None = None) -> list[Source]:
    path = path or shipped_path()
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            if line.startswith("# source\t"):
                _, file, sha, rows, newest = line.rstrip("\n").split("\t")
                out.append(Source(file, sha, int(rows), newest))
    return out


def load_into(db: sqlite3.Connection, path: Path | None = None) -> int:
    """Add the shipped places to a gazetteer being built (a place replaces cities500's row of
    the same geonameid; its names add to the ones it had). Returns the number of places."""
    path = path or shipped_path()
    if not path.exists():
        return 0
    places: list[tuple[int, str, str, str | None, str | None, float, float, int, str, str]] = []
    names: list[tuple[str, int]] = []
    alternates: list[tuple[str, int]] = []
    for r in read_rows(path):
        pid = int(r[0])
        places.append((pid, r[1], r[2], r[3] or None, r[4] or None, float(r[5]), float(r[6]), int(r[7]), r[8], r[9]))
        names.extend((k, pid) for k in r[10].split("|") if k)
        if len(r) > 11:  # (a file built before the column keeps its rows)
            alternates.extend((k, pid) for k in r[11].split("|") if k)
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?)", names)
    db.execute("CREATE TABLE IF NOT EXISTS alternates (key TEXT, place_id INTEGER)")
    db.executemany("INSERT INTO alternates VALUES (?,?)", alternates)
    return len(places)
