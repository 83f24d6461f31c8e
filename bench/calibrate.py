"""Fit the confidence model (extract/confidence.py) and check its calibration.

Fits a logistic regression of "the event is right (type and place match an expected event)"
on the features of each extracted event of the dev reports: the project's own test reports
(tests/reports/) and the shared real reports (../shared/data/news/, not ACLED data). Prints how
often events above 0.8 confidence are right, in-sample and 5-fold cross-validated (each event
scored by weights fitted without it). `--write` stores the weights in
src/conflictwire/lexicons/confidence.tsv.

Last line: name=value pairs.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from conflictwire.eval import _matches
from conflictwire.extract.confidence import FEATURES, score
from conflictwire.extract.consolidate import consolidate
from conflictwire.ingest.files import make_article
from conflictwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "news"
WEIGHTS = ROOT / "src" / "conflictwire" / "lexicons" / "confidence.tsv"


def samples(directory: Path, suffix: str) -> list[tuple[dict[str, float], bool]]:
    """(features, right) for every event extracted from the reports of a directory."""
    pipeline = Pipeline()
    out = []
    for gold_path in sorted(directory.glob(f"*{suffix}")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold_path.name.replace(suffix, ".txt"))
        pub = date.fromisoformat(gold["published"]) if gold.get("published") else None
        art = make_article(str(txt), txt.read_text(encoding="utf-8"), kind="text", doc_id=txt.stem, published=pub)
        doc = pipeline.make_doc(art, gold.get("language"))
        drafts = consolidate(doc).drafts
        events = [d.event for d in drafts]
        used: set[int] = set()
        right = [False] * len(events)
        for g in gold["events"]:
            hit = next((i for i, e in enumerate(events) if i not in used and _matches(e, g)), None)
            if hit is not None:
                used.add(hit)
                right[hit] = True
        out.extend((d.features, ok) for d, ok in zip(drafts, right, strict=True))
    return out


def fit(data: list[tuple[dict[str, float], bool]], l2: float = 0.5, steps: int = 4000) -> dict[str, float]:
    x = np.array([[f[k] for k in FEATURES] for f, _ in data])
    y = np.array([float(ok) for _, ok in data])
    w = np.zeros(len(FEATURES))
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / len(y) + l2 * w / len(y)
        grad_b = float(np.mean(p - y))
        w -= 0.5 * grad_w
        b -= 0.5 * grad_b
    return {"bias": round(b, 3), **{k: round(float(v), 3) for k, v in zip(FEATURES, w, strict=True)}}


def report(data: list[tuple[dict[str, float], bool]], w: dict[str, float]) -> dict[str, float]:
    scored = [(score(f, w), ok) for f, ok in data]
    high = [ok for s, ok in scored if s >= 0.8]
    brier = sum((s - ok) ** 2 for s, ok in scored) / max(len(scored), 1)
    return {"events": len(scored), "right": sum(ok for _, ok in scored) / max(len(scored), 1),
            "above_0_8": len(high), "right_above_0_8": sum(high) / len(high) if high else 0.0, "brier": brier}


def cross_validated(data: list[tuple[dict[str, float], bool]], folds: int = 5) -> dict[str, float]:
    """Scores each event with weights fitted on the other folds: the honest figure."""
    scored: list[tuple[dict[str, float], bool]] = []
    held: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != k]
        test = [d for i, d in enumerate(data) if i % folds == k]
        w = fit(train)
        held.extend((score(f, w), ok) for f, ok in test)
        scored.extend(test)
    high = [ok for s, ok in held if s >= 0.8]
    return {"above_0_8": len(high), "right_above_0_8": sum(high) / len(high) if high else 0.0,
            "brier": sum((s - ok) ** 2 for s, ok in held) / max(len(held), 1)}


def main() -> None:
    # "calibrate it on the dev reports": the project's own reports and the shared real ones
    own = samples(ROOT / "tests" / "reports", ".expected.json")
    news = samples(SHARED, ".gold.json") if SHARED.is_dir() else []
    if not news:
        print(f"skipped: {SHARED} not present; fitting on the project's reports only", file=sys.stderr)
    w = fit(own + news)
    figures = {f"own_{k}": v for k, v in report(own, w).items()}
    if news:
        figures |= {f"news_{k}": v for k, v in report(news, w).items()}
        figures |= {f"cv_{k}": v for k, v in cross_validated(own + news).items()}
    if "--write" in sys.argv:
        lines = ["# Weights of the confidence model (extract/confidence.py), fitted by bench/calibrate.py",
                 "# on the dev reports; do not edit by hand: run 'python bench/calibrate.py --write'.",
                 "feature\tweight", *(f"{k}\t{v}" for k, v in w.items())]
        WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
