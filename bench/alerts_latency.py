"""Alert latency: from the watcher fetching a new report's page to the webhook receiver
having its alert, over >= 100 reports published one by one on a local news site.

    python bench/alerts_latency.py [--reports 120] [--every 0.25]

The watcher runs as its own process (`conflictwire watch`, feed polled every 0.1 s); both
times are read on this machine's clock by the local servers. Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from conflictwire.alerts import subscriptions  # noqa: E402
from conflictwire.alerts.subscriptions import SubscriptionIn  # noqa: E402
from conflictwire.store.db import Store  # noqa: E402
from localnet import NewsSite, Receiver  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=120)
    ap.add_argument("--every", type=float, default=0.25, help="seconds between two publications")
    args = ap.parse_args()
    site, rec = NewsSite().start(), Receiver().start()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "lat.db"
        store = Store(str(db))
        kid = store.key_id(store.create_key("bench"))
        assert kid is not None
        subscriptions.create(store, kid, SubscriptionIn(name="all", webhook_url=rec.url + "/hook"))
        feeds = Path(tmp) / "feeds.yml"
        feeds.write_text(f"politeness: 0\nallow_private: true\nfeeds:\n  - url: {site.url}/feed.xml\n    interval: 0.1\n")
        proc = subprocess.Popen([sys.executable, "-m", "conflictwire", "watch", "--feeds", str(feeds), "--db", str(db),
                                 "--allow-private-webhooks"])
        try:
            time.sleep(3)  # the watcher starts (imports, first empty poll)
            site.published.append(-1)  # a first report warms the extractor (lexicons, gazetteer)
            _wait(rec, 1, 30)
            for i in range(args.reports):
                site.published.append(i)
                time.sleep(args.every)
            _wait(rec, args.reports + 1, 60)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    got: dict[int, float] = {}
    for t, _, body in rec.received:
        import json

        for s in json.loads(body)["sources"]:
            i = int(s["url"].rsplit("/", 1)[1][:-5])
            got.setdefault(i, t)
    lat = sorted((got[i] - site.page_hits[i]) * 1000 for i in range(args.reports) if i in got)
    site.stop()
    rec.stop()
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
    print(f"reports={args.reports} delivered={len(lat)} p50_ms={statistics.median(lat):.1f} p95_ms={p95:.1f} max_ms={lat[-1]:.1f}")


def _wait(rec: Receiver, n: int, timeout: float) -> None:
    deadline = time.time() + timeout
    while len(rec.received) < n and time.time() < deadline:
        time.sleep(0.05)


if __name__ == "__main__":
    main()
