from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from conflictwire.cli import app

REPORT = (
    "OUAGADOUGOU, June 4 (Reuters) - Suspected jihadists killed 14 civilians in an attack on "
    "the village of Solhan in northern Burkina Faso on Sunday, local sources said."
)


def run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(app, args, input=stdin)


def test_extract_jsonl_from_stdin_with_publication_date() -> None:
    res = run(["extract", "-", "--published", "2024-06-04"], REPORT)
    assert res.exit_code == 0, res.output
    ev = json.loads(res.stdout.splitlines()[0])
    assert ev["event_type"] == "Violence against civilians"
    assert ev["fatalities"] == 14
    assert ev["event_date"] == "2024-06-02"
    assert ev["country"] == "Burkina Faso"
    assert ev["evidence"]["fatalities"][0]["text"].startswith("14 civilians")


def test_csv_uses_acled_column_order() -> None:
    res = run(["extract", "-", "--format", "csv"], REPORT)
    assert res.exit_code == 0
    header = next(csv.reader(io.StringIO(res.stdout)))
    assert header[:6] == ["doc_id", "event_id", "event_date", "time_precision", "event_type", "sub_event_type"]
    assert header.index("actor1") < header.index("actor2") < header.index("country") < header.index("fatalities")


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff" * 100)
    res = run(["extract", str(binary), str(tmp_path / "missing.txt"), str(good), "http://127.0.0.1/x"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert len(res.stdout.strip().splitlines()) == 1  # the good document's event
    assert "bin.txt" in res.stderr and "missing.txt" in res.stderr and "127.0.0.1" in res.stderr


def test_bad_published_date_is_a_usage_error() -> None:
    res = run(["extract", "-", "--published", "June 4"], REPORT)
    assert res.exit_code == 2
