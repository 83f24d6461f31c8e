"""Never lost: SIGKILL the watcher at random moments, ≥ 50 times, while reports keep coming.

CONFLICTWIRE_CRASH_TRIALS sets the number of kills (50 by default, as the alerts issue asks);
bench/crash_trials.py prints the same figures."""

from __future__ import annotations

import os
from pathlib import Path

from crash import run_trials


def test_alerts_survive_sigkill(tmp_path: Path) -> None:
    trials = int(os.environ.get("CONFLICTWIRE_CRASH_TRIALS", "50"))
    r = run_trials(tmp_path, trials)
    assert r["reports"] > trials  # reports kept arriving through the kills
    assert r["alerts_lost"] == 0, r
    assert r["alerts_delivered"] == r["alerts_expected"], r
    assert r["keys_with_two_meanings"] == 0 and r["events_with_two_keys"] == 0, r  # duplicates share their key
    assert r["articles"] == r["reports"] and r["events"] == r["reports"] and r["outbox"] == r["reports"], r  # none lost or doubled
    assert r["exit_code"] == 0 and not r["traceback"], r  # SIGTERM ends the last watcher cleanly
