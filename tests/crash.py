"""The crash trials: a watcher process killed with SIGKILL at random moments while a local
news site keeps publishing, then restarted; at the end every published report must have
reached the webhook receiver at least once, duplicates only under one idempotency key, and
the store must hold each report and its event exactly once.

Used by tests/test_crash.py and bench/crash_trials.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from conflictwire.alerts import subscriptions
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.store.db import Store
from conflictwire.store.schema import articles, clusters, outbox
from localnet import NewsSite, Receiver


def run_trials(workdir: Path, trials: int, seed: int = 7, kill_after: tuple[float, float] = (0.5, 4.0),
               publish_every: float = 0.2, recover_timeout: float = 180.0) -> dict[str, Any]:
    rng = random.Random(seed)
    site, rec = NewsSite().start(), Receiver().start()
    db = workdir / "crash.db"
    store = Store(str(db))
    kid = store.key_id(store.create_key("crash"))
    assert kid is not None
    subscriptions.create(store, kid, SubscriptionIn(name="everything", webhook_url=rec.url + "/hook"))
    feeds = workdir / "feeds.yml"
    feeds.write_text(f"politeness: 0\nallow_private: true\nfeeds:\n  - url: {site.url}/feed.xml\n    interval: 0.1\n")
    cmd = [sys.executable, "-m", "conflictwire", "watch", "--feeds", str(feeds), "--db", str(db),
           "--allow-private-webhooks", "--lease", "2"]

    publishing = threading.Event()
    publishing.set()

    def publish() -> None:
        i = 0
        while publishing.is_set():
            site.published.append(i)
            i += 1
            time.sleep(publish_every)

    publisher = threading.Thread(target=publish, daemon=True)
    publisher.start()
    try:
        for _ in range(trials):
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(*kill_after))
            proc.kill()
            proc.wait()
        publishing.clear()
        publisher.join()
        published = list(site.published)

        # Recovery: one more watcher runs until every report has been alerted, then SIGTERM.
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + recover_timeout
        while time.time() < deadline and len(_alerted_items(rec, site.url)) < len(published):
            time.sleep(0.2)
        proc.terminate()
        exit_code = proc.wait(timeout=30)
        stderr = proc.stderr.read() if proc.stderr else ""
    finally:
        publishing.clear()
        site.stop()
        rec.stop()

    alerted = _alerted_items(rec, site.url)
    by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)
    new_keys_by_cluster: dict[str, set[str]] = defaultdict(set)
    for a in rec.alerts():
        by_key[a["idempotency_key"]].add((a["event"]["id"], a["reason"]))
        if a["reason"] == "new":
            new_keys_by_cluster[a["event"]["id"]].add(a["idempotency_key"])
    with store.engine.connect() as conn:
        n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        n_clusters = conn.execute(select(func.count()).select_from(clusters)).scalar_one()
        n_outbox = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
    return {
        "trials": trials,
        "reports": len(published),
        "alerts_expected": len(published),
        "alerts_delivered": len(alerted & set(published)),
        "alerts_lost": len(set(published) - alerted),
        "deliveries_received": len(rec.received),
        "duplicates": len(rec.received) - len(by_key),
        "keys_with_two_meanings": sum(len(v) > 1 for v in by_key.values()),  # must be 0
        "events_with_two_keys": sum(len(v) > 1 for v in new_keys_by_cluster.values()),  # must be 0
        "articles": n_articles,
        "events": n_clusters,
        "outbox": n_outbox,
        "exit_code": exit_code,
        "traceback": "Traceback" in stderr,
    }


def _alerted_items(rec: Receiver, base: str) -> set[int]:
    """The published items whose alert reached the receiver (by their page's URL)."""
    out = set()
    for a in rec.alerts():
        for s in a["sources"]:
            url = s.get("url") or ""
            if url.startswith(base + "/a/"):
                out.add(int(url[len(base) + 3:-5]))
    return out
