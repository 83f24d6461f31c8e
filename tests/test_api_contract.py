"""The served API against its own OpenAPI document (schemathesis, bounded): with a key, after a
report is posted, no generated request gets a 5xx, and every answer's status code, media type,
headers and body are the ones the document declares.

The server-sent-event streams never end, so they are left to their own tests (test_alerts,
test_web). One check is left out: a schema-valid POST /reports with a URL is refused here,
because no page can be fetched without a network (the answer is a 422 naming the fetch)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from conflictwire.store.db import Store
from web_server import serve

EXAMPLES = int(os.environ.get("CONFLICTWIRE_CONTRACT_EXAMPLES", "10"))  # bench/ sizes: 100 and more


def test_no_server_error_and_every_answer_as_documented(tmp_path: Path) -> None:
    st = shutil.which("st", path=str(Path(sys.executable).parent))
    if st is None:
        pytest.skip("schemathesis is not installed (pip install -e '.[dev]')")
    store = Store(f"sqlite:///{tmp_path / 'contract.db'}")
    key = store.create_key("contract")
    with serve(store, writes_per_minute=100_000, write_burst=10_000) as base:  # the writes' logic, not their rate
        posted = httpx.post(f"{base}/reports", headers={"Authorization": f"Bearer {key}"},
                            json={"text": "Gunmen killed 5 civilians in Mopti on 3 May 2024.", "published": "2024-05-05"})
        assert posted.status_code == 201
        run = subprocess.run(
            [st, "run", f"{base}/openapi.json", "-H", f"Authorization: Bearer {key}", "--checks", "all",
             "--exclude-checks", "positive_data_acceptance", "--max-examples", str(EXAMPLES),
             "--exclude-path", "/events/stream", "--exclude-path", "/stream", "--request-timeout", "10",
             "--generation-deterministic", "--no-color"],
            capture_output=True, text=True, timeout=600, env={**os.environ, "SCHEMATHESIS_TELEMETRY": "false"},
            cwd=tmp_path,  # (its example cache stays out of the checkout)
        )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout
