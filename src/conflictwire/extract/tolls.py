"""Reduce an event's toll mentions to ACLED's headline, low and high.

Policy (README, coding notes): killed only (wounded, missing, abducted never count);
attackers and victims both count; per side, a revised toll ("rose to 28") replaces earlier
ones, otherwise the lowest figure is the headline and the spread is low/high; across sides
the figures add up, unless an all-sides figure ("12 people killed") is larger.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictwire.extract.doc import Toll
from conflictwire.model import Span


@dataclass
class Reduced:
    value: int | None = None
    low: int | None = None
    high: int | None = None
    spans: list[Span] = field(default_factory=list)


def reduce_tolls(tolls: list[Toll]) -> Reduced:
    killed = [t for t in tolls if t.kind == "killed" and t.value is not None]
    if not killed:
        return Reduced()
    by_side: dict[str, list[Toll]] = {}
    for t in killed:
        by_side.setdefault(t.side, []).append(t)
    spans: list[Span] = []
    totals: dict[str, tuple[int, int | None, int | None]] = {}
    for side, items in by_side.items():
        revised = [t for t in items if t.revision]
        chosen = [revised[-1]] if revised else items
        values = [t.value for t in chosen if t.value is not None]
        v = min(values)
        lows = [t.low for t in chosen if t.low is not None]
        highs = [t.high for t in chosen if t.high is not None]
        lo = min(lows + ([v] if len(set(values)) > 1 else [])) if lows or len(set(values)) > 1 else None
        hi = max(highs + ([max(values)] if len(set(values)) > 1 else [])) if highs or len(set(values)) > 1 else None
        totals[side] = (v, lo, hi)
        spans.extend(t.span() for t in chosen)
    specific = {s: v for s, v in totals.items() if s != "unknown"}
    value = sum(v[0] for v in specific.values())
    low: int | None = None
    high: int | None = None
    if any(v[1] is not None for v in specific.values()):
        low = sum(v[1] if v[1] is not None else v[0] for v in specific.values())
    if any(v[2] is not None for v in specific.values()):
        high = sum(v[2] if v[2] is not None else v[0] for v in specific.values())
    if "unknown" in totals and totals["unknown"][0] >= value:
        value, low, high = totals["unknown"]
    return Reduced(value, low, high, spans)
