"""The Dask worker plugin that loads the pipeline once per worker, when the worker joins."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from conflictwire.backfill.engine import Options, worker_pipeline


class LoadPipeline(WorkerPlugin):
    """Warm spaCy's models and the gazetteer on every worker, including ones that join (or are
    restarted by their nanny) later, so no partition pays the loading time."""

    name = "conflictwire-pipeline"

    def __init__(self, opts: Options) -> None:
        self.opts = opts

    def setup(self, worker: Any) -> None:
        worker_pipeline(self.opts)
