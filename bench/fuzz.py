"""Generated inputs through the parts that face the outside: the property tests of
tests/test_properties.py (extraction on any text, HTML pages of any shape, any JSONL line, any
bytes) at a nightly size, with new random inputs each run unless --fixed.

    python bench/fuzz.py [--per-property 2500] [--seed N] [--fixed]

Counts the inputs hypothesis actually generated (its statistics: passing, failing and invalid
test cases; invalid ones were rejected by a strategy's filter and never reached the code) and the properties that failed. Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTS = re.compile(r"(\d+) passing, (\d+) failing, and (\d+) invalid test cases")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-property", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--fixed", action="store_true", help="CI's fixed inputs instead of random ones")
    args = ap.parse_args()
    env = dict(os.environ, CONFLICTWIRE_FUZZ_EXAMPLES=str(args.per_property))
    if not args.fixed:
        env["CONFLICTWIRE_FUZZ_RANDOM"] = "1"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
           str(ROOT / "tests" / "test_properties.py")]
    if args.seed is not None:
        cmd.append(f"--hypothesis-seed={args.seed}")
    t0 = time.perf_counter()
    run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    passing = failing = invalid = 0
    for m in COUNTS.finditer(run.stdout):
        passing += int(m.group(1))
        failing += int(m.group(2))
        invalid += int(m.group(3))
    failed = re.search(r"(\d+) failed", run.stdout)
    if run.returncode not in (0, 1):
        sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
        raise SystemExit(f"pytest exited {run.returncode}")
    if failed:
        sys.stderr.write(run.stdout[-4000:])
    print(f"inputs={passing + failing} crashes={failing} invalid={invalid} "
          f"properties_failed={int(failed.group(1)) if failed else 0} seconds={seconds:.0f}")


if __name__ == "__main__":
    main()
