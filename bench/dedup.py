"""De-duplication on tests/dedup/ (30 events told by 2-3 reports each, en and fr, plus
near-misses) and on tests/dedup_second/ (43 events in 96 reports, written independently of
the merge rules): the reports go through extraction and the store; the clustering is scored.
Then the real reports of ../shared/data/news, black-box through the API (eval_dedup.py), per
split: pairs of members joining different gold incidents (wrong_pairs, the target is 0) and
same-incident pairs of different reports merged (totals only: never read check's cases).

Last line: name=value pairs.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from conflictwire.dedup.score import pairwise
from conflictwire.model import Article
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import articles, events, members

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "dedup"


SECOND = ROOT / "tests" / "dedup_second"


def load_second(directory: Path = SECOND) -> list[dict[str, str]]:
    """The second set in the first one's manifest shape (file = report id, text inline)."""
    events = json.loads((directory / "expected.json").read_text(encoding="utf-8"))["events"]
    truth = {rid: eid for eid, rids in events.items() for rid in rids}
    out = []
    for line in (directory / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append({"file": r["id"], "event": truth.get(r["id"], r["id"]), "published": r["published"],
                    "language": r["lang"], "text": r["text"], "url": r.get("url", f"https://example.org/{r['id']}")})
    return out


def run(directory: Path = SET, manifest: list[dict[str, str]] | None = None) -> dict[str, float]:
    if manifest is None:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))["reports"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "dedup.db"))
        items = [
            Article(doc_id=r["file"], text=r.get("text") or (directory / r["file"]).read_text(encoding="utf-8"),
                    published=date.fromisoformat(r["published"]), language=r["language"],
                    url=r.get("url") or f"https://example.org/{r['file']}")
            for r in manifest
        ]
        start = time.perf_counter()
        ingest(store, items)
        seconds = time.perf_counter() - start
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(articles.c.doc_id, members.c.cluster_id, events.c.confidence)
                .join(events, events.c.article_id == articles.c.id)
                .join(members, members.c.event_id == events.c.id)
            ).all()
        store.engine.dispose()
    predicted: dict[str, str] = {}
    for doc_id, cluster_id, _conf in sorted(rows, key=lambda r: -(r[2] or 0)):
        predicted.setdefault(doc_id, cluster_id)  # a report's main event decides its cluster
    truth = {r["file"]: r["event"] for r in manifest}
    figures = pairwise(truth, predicted)
    figures["reports_per_s"] = len(items) / seconds
    return figures


if __name__ == "__main__":
    import sys

    figures = run()
    if "--second" in sys.argv or SECOND.is_dir():
        figures |= {f"second_{k}": v for k, v in run(SECOND, load_second()).items()}
    news = ROOT.parent / "shared" / "data" / "news"
    if news.is_dir():
        from conflictwire.eval_dedup import dedup_real

        for split in ("tune", "check"):
            got = dedup_real(news, split).figures()
            figures |= {f"real_{split}_{k}": got[k] for k in ("members", "wrong_pairs", "same_report_pairs",
                                                             "same_event_pairs", "same_event_merged")}
    else:
        print("../shared/data/news absent: real reports not scored", file=sys.stderr)
    print(" ".join(f"{k}={v:.3f}" for k, v in figures.items()))
