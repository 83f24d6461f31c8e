"""Rolling-origin back-test of the escalation baseline over an ACLED-format CSV.

Areas are admin1 regions (keyed with their country); the weeks run from the first event's
week to the last one's, every area every week (0 where it had no event). At each week t,
from weeks before t only, three forecasts of t's count: the model's predictive median (the
point forecast that minimises absolute error, which is what MAE scores), last week's count,
and the mean of the last 12 weeks. Weeks are scored from the 13th on, so that both naive
forecasts and the escalation rule below have their 12 weeks.

  skill = 1 - mae / min(naive_last_mae, naive_mean_mae)    (> 0: better than both)

A week is an escalation when its count is at least 3 and at least twice the mean of the
12 weeks before it; the model flags a week when its count is above the predictive upper
quantile and at least the model's minimum, 3 (baseline.py). Precision and recall of the flags against the escalations are over
every scored area-week. The table also gives the MAE of the model's predictive mean, for
reference (the expected count the escalation view shows). The model's settings are
baseline.DEFAULT, fixed by rule; nothing here is fitted to the file it reads.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from conflictwire.trends import aggregate, baseline

NAIVE_WEEKS = 12
ESCALATION_MIN = 3
ESCALATION_RATIO = 2.0
SUMMARY_KEYS = ("mae", "naive_last_mae", "naive_mean_mae", "skill", "esc_precision", "esc_recall", "weeks", "areas")


def read_rows(path: str | Path, countries: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The CSV's rows, only those of `countries` (any case) when some are given."""
    wanted = {c.strip().lower() for c in countries if c.strip()}
    with open(path, newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if not wanted or (r.get("country") or "").strip().lower() in wanted]


@dataclass
class Score:
    """Sums over one area's scored weeks (or over all areas: the total)."""

    name: str
    events: int = 0
    weeks: int = 0
    err_model: float = 0.0  # the predictive median's
    err_last: float = 0.0
    err_mean: float = 0.0
    err_expected: float = 0.0  # the predictive mean's, for reference
    escalations: int = 0
    flags: int = 0
    hits: int = 0  # flagged escalations

    def add(self, other: Score) -> None:
        for f in ("events", "weeks", "err_model", "err_last", "err_mean", "err_expected", "escalations", "flags", "hits"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def mae(self, err: float) -> float:
        return err / self.weeks if self.weeks else math.nan


@dataclass
class Result:
    areas: list[Score]
    total: Score
    weeks: int  # first to last event week
    first: str = ""
    last: str = ""
    settings: baseline.Settings = field(default_factory=baseline.Settings)

    def figures(self) -> dict[str, float | int]:
        t = self.total
        mae, last, mean = t.mae(t.err_model), t.mae(t.err_last), t.mae(t.err_mean)
        best = min(last, mean)
        return {"mae": mae, "naive_last_mae": last, "naive_mean_mae": mean,
                "skill": 1.0 - mae / best if best > 0 else math.nan,
                "esc_precision": t.hits / t.flags if t.flags else math.nan,
                "esc_recall": t.hits / t.escalations if t.escalations else math.nan,
                "weeks": self.weeks, "areas": len(self.areas)}

    def summary_line(self) -> str:
        return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in self.figures().items())

    def table(self) -> str:
        """One line per area (most events first), the total, then the name=value line."""
        head = (f"{'area':<36} {'events':>7} {'mae':>7} {'last':>7} {'mean12':>7} {'expect':>7} "
                f"{'esc':>5} {'flags':>5} {'hits':>5}")
        lines = [f"weeks {self.first}..{self.last} ({self.weeks}; scored from the {NAIVE_WEEKS + 1}th), "
                 f"model {self.settings.as_dict()}",
                 "MAE of: the model's median (mae), last week (last), the 12-week mean (mean12), and for reference "
                 "the model's mean (expect); escalations, model flags, flagged escalations", head, "-" * len(head)]
        for s in [*sorted(self.areas, key=lambda a: (-a.events, a.name)), self.total]:
            if s is self.total:
                lines.append("-" * len(head))
            lines.append(f"{s.name[:36]:<36} {s.events:>7} {s.mae(s.err_model):>7.3f} {s.mae(s.err_last):>7.3f} "
                         f"{s.mae(s.err_mean):>7.3f} {s.mae(s.err_expected):>7.3f} {s.escalations:>5} {s.flags:>5} {s.hits:>5}")
        return "\n".join([*lines, self.summary_line()])


def mean_before(y: NDArray[np.float64]) -> NDArray[np.float64]:
    """Each week's mean of the 12 weeks before it (infinite for the first 12 weeks)."""
    t = np.arange(len(y))
    csum = np.concatenate(([0.0], np.cumsum(y)))
    return np.where(t >= NAIVE_WEEKS, (csum[t] - csum[np.maximum(t - NAIVE_WEEKS, 0)]) / NAIVE_WEEKS, np.inf)


def escalation_weeks(y: NDArray[np.float64]) -> NDArray[np.bool_]:
    """The weeks that are escalations by the definition above (never one of the first 12)."""
    return np.asarray((y >= ESCALATION_MIN) & (y >= ESCALATION_RATIO * mean_before(y)))


def score_area(name: str, series: Sequence[int], s: baseline.Settings = baseline.DEFAULT) -> Score:
    """One area's weekly counts scored from week NAIVE_WEEKS on."""
    y = np.asarray(series, dtype=np.float64)
    out = Score(name, events=int(y.sum()))
    if len(y) <= NAIVE_WEEKS:
        return out
    expected, upper = baseline.rolling(y, s)
    t = np.arange(NAIVE_WEEKS, len(y))
    mean12 = mean_before(y)[t]
    obs = y[t]
    esc = escalation_weeks(y)[t]
    flag = baseline.flags(obs, upper[t], s)
    out.weeks = len(t)
    median = baseline.rolling(y, s, q=0.5)[1]
    out.err_model = float(np.abs(median[t] - obs).sum())
    out.err_last = float(np.abs(y[t - 1] - obs).sum())
    out.err_mean = float(np.abs(mean12 - obs).sum())
    out.err_expected = float(np.abs(expected[t] - obs).sum())
    out.escalations, out.flags, out.hits = int(esc.sum()), int(flag.sum()), int((esc & flag).sum())
    return out


def run(rows: Iterable[dict[str, Any]], s: baseline.Settings = baseline.DEFAULT) -> Result:
    """The back-test over ACLED-format rows (event_date, country, admin1)."""
    weekly = aggregate.periods(rows, "admin1", "week")
    if not weekly:
        return Result([], Score("total"), 0, settings=s)
    first = min(r["period"] for r in weekly)
    last = max(r["period"] for r in weekly)
    starts, series = aggregate.dense(weekly, "admin1", "week", first, last)
    areas = [score_area(f"{c or '?'} / {a or '?'}", ys, s) for (c, a), ys in series.items()]
    total = Score("total")
    for a in areas:
        total.add(a)
    return Result(areas, total, len(starts), first.isoformat(), last.isoformat(), s)


def backtest(path: str | Path, countries: Iterable[str] = (), s: baseline.Settings = baseline.DEFAULT) -> Result:
    return run(read_rows(path, countries), s)
