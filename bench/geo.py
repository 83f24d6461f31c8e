"""Geocoding figures: accuracy on ACLED notes with the default gazetteer and with the three
GeoNames dumps of ../shared/data/gazetteer imported (into a temporary file), the share of
extraction time geocoding takes, gazetteer load time and size.

Last line: name=value pairs.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from conflictwire.eval import eval_acled
from conflictwire.extract.doc import REGISTRY, ReportDoc
from conflictwire.geo import admin, gazetteer
from conflictwire.geo.importer import import_dumps
from conflictwire.ingest.files import make_article
from conflictwire.pipeline import DEFAULT_COMPONENTS, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SAHEL = ["Mali", "Burkina Faso", "Niger"]


def accuracy(prefix: str) -> dict[str, float]:
    report = eval_acled(SHARED / "acled" / "dev.csv", countries=SAHEL)
    keys = ("admin1", "location", "admin1_place_named", "location_place_named", "actor_either_side")
    out = {f"{prefix}_{k}": report.fields[k].value for k in keys}
    out[f"{prefix}_place_named_share"] = report.fields["location_place_named"].total / report.fields["location"].total
    return out


def use(path: Path | None) -> None:
    gazetteer.use_gazetteer(path)
    admin.capital_of.cache_clear()


def geocoding_share() -> float:
    """Time inside the places component (recognition, gazetteer, resolution) over the whole
    extraction time, on the shared real reports."""
    docs = [make_article(str(p), p.read_text(encoding="utf-8"), kind="text", doc_id=p.stem)
            for p in sorted((SHARED / "news").glob("*.txt"))]
    spent = [0.0]
    inner = REGISTRY["places"]

    def timed(doc: ReportDoc) -> ReportDoc:
        start = time.perf_counter()
        try:
            return inner.func(doc)
        finally:
            spent[0] += time.perf_counter() - start

    REGISTRY["places"] = dataclasses.replace(inner, func=timed)
    try:
        pipeline = Pipeline(DEFAULT_COMPONENTS)
        for d in docs:
            pipeline(d)  # warm caches
        spent[0] = 0.0
        start = time.perf_counter()
        for _ in range(3):
            for d in docs:
                pipeline(d)
        total = time.perf_counter() - start
    finally:
        REGISTRY["places"] = inner
    return spent[0] / total


def main() -> None:
    if not (SHARED / "acled" / "dev.csv").exists():
        print(f"skipped: {SHARED} not present", file=sys.stderr)
        return
    figures: dict[str, float] = {}
    default = gazetteer.default_path()
    start = time.perf_counter()
    g = gazetteer.Gazetteer(default)
    g.lookup(["djibo"])
    figures["load_s"] = time.perf_counter() - start
    figures["default_mb"] = default.stat().st_size / 1e6
    figures |= accuracy("default")
    figures["geocoding_share"] = geocoding_share()
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "gazetteer.sqlite"
        dumps = sorted((SHARED / "gazetteer").glob("*.txt"))
        start = time.perf_counter()
        import_dumps(dumps, full)
        figures["import_s"] = time.perf_counter() - start
        use(full)
        figures |= accuracy("dumps")
        use(default)
    print(" ".join(f"{k}={v:.3f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
