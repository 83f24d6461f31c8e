"""Load on loopback: readers of GET /events while another process ingests reports.

A real server (`conflictwire serve`, its own process) over a SQLite store, 50 reader threads
asking for /events with random filters over HTTP, and `conflictwire ingest` (another process)
writing 1,000 generated reports into the same store meanwhile. Reports p50/p95/max read latency,
reads/s, the ingest's reports/s and every error (non-200 answers, failed connections, a failed
ingest). Arguments: [readers] [reports].

Last line: name=value pairs.
"""

from __future__ import annotations

import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

CLI = [sys.executable, "-m", "conflictwire"]
PLACES = [("Djibo", "Burkina Faso"), ("Boni", "Mali"), ("Ayorou", "Niger"), ("Ansongo", "Mali"), ("Dori", "Burkina Faso"),
          ("Tillabéri", "Niger"), ("Bankass", "Mali"), ("Kaya", "Burkina Faso"), ("Ménaka", "Mali"), ("Diapaga", "Burkina Faso")]
FILTERS = [{}, {"country": "Mali"}, {"country": "Niger", "min_fatalities": "3"}, {"event_type": "Battles"},
           {"actor": "JNIM"}, {"near": "14.1,-1.6,80"}, {"from": "2024-01-01", "to": "2024-06-30"}]


def reports(n: int, seed: int = 7) -> list[dict[str, str]]:
    """Short generated reports, one event each, over a spread of places and days."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        place, country = rng.choice(PLACES)
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        killed = rng.randint(1, 30)
        who = rng.choice(["Gunmen", "JNIM militants", "Suspected jihadists", "Islamic State fighters"])
        hit = rng.choice(["civilians", "soldiers", "traders", "gendarmes"])
        text = (f"{who} killed {killed} {hit} near {place}, {country}, on {day} "
                f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} 2024, "
                f"local sources said. Report {i}.")
        out.append({"id": f"load-{i}", "text": text, "published": f"2024-{month:02d}-{min(day + 1, 28):02d}", "language": "en"})
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    n_readers = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    n_reports = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "load.db")
        feed = Path(tmp) / "reports.jsonl"
        feed.write_text("\n".join(json.dumps(r) for r in reports(n_reports)) + "\n", encoding="utf-8")
        port = free_port()
        server = subprocess.Popen([*CLI, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--no-deliver"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):  # the server is up when it answers
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("server did not start: " + (server.stderr.read().decode()[-500:] if server.stderr else ""))
            latencies: list[float] = []
            errors: list[str] = []
            lock = threading.Lock()
            done = threading.Event()

            def reader(seed: int) -> None:
                rng = random.Random(seed)
                with httpx.Client(base_url=base, timeout=30) as client:
                    while not done.is_set():
                        params = rng.choice(FILTERS)
                        t0 = time.perf_counter()
                        try:
                            r = client.get("/events", params={**params, "limit": "100"})
                            ok = r.status_code == 200
                            err = None if ok else f"HTTP {r.status_code}"
                        except httpx.HTTPError as e:
                            err = f"{type(e).__name__}"
                        dt = time.perf_counter() - t0
                        with lock:
                            latencies.append(dt)
                            if err:
                                errors.append(err)

            threads = [threading.Thread(target=reader, args=(i,)) for i in range(n_readers)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            ingest = subprocess.run([*CLI, "ingest", "--db", db, str(feed)], capture_output=True, text=True)
            ingest_seconds = time.perf_counter() - start
            done.set()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
            if ingest.returncode != 0:
                errors.append(f"ingest exit {ingest.returncode}: {ingest.stderr[-300:]}")
            events = httpx.get(f"{base}/events", params={"limit": "1000"}, timeout=30).json()["events"]
        finally:
            server.terminate()
            server.wait(timeout=30)
    lat = sorted(latencies)
    p = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: float("nan"))
    print(f"readers {n_readers}, reports {n_reports}: {len(lat)} reads in {elapsed:.1f} s, ingest {ingest_seconds:.1f} s, "
          f"{len(events)} events listed after, errors {len(errors)} {sorted(set(errors))[:5]}", file=sys.stderr)
    print(f"readers={n_readers} reports={n_reports} reads={len(lat)} reads_per_s={len(lat) / elapsed:.1f} "
          f"read_p50_ms={p(0.5):.1f} read_p95_ms={p(0.95):.1f} read_max_ms={max(lat) * 1000 if lat else float('nan'):.1f} "
          f"read_mean_ms={statistics.fmean(lat) * 1000 if lat else float('nan'):.1f} "
          f"ingest_reports_per_s={n_reports / ingest_seconds:.1f} events_after={len(events)} errors={len(errors)}")


if __name__ == "__main__":
    main()
