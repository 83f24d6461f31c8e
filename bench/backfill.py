"""Backfill throughput on this machine: Dask with 1 and 2 workers into PostgreSQL (scaling
ratio), each worker's memory, and the end-to-end rate of `backfill` into PostgreSQL against
`extract` alone on the same archive.

The archive: the project's de-duplication reports (tests/dedup, tests/dedup_second), each
copied `--copies` times with its own id and a distinct last line (so that each copy is a new
article), plus templated short reports. A throwaway PostgreSQL server on loopback is started
unless --db names one.

    python bench/backfill.py [--copies 5] [--templated 200] [--db postgresql://...]

Each command is timed as a whole process on the whole archive and on its first partition
alone; `*_steady` figures take the second from the first (start-up off: the rate of a long
backfill), `overhead_pct` is the whole run's.

Last line: name=value pairs. scaling_db_elsewhere_est: the 2-worker runs' time less half the
CPU seconds the PostgreSQL server used in them (both cores are busy with 2 workers, so a server
on another machine frees that much), over the 1-worker figure: an estimate, not a measurement.
bench/backfill_profile.py breaks each run's CPU down by process.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import dask
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from archive import dedup_reports, templated, write_jsonl  # noqa: E402
from conflictwire.backfill.engine import DASK_CONFIG, Options, make_engine, run  # noqa: E402
from conflictwire.backfill.reader import PARTITION_SIZE  # noqa: E402
from conflictwire.backfill.sink import StoreSink  # noqa: E402
from conflictwire.store.db import Store  # noqa: E402
from pgserver import server_programs, throwaway  # noqa: E402

BIN = Path(sys.executable).parent


@contextlib.contextmanager
def postgres(settings: dict[str, str] | None = None) -> Iterator[str]:
    """A throwaway server on a free loopback port (tests/pgserver.py, as the tests start one)."""
    bindir = server_programs()
    if bindir is None:
        raise SystemExit("PostgreSQL server programs not installed (apt-get install postgresql), or pass --db")
    with throwaway(bindir, settings) as server:
        global PG_PID
        PG_PID = int((server.data / "postmaster.pid").read_text().split()[0])
        yield server.url


def fresh_db(server: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def make_archive(path: Path, copies: int, n_templated: int) -> int:
    docs = []
    for c in range(copies):
        for r in dedup_reports():
            docs.append({**r, "id": f"{r['id']}-{c}", "url": f"https://copy{c}.example/{r['id']}",
                         "text": r["text"] + f"\n\n(Archive copy {c}.)"})
    docs += templated(n_templated)
    write_jsonl(path, docs)
    return len(docs)


PG_PID: int | None = None  # the throwaway server's postmaster: its backends' CPU is counted


def _pg_cpu() -> float:
    """CPU seconds of the server: the postmaster, its live processes (the backends of pooled
    connections among them) and those that have exited."""
    if PG_PID is None:
        return 0.0
    import psutil

    root = psutil.Process(PG_PID)
    t = root.cpu_times()
    live = 0.0
    for child in root.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            c = child.cpu_times()
            live += c.user + c.system
    return t.user + t.system + t.children_user + t.children_system + live


def timed(cmd: list[str], cpu: dict[str, float] | None = None, name: str = "") -> float:
    """Wall seconds of a command; with `cpu`, also keeps its lowest CPU seconds (the command,
    its worker processes and the PostgreSQL backends it used): a cost that load from other
    programs on the machine changes far less than it changes wall time."""
    r0, pg0 = resource.getrusage(resource.RUSAGE_CHILDREN), _pg_cpu()
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        used = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime + _pg_cpu() - pg0
        cpu[name] = min(cpu.get(name, float("inf")), used)
    return wall


def dask_run(archive: Path, server: str, workers: int, size: int) -> tuple[float, float, int, float, float]:
    """(documents/s end to end, documents/s of the extraction phase, max worker RSS, seconds,
    PostgreSQL's CPU seconds) with a LocalCluster already started and warmed: the figure of a
    long backfill, not of start-up."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0) as cluster, Client(cluster) as client:
        from conflictwire.backfill.plugin import LoadPipeline

        client.register_plugin(LoadPipeline(Options(), nice=10))  # warm (and nice, as DaskEngine does) first
        sink = StoreSink(Store(fresh_db(server)))
        t0 = time.perf_counter()
        dedup_time = 0.0
        dedup = sink.dedup

        def timed_dedup() -> int:
            nonlocal dedup_time
            t = time.perf_counter()
            n = dedup()
            dedup_time = time.perf_counter() - t
            return n

        sink.dedup = timed_dedup  # type: ignore[method-assign]
        pg0 = _pg_cpu()
        summary = run([str(archive)], sink, lambda: make_engine("dask", Options(), workers, cluster.scheduler_address),
                      partition_size=size, progress=False)
        total = time.perf_counter() - t0
        pg = _pg_cpu() - pg0
    return summary.docs / total, summary.docs / (total - dedup_time), max(summary.memory.values()), total, pg


class NullSink:
    """Keeps nothing: the engine's own scaling, as when the database is on another machine."""

    def committed(self) -> set[str]:
        return set()

    def commit(self, res: object) -> int:
        return 0

    def dedup(self) -> int:
        return 0


def engine_only(archive: Path, workers: int, size: int) -> float:
    """Documents/s of extraction on a warm LocalCluster, results discarded."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0) as cluster, Client(cluster) as client:
        from conflictwire.backfill.plugin import LoadPipeline

        client.register_plugin(LoadPipeline(Options(), nice=10))
        t0 = time.perf_counter()
        summary = run([str(archive)], NullSink(), lambda: make_engine("dask", Options(), workers, cluster.scheduler_address),
                      partition_size=size, progress=False)
        return summary.docs / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--templated", type=int, default=600)
    ap.add_argument("--partition-size", type=int, default=PARTITION_SIZE)
    ap.add_argument("--repeat", type=int, default=3, help="rounds; each figure is its best round")
    ap.add_argument("--db", help="a PostgreSQL server URL (a database is created on it per run)")
    args = ap.parse_args()
    dask.config.set(DASK_CONFIG)  # as DaskEngine sets it for its LocalCluster
    work = Path(tempfile.mkdtemp(prefix="cw-bench-backfill-"))
    archive = work / "archive.jsonl"
    n = make_archive(archive, args.copies, args.templated)
    head = work / "head.jsonl"  # the archive's first partition
    with archive.open() as src, head.open("w") as dst:
        dst.writelines(line for _, line in zip(range(args.partition_size), src, strict=False))
    n_head = min(n, args.partition_size)
    size = str(args.partition_size)
    load_before = os.getloadavg()[0]
    best: dict[str, float] = {}
    rounds: dict[str, list[float]] = {}  # each round's rate (for the scaling ratio of each round)
    cpu: dict[str, float] = {}
    rss = 0

    def keep(name: str, rate: float) -> None:
        rounds.setdefault(name, []).append(rate)
        best[name] = max(best.get(name, 0.0), rate)

    with contextlib.ExitStack() as stack:
        server = args.db or stack.enter_context(postgres())
        cli = str(BIN / "conflictwire")
        # warm the gazetteer cache and the OS page cache so no timing pays for them
        subprocess.run([cli, "extract", str(archive), "--format", "jsonl"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        # rounds of every measurement in turn: a burst of load from elsewhere on the machine
        # hits one round of each, and each figure keeps its best round
        commands = {
            "extract": lambda path: [cli, "extract", str(path), "--format", "jsonl"],
            "local1": lambda path: [cli, "backfill", str(path), "--engine", "local", "--workers", "1", "--no-progress",
                                    "--partition-size", size, "--db", fresh_db(server)],
            "inline": lambda path: [cli, "backfill", str(path), "--engine", "local", "--workers", "0", "--no-progress",
                                    "--partition-size", size, "--db", fresh_db(server)],
        }
        for r in range(args.repeat):
            for name, command in commands.items():
                # the whole archive, and its first partition alone: the difference is the work a
                # document costs once the command is running (start-up taken off), the figure of
                # an archive of millions
                whole = timed(command(archive), cpu, name)
                first = timed(command(head), None)
                keep(name, n / whole)
                keep(f"{name}_steady", (n - n_head) / max(whole - first, 1e-9))
            # 1 and 2 workers in turn, the order swapped every round: a drift in the machine's
            # speed over the run weighs on both
            for w in ((1, 2) if r % 2 == 0 else (2, 1)):
                total, phase, mem, secs, pg = dask_run(archive, server, w, args.partition_size)
                if w == 2:
                    cpu["pg2"] = min(cpu.get("pg2", float("inf")), pg)
                    # the same run with PostgreSQL's CPU taken off these two cores (it runs
                    # elsewhere): all cores are busy with 2 workers, so its share comes off the time
                    keep("dask2_db_elsewhere", n / (secs - pg / 2))
                keep(f"dask{w}", total)
                keep(f"dask{w}_phase", phase)
                rss = max(rss, mem)
                keep(f"engine{w}", engine_only(archive, w, args.partition_size))
    shutil.rmtree(work, ignore_errors=True)

    def paired(base: str, other: str) -> float:
        """The median over rounds of how much slower `other` ran than `base` in the same round (%)."""
        return round(100 * (statistics.median(a / b for a, b in zip(rounds[base], rounds[other], strict=True)) - 1), 1)

    scaling = [b / a for a, b in zip(rounds["dask1"], rounds["dask2"], strict=True)]  # each round's 2 over 1
    figures = {
        "docs": n,
        "extract_docs_per_s": round(best["extract"], 1),
        "backfill_local1_pg_docs_per_s": round(best["local1"], 1),
        "overhead_pct": round(100 * (best["extract"] / best["local1"] - 1), 1),
        "backfill_inline_pg_docs_per_s": round(best["inline"], 1),
        "overhead_inline_pct": round(100 * (best["extract"] / best["inline"] - 1), 1),
        "extract_steady_docs_per_s": round(best["extract_steady"], 1),
        "backfill_local1_steady_docs_per_s": round(best["local1_steady"], 1),
        "overhead_steady_pct": round(100 * (best["extract_steady"] / best["local1_steady"] - 1), 1),
        "overhead_inline_steady_pct": round(100 * (best["extract_steady"] / best["inline_steady"] - 1), 1),
        "extract_cpu_ms_per_doc": round(1000 * cpu["extract"] / n, 2),
        "backfill_local1_cpu_ms_per_doc": round(1000 * cpu["local1"] / n, 2),
        "cpu_overhead_pct": round(100 * (cpu["local1"] / cpu["extract"] - 1), 1),
        "dask1_docs_per_s": round(best["dask1"], 1),
        "overhead_dask1_steady_pct": round(100 * (best["extract_steady"] / best["dask1"] - 1), 1),
        "dask2_docs_per_s": round(best["dask2"], 1),
        "scaling_2_over_1": round(best["dask2"] / best["dask1"], 2),
        # the ratio of each round's two runs, run minutes apart at most: less swayed by the machine's drift
        "scaling_rounds_median": round(statistics.median(scaling), 2),
        "scaling_rounds_min": round(min(scaling), 2),
        "scaling_rounds_max": round(max(scaling), 2),
        # the overheads of each round's paired runs, likewise
        "overhead_rounds_median_pct": paired("extract", "local1"),
        "overhead_steady_rounds_median_pct": paired("extract_steady", "local1_steady"),
        "overhead_dask1_steady_rounds_median_pct": paired("extract_steady", "dask1"),
        "dask2_pg_cpu_ms_per_doc": round(1000 * cpu["pg2"] / n, 3),
        "scaling_db_elsewhere_est": round(best["dask2_db_elsewhere"] / best["dask1"], 2),
        "dask1_extract_phase_docs_per_s": round(best["dask1_phase"], 1),
        "dask2_extract_phase_docs_per_s": round(best["dask2_phase"], 1),
        "scaling_extract_phase": round(best["dask2_phase"] / best["dask1_phase"], 2),
        "engine1_nosink_docs_per_s": round(best["engine1"], 1),
        "engine2_nosink_docs_per_s": round(best["engine2"], 1),
        "scaling_nosink": round(best["engine2"] / best["engine1"], 2),
        "worker_rss_mb": round(rss / 2**20),
        "cores": os.cpu_count(),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(figures, indent=1), file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
