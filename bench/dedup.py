"""De-duplication on tests/dedup/ (30 events told by 2-3 reports each, en and fr, plus
near-misses): the reports go through extraction and the store; the clustering is scored.

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


def run(directory: Path = SET) -> dict[str, float]:
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))["reports"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "dedup.db"))
        items = [
            Article(doc_id=r["file"], text=(directory / r["file"]).read_text(encoding="utf-8"),
                    published=date.fromisoformat(r["published"]), language=r["language"], url=f"https://example.org/{r['file']}")
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
    print(" ".join(f"{k}={v:.3f}" for k, v in run().items()))
