"""De-duplication scored on real reports, black-box: every report of a news directory
(`X.txt` with `X.gold.json`, and `INDEX.csv` with `same_event_as` and `split`) is posted to the
API, the merged events are read back through `/events` and `/events/{id}`, and each member is
matched to its report's gold event (as `eval --news` matches extracted events).

Two members in one merged event that tell different gold incidents are a wrong merge; two
members of different reports that tell the same incident (the reports are marked
`same_event_as` and their gold events agree on type and place) should be merged. Members that
match no gold event (extraction's extras) are counted apart: they have no truth to merge by.
"""

from __future__ import annotations

import csv
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from conflictwire.eval import _accept, match_events
from conflictwire.model import EVENT_FIELDS, Event
from conflictwire.textutil import norm_key


@dataclass
class DedupReport:
    reports: int = 0
    members: int = 0
    unmatched: int = 0  # members that match no gold event of their report
    clusters: int = 0
    wrong_pairs: int = 0  # pairs of matched members in one cluster, of different incidents
    right_pairs: int = 0  # pairs of matched members in one cluster, of one incident
    same_report_pairs: int = 0  # pairs of members of one report in one cluster (never allowed)
    expected_pairs: int = 0  # cross-report pairs of members that tell one incident
    merged_pairs: int = 0  # … of which share a cluster
    wrong: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        clustered = self.right_pairs + self.wrong_pairs
        return {
            "reports": self.reports, "members": self.members, "unmatched": self.unmatched, "clusters": self.clusters,
            "wrong_pairs": self.wrong_pairs, "same_report_pairs": self.same_report_pairs,
            "same_event_pairs": self.expected_pairs, "same_event_merged": self.merged_pairs,
            "pair_precision": self.right_pairs / clustered if clustered else 1.0,
            "pair_recall": self.merged_pairs / self.expected_pairs if self.expected_pairs else 1.0,
        }


def _same_incident(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two gold events of reports marked as telling one event: the same type and a place both
    coders accept (a named one, or the same region when neither names one)."""
    if a.get("event_type") != b.get("event_type"):
        return False
    places_a = {norm_key(x) for x in _accept(a.get("location")) if x}
    places_b = {norm_key(x) for x in _accept(b.get("location")) if x}
    if places_a and places_b:
        return bool(places_a & places_b)
    return bool({norm_key(x) for x in _accept(a.get("admin1")) if x} & {norm_key(x) for x in _accept(b.get("admin1")) if x})


def _incidents(index: list[dict[str, str]], golds: dict[str, dict[str, Any]]) -> dict[tuple[str, int], str]:
    """Each gold event's incident id: reports marked `same_event_as` share theirs where the
    gold events agree."""
    incident = {(rid, k): f"{rid}#{k}" for rid, g in golds.items() for k in range(len(g["events"]))}
    marked = {tuple(sorted((row["id"], other))) for row in index
              for other in re.split(r"[;,| ]+", row.get("same_event_as") or "") if other}
    for rid, other in sorted(marked):
        if rid in golds and other in golds:
            for i, a in enumerate(golds[rid]["events"]):
                for j, b in enumerate(golds[other]["events"]):
                    if _same_incident(a, b):
                        old, new = incident[(other, j)], incident[(rid, i)]
                        incident = {k: (new if v == old else v) for k, v in incident.items()}
    return incident


def _member_event(row: dict[str, Any]) -> Event:
    values: dict[str, Any] = {f: row.get(f) for f in EVENT_FIELDS}
    values["weapons"] = values.get("weapons") or []
    return Event.model_validate({**values, "doc_id": str(row["doc_id"]), "event_id": str(row["id"])})


def dedup_real(news: Path, split: str | None = None) -> DedupReport:
    """Post every report (of `split`, or all) to a fresh store through the API; score its merges."""
    from fastapi.testclient import TestClient

    from conflictwire.api.app import create_app
    from conflictwire.store.db import Store

    with (news / "INDEX.csv").open(encoding="utf-8") as fh:
        index = [r for r in csv.DictReader(fh) if split is None or r.get("split") == split]
    golds = {r["id"]: json.loads((news / f"{r['id']}.gold.json").read_text(encoding="utf-8"))
             for r in index if (news / f"{r['id']}.gold.json").exists() and (news / f"{r['id']}.txt").exists()}
    incident = _incidents(index, golds)
    out = DedupReport(reports=len(golds))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'dedup.db'}")
        auth = {"Authorization": f"Bearer {store.create_key('eval')}"}
        with TestClient(create_app(store)) as client:
            for rid, gold in golds.items():
                body = {"id": rid, "text": (news / f"{rid}.txt").read_text(encoding="utf-8"),
                        "published": gold.get("published"), "language": gold.get("language")}
                r = client.post("/reports", json={k: v for k, v in body.items() if v is not None}, headers=auth)
                if r.status_code != 201:
                    raise RuntimeError(f"{rid}: {r.status_code} {r.text[:200]}")
            ids, cursor = [], None
            while True:
                page = client.get("/events", params={"limit": 1000, **({"cursor": cursor} if cursor else {})}).json()
                ids += [e["id"] for e in page["events"]]
                if not (cursor := page["next_cursor"]):
                    break
            clusters = {cid: client.get(f"/events/{cid}").json()["reports"] for cid in ids}
        store.engine.dispose()
    out.clusters = len(clusters)
    # each member's gold incident: a report's gold events in order, each to the first member that matches
    by_report: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cid, members in clusters.items():
        for m in members:
            by_report[str(m["doc_id"])].append({**m, "cluster": cid})
    told: dict[str, str | None] = {}
    for rid, members in by_report.items():
        events = [_member_event(m) for m in members]
        for k, hit in match_events(events, golds.get(rid, {}).get("events", [])).items():
            told[members[hit]["id"]] = incident[(rid, k)]
        for m in members:
            told.setdefault(m["id"], None)
    out.members = len(told)
    out.unmatched = sum(v is None for v in told.values())
    for cid, members in clusters.items():
        for a, b in combinations(members, 2):
            if a["doc_id"] == b["doc_id"]:
                out.same_report_pairs += 1
            ta, tb = told[a["id"]], told[b["id"]]
            if ta is None or tb is None:
                continue
            if ta == tb:
                out.right_pairs += 1
            else:
                out.wrong_pairs += 1
                out.wrong.append(f"{cid}: {a['doc_id']} {ta} + {b['doc_id']} {tb}")
    cluster_of = {m["id"]: m["cluster"] for ms in by_report.values() for m in ms}
    members_of: dict[str, list[str]] = defaultdict(list)
    for mid, inc in told.items():
        if inc is not None:
            members_of[inc].append(mid)
    doc_of = {m["id"]: m["doc_id"] for ms in by_report.values() for m in ms}
    for mids in members_of.values():
        for a, b in combinations(mids, 2):
            if doc_of[a] != doc_of[b]:
                out.expected_pairs += 1
                out.merged_pairs += cluster_of[a] == cluster_of[b]
    return out
