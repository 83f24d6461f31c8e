"""`conflictwire backfill`: code an archive on local processes or a Dask cluster (thin layer
over conflictwire.backfill)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from conflictwire.backfill.reader import PARTITION_SIZE

err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    @app.command("backfill")
    def backfill_cmd(
        inputs: Annotated[list[str], typer.Argument(help="JSONL files, directories of .html/.txt, WARC files")],
        engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or dask")] = "local",
        scheduler: Annotated[str | None, typer.Option("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786)")] = None,
        workers: Annotated[int, typer.Option("--workers", min=0, help="worker processes (local engine, 0: this one; or a new LocalCluster)")] = 1,
        db: Annotated[str | None, typer.Option("--db", envvar="CONFLICTWIRE_DB", help="database file or URL")] = None,
        out: Annotated[Path | None, typer.Option("--out", help="write partitioned Parquet to this directory instead")] = None,
        partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="documents a partition")] = PARTITION_SIZE,
        max_partitions: Annotated[int | None, typer.Option("--max-partitions", min=1, help="commit at most N partitions, then stop (resume later)")] = None,
        gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER", help="gazetteer file")] = None,
        model_places: Annotated[bool, typer.Option("--model-places", help="spaCy place entities as a fallback (slower)")] = False,
        progress: Annotated[bool, typer.Option("--progress/--no-progress")] = True,
    ) -> None:
        """Extract and store an archive at scale; resumable; no alerts are sent for it."""
        from conflictwire.backfill.engine import Options, make_engine, run
        from conflictwire.backfill.parquet import ParquetSink
        from conflictwire.backfill.sink import StoreSink
        from conflictwire.store.db import Store

        if engine not in ("local", "dask"):
            raise typer.BadParameter("--engine is local or dask")
        if out is not None and db is not None:
            raise typer.BadParameter("give --db or --out, not both")
        if out is not None and not out.name.endswith(".parquet"):
            raise typer.BadParameter("--out names a directory ending in .parquet")
        opts = Options(gazetteer=str(gazetteer) if gazetteer else None, model_places=model_places)
        try:
            # the engine first: its workers load their pipelines while the database is opened,
            # and local workers are forked before any connection exists (backfill/engine.py)
            eng = make_engine(engine, opts, workers, scheduler)
            try:
                sink: StoreSink | ParquetSink = ParquetSink(out) if out is not None else StoreSink(Store(db))
            except BaseException:
                eng.close()
                raise
            summary = run(inputs, sink, eng, partition_size=partition_size, stop_after=max_partitions, console=err,
                          progress=progress)
        except KeyboardInterrupt:
            err.print("interrupted: committed partitions are kept; run the same command again to resume")
            raise typer.Exit(130) from None
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        except OSError as exc:  # e.g. no scheduler at --scheduler (a timeout is an OSError too)
            err.print(f"[red]error[/red] {type(exc).__name__}: {exc}", highlight=False)
            raise typer.Exit(2) from None
        for source, reason in summary.errors[:50]:
            err.print(f"[red]error[/red] {source}: {reason}", highlight=False)
        if len(summary.errors) > 50:
            err.print(f"… and {len(summary.errors) - 50} more (see {'errors/' if out else 'table backfill_errors'})")
        rate = summary.docs / summary.seconds if summary.seconds else 0.0
        rss = max(summary.memory.values(), default=0) / 2**20
        err.print(f"partitions={summary.partitions} skipped={summary.skipped} committed={summary.committed} "
                  f"docs={summary.docs} events={summary.events} errors={len(summary.errors)} "
                  f"clustered={summary.clustered} seconds={summary.seconds:.1f} docs_per_s={rate:.1f} "
                  f"worker_rss_mb={rss:.0f}" + ("" if summary.complete else " (not finished: run the same command again to resume)"))
        raise typer.Exit(1 if summary.errors else 0)
