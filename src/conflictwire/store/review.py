"""Analyst review: corrections that lock fields, verdicts, each event's history, the queue.

A corrected field is locked: reports merged into the event later, a new version of a report
and re-extraction recompute the other fields (store/ingest.py's refresh_cluster) and put the
analyst's values back. Every correction and verdict is logged in `changes` with who, when,
the comment and the fields it changed, so the history of an event is one query.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from conflictwire.alerts.outbox import NEW_ALERTS, enqueue_updated
from conflictwire.geo.admin import admin1_index, country_code
from conflictwire.geo.countries_named import COUNTRY_NAME, ISO3
from conflictwire.store.db import EventFilter, Store, now
from conflictwire.store.ingest import _log, field_diff, plain
from conflictwire.store.schema import changes, clusters, corrections
from conflictwire.taxonomy import EVENT_TYPES, SUB_TO_TYPE

MAX_COUNT = 10_000_000
CORRECTABLE = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
               "actor2", "assoc_actor_2", "inter2", "country", "admin1", "admin2", "location", "latitude", "longitude",
               "geo_precision", "fatalities", "fatalities_low", "fatalities_high")
VERDICTS = ("confirmed", "rejected")


class ReviewError(ValueError):
    """A correction a coder could not accept; `field` names the field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def validate(current: dict[str, Any], values: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """The corrected fields, checked against the taxonomy, the known regions and common sense,
    with what follows from them (a sub-event type's event type, a country's ISO3)."""
    today = today or datetime.now(UTC).date()
    out: dict[str, Any] = {}
    for f, v in values.items():
        if f not in CORRECTABLE:
            raise ReviewError(f, "not a field an analyst corrects")
        if isinstance(v, str):
            v = v.strip() or None
            if v is not None and (len(v) > 200 or any(ord(ch) < 32 for ch in v)):
                raise ReviewError(f, "at most 200 characters, no control characters")
        out[f] = v
    merged = {**current, **out}
    if "sub_event_type" in out and "event_type" not in out and merged["sub_event_type"] in SUB_TO_TYPE:
        out["event_type"] = merged["event_type"] = SUB_TO_TYPE[merged["sub_event_type"]]
    if merged.get("event_type") not in EVENT_TYPES:
        raise ReviewError("event_type", f"one of {', '.join(EVENT_TYPES)}")
    if merged.get("sub_event_type") not in EVENT_TYPES[merged["event_type"]]:
        raise ReviewError("sub_event_type", f"a sub-event type of {merged['event_type']}: "
                                            f"{', '.join(EVENT_TYPES[merged['event_type']])}")
    if "event_date" in out:
        d = out["event_date"]
        try:
            d = d if isinstance(d, date) or d is None else date.fromisoformat(d)
        except (TypeError, ValueError):
            raise ReviewError("event_date", "a date as YYYY-MM-DD") from None
        if d is not None and d > today:
            raise ReviewError("event_date", "not in the future")
        out["event_date"] = d
    for f, lo, hi in (("time_precision", 1, 3), ("geo_precision", 1, 3), ("inter1", 1, 8), ("inter2", 1, 8),
                      ("fatalities", 0, MAX_COUNT), ("fatalities_low", 0, MAX_COUNT), ("fatalities_high", 0, MAX_COUNT)):
        if f in out and out[f] is not None and (not isinstance(out[f], int) or isinstance(out[f], bool)
                                                 or not lo <= out[f] <= hi):
            raise ReviewError(f, f"a whole number from {lo} to {hi}")
    if "fatalities" in out and out["fatalities"] is not None:
        # the analyst's toll supersedes the reports' range where the range would contradict it
        if "fatalities_low" not in out and (merged.get("fatalities_low") or 0) > out["fatalities"]:
            out["fatalities_low"] = merged["fatalities_low"] = None
        if "fatalities_high" not in out and merged.get("fatalities_high") is not None \
                and merged["fatalities_high"] < out["fatalities"]:
            out["fatalities_high"] = merged["fatalities_high"] = None
    low, best, high = merged.get("fatalities_low"), merged.get("fatalities"), merged.get("fatalities_high")
    if low is not None and best is not None and low > best:
        raise ReviewError("fatalities_low" if "fatalities_low" in out else "fatalities", "the low estimate exceeds the toll")
    if high is not None and best is not None and high < best:
        raise ReviewError("fatalities_high" if "fatalities_high" in out else "fatalities", "the high estimate is below the toll")
    for f, limit in (("latitude", 90.0), ("longitude", 180.0)):
        if f in out and out[f] is not None:
            if isinstance(out[f], bool) or not isinstance(out[f], int | float) or not math.isfinite(out[f]) or abs(out[f]) > limit:
                raise ReviewError(f, f"a number from -{limit:g} to {limit:g}")
            out[f] = float(out[f])
    if "country" in out and out["country"] is not None:
        cc = country_code(out["country"])
        if cc is None:
            raise ReviewError("country", "a country name or ISO code conflictwire knows")
        out["country"], out["iso3"] = COUNTRY_NAME.get(cc, out["country"]), ISO3.get(cc)
    if "admin1" in out and out["admin1"] is not None:
        cc = country_code(merged.get("country") or "") if merged.get("country") else None
        known = {k: d for k, d in admin1_index().items() if d.country == cc}
        if known:  # regions are known for this country: the name must be one of them (or an alias)
            from conflictwire.textutil import norm_key

            division = known.get(norm_key(out["admin1"]))
            if division is None:
                raise ReviewError("admin1", f"not a region of {merged.get('country')}")
            out["admin1"] = division.admin1
    return out


def correct(store: Store, cluster_id: str, values: dict[str, Any], *, by: str, comment: str | None = None) -> dict[str, Any]:
    """Set fields of a merged event and lock them; logged, and alerted to subscribers whose
    filter the event newly matches or stops matching. KeyError when there is no such event."""
    with store.engine.begin() as conn:
        before = _row(conn, cluster_id)
        fields = validate(before, values)
        at = now()
        for f, v in fields.items():
            conn.execute(delete(corrections).where(corrections.c.cluster_id == cluster_id, corrections.c.field == f))
            conn.execute(corrections.insert().values(cluster_id=cluster_id, field=f, value=plain(v), by=by, at=at,
                                                     comment=comment))
        conn.execute(clusters.update().where(clusters.c.id == cluster_id).values(**fields, updated_at=at))
        after = _row(conn, cluster_id)
        _log(conn, "correct", cluster_id, None, {"by": by, "comment": comment, "fields": field_diff(before, after)})
        alerted = enqueue_updated(conn, before, after)
    if alerted:
        NEW_ALERTS.set()
    return after


def set_verdict(store: Store, cluster_id: str, verdict: str, *, by: str, comment: str | None = None) -> dict[str, Any]:
    """Confirm or reject a merged event. A rejected one leaves /events, exports and alerts."""
    if verdict not in VERDICTS:
        raise ReviewError("verdict", f"one of {', '.join(VERDICTS)}")
    with store.engine.begin() as conn:
        before = _row(conn, cluster_id)
        at = now()
        conn.execute(clusters.update().where(clusters.c.id == cluster_id).values(
            review=verdict, reviewed_by=by, reviewed_at=at, updated_at=at))
        after = _row(conn, cluster_id)
        _log(conn, "review", cluster_id, None, {"by": by, "comment": comment, "verdict": verdict,
                                                "was": before.get("review")})
        alerted = enqueue_updated(conn, before, after)
    if alerted:
        NEW_ALERTS.set()
    return after


def history(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    """Every change of the event, oldest first: by extraction, a merge or split, an analyst;
    each with when, who (a key's name, or conflictwire itself), the comment and the fields
    it changed ({field: {old, new}}). KeyError when the event never existed."""
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(changes).where(changes.c.cluster_id == cluster_id).order_by(changes.c.seq))]
    if not rows:
        raise KeyError(f"no event {cluster_id}")
    out = []
    for r in rows:
        d = r["detail"] if isinstance(r["detail"], dict) else {}
        out.append({"seq": r["seq"], "at": r["at"], "kind": r["kind"], "by": d.get("by") or "conflictwire",
                    "comment": d.get("comment"), "article_id": r["article_id"],
                    "reason": d.get("reason") or d.get("verdict"),
                    "fields": {f: {"old": ov, "new": nv} for f, (ov, nv) in (d.get("fields") or {}).items()}})
    return out


