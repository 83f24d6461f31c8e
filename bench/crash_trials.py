"""Crash trials: SIGKILL the watcher at random moments while a local site publishes reports;
count the alerts expected, delivered, lost (must be 0) and duplicated (same key only).

    python bench/crash_trials.py [--trials 50] [--seed 7]

Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crash import run_trials  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        r = run_trials(Path(tmp), args.trials, seed=args.seed)
    r["seconds"] = round(time.time() - t0, 1)
    print(" ".join(f"{k}={v}" for k, v in r.items()))


if __name__ == "__main__":
    main()
