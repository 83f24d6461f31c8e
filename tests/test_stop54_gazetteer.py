"""Stop 54's gazetteer: villages the 2014 Niger dump files under the Niamey district, and builds
that run at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conflictwire.geo.importer import _outside_enclaves


def _db(rows: list[tuple[int, str, str, str | None, float, float]]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT, admin2 TEXT, "
               "lat REAL, lon REAL, population INTEGER, kind TEXT, source TEXT)")
    db.executemany("INSERT INTO places VALUES (?,?,?,?,NULL,?,?,0,'village','GeoNames P.PPL')", rows)
    return db


def test_a_village_filed_under_niamey_far_from_it_takes_its_neighbours_region() -> None:
    db = _db([
        (1, "Takoubat", "NE", "Niamey", 15.16667, 2.46667),    # 190 km north of the capital
        (2, "Tondikiwindi", "NE", "Tillabéri", 15.13, 2.38),   # its neighbour
        (3, "Gamkalé", "NE", "Niamey", 13.50, 2.13),           # inside the district
        (4, "Lonely", "NE", "Niamey", 18.0, 9.0),              # nothing near it: left as it is
    ])
    assert _outside_enclaves(db) == 1
    got = dict(db.execute("SELECT name, admin1 FROM places").fetchall())
    assert got == {"Takoubat": "Tillabéri", "Tondikiwindi": "Tillabéri", "Gamkalé": "Niamey", "Lonely": "Niamey"}


def test_the_shipped_gazetteer_files_no_far_village_under_niamey() -> None:
    from conflictwire.geo.resolve import km
    from conflictwire.geo.shipped import read_rows

    far = [r[1] for r in read_rows() if r[2] == "NE" and r[3] == "Niamey" and km(float(r[5]), float(r[6]), 13.5137, 2.1098) > 30]
    # (a handful have no neighbour filed elsewhere within 30 km)
    assert len(far) < 10, far


def test_a_build_leaves_another_builds_file_alone(tmp_path: Path) -> None:
    from conflictwire.geo.gazetteer import build

    path = tmp_path / "g.sqlite"
    other = path.with_suffix(".tmp")  # where a build of the same path once wrote
    other.write_text("another process's build")
    build(path, spellings=False)
    assert other.read_text() == "another process's build"
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM places").fetchone()[0] > 100_000


def test_a_villages_parts_are_found_by_the_villages_name() -> None:
    from conflictwire.geo.spelling import village_name, village_of_part

    assert village_of_part("kabonga 1") == "kabonga"
    assert village_of_part("tagari-peulh") == "tagari"
    assert village_of_part("fada n'gourma") is None
    assert [village_name(n) for n in ("Piéga-Peulh", "Yonga-Foulbé", "Tin-Akoff", "Dori")] == ["Piéga", "Yonga", "Tin-Akoff", "Dori"]


def test_a_village_named_without_its_part_is_placed_in_its_region() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("On September 24, government forces raided a house in the village of Kabonga.", actor_spans=Spans())
    assert [(m.name, m.admin1) for m in found] == [("Kabonga", "Est")]
