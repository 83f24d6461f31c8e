"""Does a commit into PostgreSQL cost more as the store grows? The archive of bench/backfill.py
is extracted once in this process, then committed `--rounds` times over into one fresh database
(each round's documents with their own ids, URLs and text hashes, so each is new): a long
backfill in miniature, without the extraction. Prints the CPU a commit costs the server and the
driver in the first and the last round; `growth` near 1 means a commit's cost does not depend
on the size of the store (it was 5-8 with the planner left without statistics).

    python bench/backfill_commit.py [--rounds 3] [--partition-size 250] [--db postgresql://...]

Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import backfill as bb  # noqa: E402  (bench/backfill.py: archive, server, fresh databases)
from conflictwire.backfill.engine import Options, PartitionResult, process_partition  # noqa: E402
from conflictwire.backfill.reader import PARTITION_SIZE, load, plan  # noqa: E402
from conflictwire.backfill.sink import StoreSink  # noqa: E402
from conflictwire.store.db import Store  # noqa: E402


def renamed(results: list[PartitionResult], r: int) -> list[PartitionResult]:
    """The partitions as new documents of round r (ids, URLs, text hashes and partition keys)."""
    out = []
    for res in results:
        docs = []
        for d in res.docs:
            art = {**d.article, "doc_id": f"{d.article['doc_id']}~{r}", "text_hash": f"{d.article['text_hash'][:-4]}{r:04d}"}
            if art["canonical_url"]:
                art["canonical_url"] = f"{art['canonical_url']}?round={r}"
            docs.append(dataclasses.replace(d, article=art))
        part = dataclasses.replace(res.part, digest=f"{res.part.digest[:-4]}{r:04d}")
        out.append(dataclasses.replace(res, part=part, docs=docs))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--templated", type=int, default=600)
    ap.add_argument("--partition-size", type=int, default=PARTITION_SIZE)
    ap.add_argument("--db")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cw-bench-commit-") as work:
        archive = Path(work) / "archive.jsonl"
        bb.make_archive(archive, args.copies, args.templated)
        results = [process_partition(p, load(p), Options()) for p in plan([str(archive)], args.partition_size)]
    n = sum(len(r.docs) for r in results)
    pg_ms: list[list[float]] = []
    driver_ms: list[list[float]] = []
    with contextlib.ExitStack() as stack:
        server = args.db or stack.enter_context(bb.postgres())
        sink = StoreSink(Store(bb.fresh_db(server)))
        sink.committed()
        for r in range(args.rounds):
            pg_ms.append([])
            driver_ms.append([])
            for res in renamed(results, r):
                pg0, cpu0 = bb._pg_cpu(), time.process_time()
                sink.commit(res)
                pg_ms[-1].append(1000 * (bb._pg_cpu() - pg0))
                driver_ms[-1].append(1000 * (time.process_time() - cpu0))
    # medians: the few commits that refresh the statistics are not the typical commit
    first_pg, last_pg = statistics.median(pg_ms[0]), statistics.median(pg_ms[-1])
    first_drv, last_drv = statistics.median(driver_ms[0]), statistics.median(driver_ms[-1])
    figures = {
        "docs_per_round": n,
        "rounds": args.rounds,
        "pg_ms_per_commit_first": round(first_pg, 1),
        "pg_ms_per_commit_last": round(last_pg, 1),
        "pg_growth": round(last_pg / first_pg, 2),
        "driver_ms_per_commit_first": round(first_drv, 1),
        "driver_ms_per_commit_last": round(last_drv, 1),
        "driver_growth": round(last_drv / first_drv, 2),
        "pg_ms_per_doc_all": round(sum(map(sum, pg_ms)) / (n * args.rounds), 3),
    }
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
