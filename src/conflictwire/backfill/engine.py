"""Run a backfill: extraction on workers (in-process, local processes or Dask), commits by the
driver in input order (into the store each commit clusters its events too: backfill/sink.py),
then the sink's `dedup` (Parquet: its one de-duplication pass; the store: only events an older
version left pending).

Workers do only the expensive part, `Pipeline()(article)`, each loading the NLP pipelines and
the gazetteer once (a module-level cache, warmed by a Dask worker plugin or a process-pool
initializer). The driver keeps a bounded window of partitions in flight and commits them in
plan order: memory stays bounded, article ids and so the clustering order are those `ingest`
would give, and committed partitions always form a prefix plus whatever a resumed run adds.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from pydantic import TypeAdapter
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from conflictwire.backfill.reader import (
    PARTITION_SIZE,
    Partition,
    Payload,
    load,
    plan,
    read_partition,
)
from conflictwire.ingest.errors import InputError
from conflictwire.model import Article, Event, Span, TollMention
from conflictwire.pipeline import Pipeline
from conflictwire.store.ingest import _event_row, canonical_url, text_hash


@dataclass(frozen=True)
class Options:
    """What every worker needs to build its pipeline (sent once, to the plugin)."""

    gazetteer: str | None = None
    model_places: bool = False


@dataclass
class DocRows:
    """One document as the sinks store it, built on the worker: the driver, the one serial
    stage, only copies it in (no model dumps, no JSON encoding of evidence there)."""

    article: dict[str, Any]  # doc_id, url, canonical_url, outlet, published, language, text_hash, text
    events: list[dict[str, Any]]  # base_id (the extractor's event_id), the event fields, evidence
    # and tolls as JSON text (weapons stays a list: the clustering reads it)


@dataclass
class PartitionResult:
    part: Partition
    docs: list[DocRows] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (document, reason)
    seconds: float = 0.0
    worker: str = ""


# -- on the worker ---------------------------------------------------------------------------

_PIPELINE: dict[Options, Pipeline] = {}  # one pipeline per worker process, not per document

_WARM = (
    Article(doc_id="warm-en", text="Gunmen killed 3 civilians in Mopti, Mali on 2 March 2024.", published=date(2024, 3, 4)),
    Article(doc_id="warm-fr", text="Des hommes armés ont tué 3 civils à Djibo (Burkina Faso) le 2 mars 2024.",
            published=date(2024, 3, 4)),
)


def worker_pipeline(opts: Options) -> Pipeline:
    """The process's pipeline, with spaCy's models and the gazetteer loaded on first use."""
    pipe = _PIPELINE.get(opts)
    if pipe is None:
        from conflictwire.geo.gazetteer import default_path, use_gazetteer

        if opts.gazetteer:
            use_gazetteer(Path(opts.gazetteer))
        pipe = Pipeline(model_places=opts.model_places, include_candidates=True)  # the store keeps candidates
        # workers of one machine start together: one builds the gazetteer cache, the others wait
        with _build_lock(default_path()):
            for art in _WARM:  # load both languages' models and the gazetteer now, not mid-partition
                pipe(art.model_copy())
        _PIPELINE[opts] = pipe
    return pipe


@contextmanager
def _build_lock(gazetteer: Path) -> Iterator[None]:
    """An exclusive lock beside the gazetteer file, where the directory is writable (a user's
    own gazetteer may sit in a read-only place: it is built already, no lock needed)."""
    try:
        gazetteer.parent.mkdir(parents=True, exist_ok=True)
        fh = open(gazetteer.with_suffix(".lock"), "w")  # noqa: SIM115 (closed below)
    except OSError:
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def process_partition(part: Partition, payload: Payload, opts: Options) -> PartitionResult:
    """Read and extract one partition; a failing document goes to the errors, the rest go on."""
    t0 = time.perf_counter()
    pipe = worker_pipeline(opts)
    res = PartitionResult(part, worker=f"{os.uname().nodename}:{os.getpid()}")
    for item in read_partition(part, payload):
        if isinstance(item, InputError):
            res.errors.append((item.source, item.reason))
            continue
        language = item.language
        try:
            found = pipe(item)
        except Exception as exc:  # noqa: BLE001 one bad document must not stop the partition
            res.errors.append((item.doc_id, f"extraction failed ({type(exc).__name__}: {exc})"))
            continue
        finally:
            item.language = language  # stored as given, as `ingest` stores it (it extracts after)
        res.docs.append(to_rows(item, found))
    res.seconds = time.perf_counter() - t0
    return res


# evidence and tolls to JSON text in pydantic's serializer (Rust): about half the time of
# model_dump + json.dumps on the worker; the same JSON values (compact, UTF-8 rather than \u escapes)
_EVIDENCE_JSON = TypeAdapter(dict[str, list[Span]])
_TOLLS_JSON = TypeAdapter(list[TollMention])


def to_rows(art: Article, found: list[Event]) -> DocRows:
    article = {"doc_id": art.doc_id, "url": art.url, "canonical_url": canonical_url(art.url), "outlet": art.outlet,
               "published": art.published, "language": art.language, "text_hash": text_hash(art.text), "text": art.text}
    events = [{"base_id": ev.event_id, **_event_row(ev),
               "evidence": _EVIDENCE_JSON.dump_json(ev.evidence).decode(),
               "tolls": _TOLLS_JSON.dump_json(ev.tolls).decode()} for ev in found]
    return DocRows(article, events)


def worker_rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


# -- engines: something that runs process_partition somewhere --------------------------------


class Engine(Protocol):
    workers: int

    def submit(self, part: Partition, payload: Payload) -> Future[PartitionResult] | Any: ...
    def memory(self) -> dict[str, int]: ...
    def close(self) -> None: ...


class InlineEngine:
    """In this process (`--engine local --workers 0`): no pickling, one core."""

    def __init__(self, opts: Options) -> None:
        self.opts, self.workers = opts, 1
        worker_pipeline(opts)

    def submit(self, part: Partition, payload: Payload) -> Future[PartitionResult]:
        fut: Future[PartitionResult] = Future()
        fut.set_result(process_partition(part, payload, self.opts))
        return fut

    def memory(self) -> dict[str, int]:
        return {"inline": worker_rss()}

    def close(self) -> None:
        pass


def _start_local_worker(opts: Options) -> None:
    os.nice(10)  # yield to the driver: its in-order commits are the one serial stage
    worker_pipeline(opts)


def _start_method() -> str:
    """fork where it is safe, spawn elsewhere. A forked worker starts with the driver's modules
    imported (about 1.2 s of a spawned worker's start is importing them again), but forking is
    safe only on Linux and from a process with no other thread (a lock held by another thread
    stays held in the child forever); the CLI makes the engine before it opens the database, so
    no connection is shared either."""
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


class ProcessEngine:
    """Local worker processes (`--engine local --workers N`), each warmed by its initializer."""

    def __init__(self, opts: Options, workers: int) -> None:
        import multiprocessing

        self.opts, self.workers = opts, workers
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(_start_method()),
                                        initializer=_start_local_worker, initargs=(opts,))
        for _ in range(workers):  # start them now (the pool starts processes on demand)
            self.pool.submit(os.getpid)

    def submit(self, part: Partition, payload: Payload) -> Future[PartitionResult]:
        return self.pool.submit(process_partition, part, payload, self.opts)

    def memory(self) -> dict[str, int]:
        import psutil

        kids = psutil.Process().children()
        return {str(p.pid): int(p.memory_info().rss) for p in kids}

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


# Dask's own periodic work, which on a LocalCluster shares the driver's cores: the workers'
# sampling profiler takes the GIL every 10 ms from the extraction thread (pure Python; off, it
# measured ~10-20 % more documents/s with 2 workers), and every process's event-loop tick
# (20 ms) and system monitor (0.5 s) cost an idle 2-worker cluster ~8 % of a core, ~2 % at 1 s
# and 2 s (bench/backfill_profile.py measures the driver's and workers' CPU). Set for a
# LocalCluster the engine starts; workers it merely joins (--scheduler) keep their own.
DASK_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


class DaskEngine:
    """dask.distributed: a LocalCluster of `workers` single-threaded processes, or the cluster
    of an existing scheduler. A killed worker's partitions are recomputed by the others."""

    def __init__(self, opts: Options, workers: int, scheduler: str | None = None) -> None:
        from distributed import Client, LocalCluster

        self.opts = opts
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            import dask

            dask.config.set(DASK_CONFIG)
            # one thread a worker: the pipeline is CPU-bound Python, threads would share one GIL
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, memory_limit=0)
            self.client = Client(self.cluster)
        from conflictwire.backfill.plugin import LoadPipeline

        self.client.register_plugin(LoadPipeline(opts, nice=0 if scheduler else 10))
        self.workers = max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))

    def submit(self, part: Partition, payload: Payload) -> Any:
        return self.client.submit(process_partition, part, payload, self.opts, pure=False,
                                  key=f"backfill-{part.seq}-{part.key[:12]}", retries=2)

    def memory(self) -> dict[str, int]:
        return {addr: int(v) for addr, v in self.client.run(worker_rss).items()}

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(name: str, opts: Options, workers: int, scheduler: str | None = None) -> Engine:
    if name == "dask":
        return DaskEngine(opts, max(1, workers), scheduler)  # (a LocalCluster of none would wait forever)
    if name != "local":
        raise ValueError(f"unknown engine {name!r} (local or dask)")
    if scheduler:
        raise ValueError("--scheduler needs --engine dask")
    # --workers 0: extraction in the driver itself; otherwise worker processes, so that the
    # driver's writing runs beside the extraction instead of after it
    return InlineEngine(opts) if workers <= 0 else ProcessEngine(opts, workers)


