"""Where a Dask backfill into PostgreSQL spends its CPU, per 1,000 documents: the driver's main
thread (commits, the de-duplication pass, the rest), the driver's other threads (the
LocalCluster's scheduler and the client's event loop: result transfer), the workers (extraction,
and the rest), the nannies and the PostgreSQL server. On a machine of C cores, a run of W
workers can go no faster than C / (CPU seconds a document, all processes) documents a second:
these figures say which part keeps 2 workers on 2 cores from scaling.

    python bench/backfill_profile.py [--workers 1 2] [--copies 20] [--templated 600] [--repeat 1]

Last line: name=value pairs (one group per worker count).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import dask
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backfill as bb  # noqa: E402  (bench/backfill.py: archive, server, fresh databases)
from conflictwire.backfill.engine import DASK_CONFIG, Options, make_engine, run  # noqa: E402
from conflictwire.backfill.reader import PARTITION_SIZE  # noqa: E402
from conflictwire.backfill.sink import StoreSink  # noqa: E402
from conflictwire.store.db import Store  # noqa: E402


def _cpu(p: psutil.Process) -> float:
    t = p.cpu_times()
    return t.user + t.system


def _tree_cpu(pid: int) -> float:
    """A process and its children (the postmaster and its backends, which exit with their
    connections: those are in children_user/system)."""
    t = psutil.Process(pid).cpu_times()
    live = sum(_cpu(c) for c in psutil.Process(pid).children(recursive=True) if c.is_running())
    return t.user + t.system + t.children_user + t.children_system + live


def profile(archive: Path, server: str, workers: int, size: int, n: int) -> dict[str, float]:
    from distributed import Client, LocalCluster

    from conflictwire.backfill.plugin import LoadPipeline

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0) as cluster, Client(cluster) as client:
        client.register_plugin(LoadPipeline(Options(), nice=10))
        pids = list(client.run(os.getpid).values())
        nannies = [c.pid for c in psutil.Process().children() if c.pid not in pids]
        sink = StoreSink(Store(bb.fresh_db(server)))
        spent = {"dedup_pg": 0.0, "commit": 0.0, "dedup": 0.0, "commit_wall": 0.0, "dedup_wall": 0.0}
        commit, dedup = sink.commit, sink.dedup

        def timed_commit(res: Any) -> int:
            c, w = time.thread_time(), time.perf_counter()
            out = commit(res)
            spent["commit"] += time.thread_time() - c
            spent["commit_wall"] += time.perf_counter() - w
            return out

        def timed_dedup() -> int:
            c, w = time.thread_time(), time.perf_counter()
            p = _tree_cpu(bb.PG_PID) if bb.PG_PID else 0.0
            out = dedup()
            spent["dedup"] += time.thread_time() - c
            spent["dedup_wall"] += time.perf_counter() - w
            spent["dedup_pg"] += (_tree_cpu(bb.PG_PID) - p) if bb.PG_PID else 0.0
            return out

        sink.commit, sink.dedup = timed_commit, timed_dedup  # type: ignore[method-assign]
        me = psutil.Process()
        c_0 = psutil.cpu_times()
        w0 = {p: _cpu(psutil.Process(p)) for p in pids}
        n0 = sum(_cpu(psutil.Process(p)) for p in nannies)
        pg0 = _tree_cpu(bb.PG_PID) if bb.PG_PID else 0.0
        d0, m0 = _cpu(me), time.thread_time()
        t0 = time.perf_counter()
        summary = run([str(archive)], sink, lambda: make_engine("dask", Options(), workers, cluster.scheduler_address),
                      partition_size=size, progress=False)
        wall = time.perf_counter() - t0
        c_1 = psutil.cpu_times()

        def idle() -> float:  # core-seconds the machine left idle during the run (any program's load counts)
            return c_1.idle - c_0.idle
        main = time.thread_time() - m0
        driver = _cpu(me) - d0
        pg = (_tree_cpu(bb.PG_PID) - pg0) if bb.PG_PID else 0.0
        wk = sum(_cpu(psutil.Process(p)) - w0[p] for p in pids)
        nanny = sum(_cpu(psutil.Process(p)) for p in nannies) - n0
        assert threading.active_count() >= 1
    k = 1000 / n
    return {
        "docs_per_s": n / wall,
        "wall_s": wall,
        "commit_wall_s": spent["commit_wall"],
        "dedup_wall_s": spent["dedup_wall"],
        "cpu_total_per_1k": k * (driver + wk + nanny + pg),
        "worker_cpu_per_1k": k * wk,
        "worker_extract_per_1k": k * summary.worker_seconds,
        "driver_main_per_1k": k * main,
        "driver_commit_per_1k": k * spent["commit"],
        "driver_dedup_per_1k": k * spent["dedup"],
        "driver_main_other_per_1k": k * (main - spent["commit"] - spent["dedup"]),
        "driver_threads_per_1k": k * (driver - main),
        "nanny_per_1k": k * nanny,
        "postgres_per_1k": k * pg,
        "postgres_dedup_per_1k": k * spent["dedup_pg"],
        "idle_cores_s": idle(),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--templated", type=int, default=600)
    ap.add_argument("--partition-size", type=int, default=PARTITION_SIZE)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--db")
    ap.add_argument("--pg", nargs="*", default=[], metavar="NAME=VALUE", help="settings of the throwaway server")
    ap.add_argument("--plain-dask", action="store_true", help="Dask's own defaults (profiler off) instead of DASK_CONFIG")
    args = ap.parse_args()
    dask.config.set({"distributed.worker.profile.enabled": False} if args.plain_dask else DASK_CONFIG)
    work = Path(tempfile.mkdtemp(prefix="cw-bench-profile-"))
    archive = work / "archive.jsonl"
    n = bb.make_archive(archive, args.copies, args.templated)
    out: list[str] = []
    with contextlib.ExitStack() as stack:
        server = args.db or stack.enter_context(bb.postgres(dict(kv.split("=", 1) for kv in args.pg)))
        for _ in range(args.repeat):
            for w in args.workers:
                fig = profile(archive, server, w, args.partition_size, n)
                line = " ".join(f"{k}={v:.2f}" for k, v in fig.items())
                print(f"workers={w} {line} load={os.getloadavg()[0]:.2f}", file=sys.stderr)
                out.append(f"w{w}:" + ",".join(f"{k}={v:.2f}" for k, v in fig.items()))
    shutil.rmtree(work, ignore_errors=True)
    print(f"docs={n} " + " ".join(out))


if __name__ == "__main__":
    main()
