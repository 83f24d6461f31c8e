"""The Dask worker plugin that loads the pipeline once per worker, when the worker joins."""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin

from conflictwire.backfill.engine import Options, worker_pipeline


class LoadPipeline(WorkerPlugin):
    """Warm spaCy's models and the gazetteer on every worker, including ones that join (or are
    restarted by their nanny) later, so no partition pays the loading time."""

    name = "conflictwire-pipeline"

    def __init__(self, opts: Options, nice: int = 0) -> None:
        self.opts, self.nice = opts, nice

    def setup(self, worker: Any) -> None:
        if self.nice:
            # workers on the driver's own machine yield to it: its in-order commits are the one
            # serial stage, and a starved driver stalls every worker behind its bounded window
            os.nice(self.nice)
        worker_pipeline(self.opts)
