"""Merged events as CSV (ACLED column order), GeoJSON and Atom, for the API and `export`."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.etree import ElementTree as ET

from conflictwire.model import EVENT_FIELDS

_CSV_FIELDS = ["event_id", *EVENT_FIELDS, "sources", "confidence", "candidate"]


def _row(r: dict[str, Any]) -> dict[str, Any]:
    out = {"event_id": r["id"], **{f: r.get(f) for f in EVENT_FIELDS}, "sources": r.get("sources"), "confidence": r.get("confidence"),
           "candidate": r.get("candidate", False)}
    if isinstance(out.get("weapons"), list):
        out["weapons"] = ";".join(out["weapons"])
    return out


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(_row(r))
    return buf.getvalue()


def to_geojson(rows: list[dict[str, Any]]) -> str:
    features = [
        {
            "type": "Feature",
            "id": r["id"],
            "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
            if r.get("latitude") is not None else None,
            "properties": {k: v for k, v in _row(r).items() if k not in ("latitude", "longitude")},
        }
        for r in rows
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, default=str)


def atom_feed(rows: list[dict[str, Any]], title: str = "conflictwire events") -> str:
    ns = "http://www.w3.org/2005/Atom"
    feed = ET.Element("feed", xmlns=ns)
    ET.SubElement(feed, "title").text = title
    ET.SubElement(feed, "id").text = "urn:conflictwire:events"
    ET.SubElement(feed, "updated").text = max((str(r["updated_at"]) for r in rows), default="1970-01-01T00:00:00Z")
    for r in rows:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = f"urn:conflictwire:event:{r['id']}"
        ET.SubElement(entry, "title").text = (
            f"{r['sub_event_type']} in {r.get('location') or r.get('country') or 'unknown place'}"
            f" ({r.get('event_date') or 'date unknown'})"
        )
        ET.SubElement(entry, "updated").text = str(r["updated_at"])
        ET.SubElement(entry, "summary").text = (
            f"{r.get('actor1') or 'Unknown actor'} / {r.get('actor2') or '-'}; fatalities {r.get('fatalities')}; "
            f"{r.get('sources')} source(s)"
        )
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def to_parquet(rows: list[dict[str, Any]], path: str) -> None:
    """Write the rows (ACLED columns) as a Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{k: (str(v) if k == "event_date" and v is not None else v) for k, v in _row(r).items()} for r in rows])
    pq.write_table(table, path)
