"""The back-test as a picture: for the areas with the most events, the weekly counts, the bound
the baseline drew for each week from the weeks before it, the weeks it flagged and the weeks
that were escalations by the back-test's definition (trends/backtest.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from conflictwire.trends import aggregate, backtest, baseline


def plot_backtest(rows: Iterable[dict[str, Any]], path: str | Path, areas: int = 6,
                  s: baseline.Settings = baseline.DEFAULT) -> int:
    """Write a PNG of the `areas` areas with the most events; returns how many were drawn."""
    import matplotlib

    matplotlib.use("Agg")  # no screen: draw to a file
    import matplotlib.pyplot as plt

    weekly = aggregate.periods(rows, "admin1", "week")
    if not weekly:
        return 0
    first, last = min(r["period"] for r in weekly), max(r["period"] for r in weekly)
    starts, series = aggregate.dense(weekly, "admin1", "week", first, last)
    top = sorted(series.items(), key=lambda kv: -sum(kv[1]))[:areas]
    fig, axes = plt.subplots(len(top), 1, figsize=(11, 2.1 * len(top)), sharex=True, squeeze=False)
    x = np.array(starts, dtype="datetime64[D]")
    for ax, ((country, admin1), ys) in zip(axes[:, 0], top, strict=True):
        y = np.asarray(ys, dtype=np.float64)
        _, upper = baseline.rolling(y, s)
        flagged = baseline.flags(y, upper, s)
        escalation = backtest.escalation_weeks(y)
        ax.plot(x, y, lw=0.8, color="#2471a3", label="events a week")
        ax.plot(x, upper, lw=0.8, ls="--", color="#888888", label=f"bound ({1 - s.alpha:.0%})")
        ax.scatter(x[flagged], y[flagged], s=14, color="#c0392b", zorder=3, label="flagged")
        ax.scatter(x[escalation], y[escalation], s=46, facecolors="none", edgecolors="#000000", lw=0.8, zorder=4,
                   label="escalation (definition)")
        ax.set_title(f"{admin1}, {country}: {int(y.sum())} events", fontsize=9, loc="left")
        ax.tick_params(labelsize=8)
    axes[0, 0].legend(fontsize=7, loc="upper left", ncol=4)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return len(top)
