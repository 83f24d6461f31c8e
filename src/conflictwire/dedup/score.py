"""Scoring a clustering against the truth: clusters per real event and pairwise F1."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations


def pairwise(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """truth and predicted map each report to its event / cluster id."""
    items = sorted(truth)
    same_true = {(a, b) for a, b in combinations(items, 2) if truth[a] == truth[b]}
    same_pred = {(a, b) for a, b in combinations(items, 2) if predicted.get(a) == predicted.get(b)}
    tp = len(same_true & same_pred)
    precision = tp / len(same_pred) if same_pred else 1.0
    recall = tp / len(same_true) if same_true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_event: dict[str, set[str]] = defaultdict(set)
    for report, event in truth.items():
        per_event[event].add(predicted.get(report, f"none:{report}"))
    clusters_per_event = sum(len(v) for v in per_event.values()) / max(len(per_event), 1)
    return {"pair_precision": precision, "pair_recall": recall, "pair_f1": f1, "clusters_per_event": clusters_per_event}
