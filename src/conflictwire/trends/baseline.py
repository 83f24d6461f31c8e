"""The escalation baseline: is an area's count this week out of line with its recent past?

Events, in one sentence: the weekly count is Poisson with a gamma-distributed rate, the N
weeks before the week update a weak gamma prior with weights that halve every `half_life`
weeks, and the week's count is compared with the 1-α quantile of the posterior predictive,
a negative binomial.

In detail. Prior Gamma(shape ½, rate 1): Jeffreys' shape and one pseudo-week, so an area with
no history expects little but can be surprised by little either (its bound after 26 empty
weeks is 1 event: one event is no alarm, ten is). The discounted update (shape += Σ w·y,
rate += Σ w) is the conjugate "local level" form of the model: old weeks fade rather than
drop off. The predictive NB's mean is the expected count; its median the point forecast the
back-test scores (absolute error is minimised by a median). A week
whose count is above the upper quantile is flagged, so under the model an unchanged area is
flagged in at most α of its weeks — and never on fewer than `min_count` events: one or two
events are news, not an escalation (the back-test's definition of an escalation asks for 3
too), and in a quiet area they are exactly what a 5% quantile would flag every few weeks.

Fatalities are over-dispersed (deaths come in clumps: one massacre is a hundred in a single
event), so they get the same model on a quasi-Poisson scale: the window's dispersion φ
(weighted variance over mean, at least 1) divides the counts and multiplies the bound back,
as Farrington's outbreak detection does. A large toll in the window widens the bound, so
that clumped deaths do not raise an alarm every week; with no deaths in the window φ is 1.

Quantiles are computed here from the NB's log-pmf (log-gamma ratios as cumulative sums of
logs), numpy only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Series = Sequence[float] | NDArray[Any]  # weekly counts, oldest first


@dataclass(frozen=True)
class Settings:
    """The model's settings, fixed by rule rather than fitted: half a year of weeks (long
    enough to hold a season, short enough to follow a conflict's phases), a half-life of two
    months, Jeffreys' prior shape with one pseudo-week, the conventional 5% false-alarm rate,
    and no flag on fewer than 3 events in the week."""

    window: int = 26
    half_life: float = 8.0
    prior_shape: float = 0.5
    prior_rate: float = 1.0
    alpha: float = 0.05
    min_count: int = 3

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT = Settings()


@dataclass(frozen=True)
class Signal:
    """One week of one area: its count, what the model expected, the bound and the flag."""

    observed: float
    expected: float
    upper: float
    flag: bool


def weights(n: int, half_life: float) -> Floats:
    """Weights of the n weeks before a week, oldest first: 1 for the last, halving every
    half_life weeks back."""
    age = np.arange(n, 0, -1, dtype=np.float64)
    return np.asarray(0.5 ** ((age - 1.0) / half_life), dtype=np.float64)


def nb_quantile(shape: float, mean: float, q: float) -> int:
    """The smallest k with P(Y <= k) >= q for Y negative binomial with this shape (r) and
    mean: P(k) = Γ(k+r)/(Γ(r) k!) · (r/(r+m))^r · (m/(r+m))^k."""
    if mean <= 0.0:
        return 0
    log_p0 = math.log(shape) - math.log(shape + mean)
    log_p1 = math.log(mean) - math.log(shape + mean)
    n = int(mean + 10.0 * math.sqrt(mean + mean * mean / shape)) + 16
    while True:
        k = np.arange(n, dtype=np.float64)
        # log Γ(k+r)/Γ(r) - log k! as a running sum of log((j+r)/(j+1)): no lgamma of large numbers
        steps = np.log(k[:-1] + shape) - np.log(k[:-1] + 1.0)
        logpmf = np.concatenate(([0.0], np.cumsum(steps))) + shape * log_p0 + k * log_p1
        cdf = np.cumsum(np.exp(logpmf))
        i = int(np.searchsorted(cdf, q))
        if i < n or n > 10_000_000:
            return i
        n *= 2  # a heavy tail: look further


def _predictive(sy: Floats, sw: Floats, syy: Floats, s: Settings, overdispersed: bool,
                q: float | None = None) -> tuple[Floats, Floats]:
    """Expected counts and upper bounds (the q-quantile, 1-α by default) from the windows'
    weighted sums (Σw·y, Σw, Σw·y²)."""
    phi = np.ones_like(sy)
    if overdispersed:
        with np.errstate(divide="ignore", invalid="ignore"):
            m = np.where(sw > 0, sy / np.where(sw > 0, sw, 1.0), 0.0)
            var = np.where(sw > 0, syy / np.where(sw > 0, sw, 1.0) - m * m, 0.0)
            phi = np.where(m > 0, np.maximum(1.0, var / np.where(m > 0, m, 1.0)), 1.0)
    a = s.prior_shape + sy / phi
    b = s.prior_rate + sw
    return phi * a / b, phi * quantiles(a, b, 1.0 - s.alpha if q is None else q)


def quantiles(a: Floats, b: Floats, q: float) -> Floats:
    """The q-quantile of the predictive NB (shape a, mean a/b) of each gamma posterior."""
    seen: dict[tuple[float, float], int] = {}  # long runs of empty weeks repeat one posterior
    out = np.empty(len(a), dtype=np.float64)
    for i, (ai, bi) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        k = seen.get((ai, bi))
        if k is None:
            k = seen[(ai, bi)] = nb_quantile(ai, ai / bi, q)
        out[i] = k
    return out


def forecast(history: Series, s: Settings = DEFAULT, overdispersed: bool = False) -> tuple[float, float]:
    """Expected count and upper bound for the week after `history` (weekly counts, oldest
    first; only its last s.window weeks count). overdispersed: the fatalities model."""
    y = np.asarray(history[-s.window:] if s.window > 0 else [], dtype=np.float64)
    w = weights(len(y), s.half_life)
    def one(x: Floats) -> Floats:
        return np.array([x.sum()], dtype=np.float64)

    expected, upper = _predictive(one(w * y), one(w), one(w * y * y), s, overdispersed)
    return float(expected[0]), float(upper[0])


def signal(history: Series, observed: float, s: Settings = DEFAULT, overdispersed: bool = False) -> Signal:
    """The week after `history`, whose count was `observed`: flagged when above the bound."""
    expected, upper = forecast(history, s, overdispersed)
    return Signal(float(observed), expected, upper, bool(flags(np.array([observed]), np.array([upper]), s)[0]))


def flags(observed: Floats | NDArray[Any], upper: Floats, s: Settings = DEFAULT) -> NDArray[np.bool_]:
    """Which weeks are flagged: above their bound and at least s.min_count."""
    return np.asarray((observed > upper) & (observed >= s.min_count))


def rolling(series: Series, s: Settings = DEFAULT, overdispersed: bool = False,
            q: float | None = None) -> tuple[Floats, Floats]:
    """For every week t of a series, the expected count and upper bound (or the predictive
    q-quantile) from weeks before t only (week 0 has the prior alone), in one pass."""
    y = np.asarray(series, dtype=np.float64)
    t = len(y)
    if t == 0:
        return np.zeros(0), np.zeros(0)
    w_age = weights(s.window, s.half_life)[::-1]  # w_age[j]: weight of the week j+1 weeks back

    def before(x: Floats) -> Floats:
        # Σ over the window ending just before each t (a convolution shifted by one week)
        return np.concatenate(([0.0], np.convolve(x, w_age)[: t - 1]))

    sw = np.concatenate(([0.0], np.cumsum(w_age)[np.minimum(np.arange(t - 1), s.window - 1)]))
    return _predictive(before(y), sw, before(y * y), s, overdispersed, q)