def queue(store: Store, f: EventFilter | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Events no analyst has given a verdict yet, least certain first: by the extractor's
    confidence, then by how many fields it was unsure of (`doubts`)."""
    f = replace(f or EventFilter(), candidates=True)  # the least certain are the ones to look at
    rows = [r for r in store.clusters(f, limit=100_000) if not r.get("review")]
    for r in rows:
        r["doubts"] = doubts(r)
    rows.sort(key=lambda r: (r["confidence"] if r["confidence"] is not None else 1.0, -len(r["doubts"]), r["id"]))
    return rows[:limit]


def doubts(ev: dict[str, Any]) -> list[str]:
    """The fields the extractor was least sure of, by what it could not fix."""
    out = []
    if not ev.get("location") or (ev.get("geo_precision") or 3) >= 2:
        out.append("location")
    if ev.get("event_date") is None or (ev.get("time_precision") or 3) >= 2:
        out.append("event_date")
    if ev.get("fatalities") is None or ev.get("fatalities_low") is not None or ev.get("fatalities_high") is not None:
        out.append("fatalities")
    if not ev.get("actor1") or str(ev.get("actor1")).startswith("Unidentified"):
        out.append("actor1")
    if ev.get("sources", 1) <= 1:
        out.append("sources")
    return out


def _row(conn: Connection, cluster_id: str) -> dict[str, Any]:
    row = conn.execute(select(clusters).where(clusters.c.id == cluster_id)).first()
    if row is None:
        raise KeyError(f"no event {cluster_id}")
    return dict(row._mapping)