# -- the driver ------------------------------------------------------------------------------


class Sink(Protocol):
    def committed(self) -> set[str]: ...
    def commit(self, res: PartitionResult) -> int: ...
    def dedup(self) -> int: ...


@dataclass
class Summary:
    partitions: int = 0  # planned
    skipped: int = 0  # committed by an earlier run
    committed: int = 0
    failed: int = 0  # partitions whose task failed: left for the next run
    docs: int = 0
    events: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    clustered: int = 0  # events the de-duplication placed
    seconds: float = 0.0
    worker_seconds: float = 0.0  # spent extracting, summed over workers
    complete: bool = False  # every partition committed, and the pass done
    memory: dict[str, int] = field(default_factory=dict)  # worker → RSS bytes, at the end


class DocsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0.0:.1f} docs/s")


def run(
    inputs: list[str],
    sink: Sink,
    engine: Engine | Callable[[], Engine],
    *,
    partition_size: int = PARTITION_SIZE,
    stop_after: int | None = None,
    console: Console | None = None,
    progress: bool = True,
) -> Summary:
    """Backfill `inputs` into `sink`; skip partitions an earlier run committed. `stop_after`
    commits at most that many partitions and returns as an interrupted run would."""
    t0 = time.perf_counter()
    # workers first: they load their pipelines while the driver plans the partitions
    eng = engine() if callable(engine) else engine
    try:
        parts = list(plan(inputs, partition_size))  # identities only, never the documents
        done = sink.committed()
    except BaseException:
        eng.close()
        raise
    todo = [p for p in parts if p.key not in done]
    summary = Summary(partitions=len(parts), skipped=len(parts) - len(todo))
    if not todo:  # everything committed: only a pass interrupted earlier may be left to finish
        eng.close()
        summary.clustered, summary.complete = sink.dedup(), True
        summary.seconds = time.perf_counter() - t0
        return summary
    window: deque[tuple[Partition, Any]] = deque()
    depth = 2 * eng.workers + 1  # enough to keep every worker busy while one commit waits
    columns = (TextColumn("backfill"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
               DocsPerSecond(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=console or Console(stderr=True), transient=True,
                      disable=not progress) as bar:
            task = bar.add_task("backfill", total=sum(p.docs for p in todo))
            pending = iter(todo)
            while True:
                while len(window) < depth and (part := next(pending, None)) is not None:
                    if part.error:
                        window.append((part, None))
                    else:
                        try:
                            fut = eng.submit(part, load(part))
                        except Exception as exc:  # noqa: BLE001 e.g. a local pool broken by a killed process
                            fut = Future()
                            fut.set_exception(exc)
                        window.append((part, fut))
                if not window:
                    break
                part, fut = window.popleft()
                if fut is None:
                    res = PartitionResult(part, errors=[(part.label, part.error or "")])
                else:
                    try:
                        res = fut.result()
                    except Exception as exc:  # noqa: BLE001 e.g. it killed its workers again and again
                        # not committed: the next run tries it again; this one goes on
                        summary.errors.append((part.label, f"partition failed, not committed ({type(exc).__name__}: "
                                                           f"{exc}); run again to retry it"))
                        summary.failed += 1
                        bar.advance(task, part.docs)
                        continue
                summary.events += sink.commit(res)
                summary.committed += 1
                summary.docs += len(res.docs)
                summary.worker_seconds += res.seconds
                summary.errors += res.errors
                bar.advance(task, part.docs)
                if stop_after is not None and summary.committed >= stop_after:
                    break
        summary.memory = eng.memory()
    finally:
        for _, fut in window:
            if fut is not None and hasattr(fut, "cancel"):
                fut.cancel()
        eng.close()
    everything = summary.committed + summary.skipped == summary.partitions
    if everything or stop_after is None:  # (a failed partition's events join in a later run's pass)
        summary.clustered = sink.dedup()  # (Parquet: the one de-duplication pass, over all that was added)
        summary.complete = everything
    else:  # stopped early: the store's sink clustered as it committed; Parquet's pass waits for the rest
        summary.clustered = int(getattr(sink, "clustered", 0))
    summary.seconds = time.perf_counter() - t0
    return summary
