"""Fit the confidence model (extract/confidence.py), choose the threshold that decides, and
check both on reports held apart.

Fits a logistic regression of "the event is right (type and place match an expected event)"
on the features of each extracted event of the dev reports: the project's own test reports
(tests/reports/), the `tune` split of the shared real reports (../shared/data/news/) and any
`--dev DIR` of real reports coded locally (the shipped weights were fitted with three such sets,
110 reports, whose text may not ship with the project). The `check` split is never fitted on: it
is scored with the fitted weights and threshold, totals only.

The threshold is chosen on F1 of the events kept (precision and recall weigh alike, as the
targets do: both 0.85), scored 5-fold cross-validated on the dev reports (each event by weights
fitted without it), by the one-standard-error rule: the lowest threshold whose F1 is within one
bootstrap standard error of the best. A few hundred events cannot tell thresholds apart more
finely than that, and a threshold fitted to their noise drops right events on reports it never saw. Events below it are candidates: stored and shown on request, never alerted. `--write`
stores the weights and the threshold in src/conflictwire/lexicons/confidence.tsv.

Last line: name=value pairs.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from conflictwire.eval import match_events, news_split
from conflictwire.extract.confidence import FEATURES, score
from conflictwire.extract.consolidate import consolidate
from conflictwire.ingest.files import make_article
from conflictwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "news"
WEIGHTS = ROOT / "src" / "conflictwire" / "lexicons" / "confidence.tsv"


def samples(directory: Path, suffix: str, split: str | None = None) -> list[tuple[dict[str, float], bool]]:
    """(features, right) for every event extracted from the reports of a directory (of one
    split of its INDEX.csv, if given)."""
    pipeline = Pipeline()
    only = news_split(directory, split)
    out = []
    for gold_path in sorted(directory.glob(f"*{suffix}")):
        if only is not None and gold_path.name.replace(suffix, "") not in only:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold_path.name.replace(suffix, ".txt"))
        pub = date.fromisoformat(gold["published"]) if gold.get("published") else None
        art = make_article(str(txt), txt.read_text(encoding="utf-8"), kind="text", doc_id=txt.stem, published=pub)
        doc = pipeline.make_doc(art, gold.get("language"))
        drafts = consolidate(doc).drafts
        events = [d.event for d in drafts]
        right = [False] * len(events)
        for hit in match_events(events, gold["events"]).values():
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


def report(data: list[tuple[dict[str, float], bool]], w: dict[str, float], threshold: float) -> dict[str, float]:
    return kept(([(score(f, w), ok) for f, ok in data]), threshold) | {"events": len(data)}


def kept(scored: list[tuple[float, bool]], threshold: float) -> dict[str, float]:
    """How the events at or above the threshold fare: their share right (precision), the share
    of the right events they keep (recall), F1, and the Brier score of all."""
    keep = [ok for s, ok in scored if s >= threshold]
    right = sum(ok for _, ok in scored)
    precision = sum(keep) / len(keep) if keep else 0.0
    recall = sum(keep) / right if right else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"kept": len(keep), "precision_all": right / max(len(scored), 1), "precision_kept": precision,
            "right_kept": recall, "f1": f1, "brier": sum((s - ok) ** 2 for s, ok in scored) / max(len(scored), 1)}


def cross_validated(data: list[tuple[dict[str, float], bool]], folds: int = 5) -> list[tuple[float, bool]]:
    """Each event scored with weights fitted on the other folds: the honest scores."""
    held: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != k]
        test = [d for i, d in enumerate(data) if i % folds == k]
        w = fit(train)
        held.extend((score(f, w), ok) for f, ok in test)
    return held


GRID = [round(0.05 * i, 2) for i in range(2, 17)]  # 0.10 … 0.80


def choose_threshold(held: list[tuple[float, bool]], resamples: int = 200) -> tuple[float, float, float]:
    """(threshold, the best threshold, the standard error of its F1): the lowest threshold of the
    grid whose cross-validated F1 is within one bootstrap standard error of the best."""
    f1 = {t: kept(held, t)["f1"] for t in GRID}
    best = max(GRID, key=lambda t: (f1[t], -t))
    rng = np.random.default_rng(0)
    boot = [kept([held[i] for i in rng.integers(0, len(held), len(held))], best)["f1"] for _ in range(resamples)]
    se = float(np.std(boot))
    return min(t for t in GRID if f1[t] >= f1[best] - se), best, se


def extra_dev_dirs(argv: list[str]) -> list[Path]:
    """`--dev DIR` (repeatable): more hand-coded report sets to fit on (*.txt with *.gold.json),
    such as real reports collected and coded locally whose text may not ship with the project."""
    return [Path(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--dev"]


def main() -> None:
    own = samples(ROOT / "tests" / "reports", ".expected.json")
    tune = samples(SHARED, ".gold.json", "tune") if SHARED.is_dir() else []
    check = samples(SHARED, ".gold.json", "check") if SHARED.is_dir() else []
    if not tune:
        print(f"skipped: {SHARED} not present; fitting on the project's reports only", file=sys.stderr)
    extra_dirs = extra_dev_dirs(sys.argv)
    extra = [s for d in extra_dirs for s in samples(d, ".gold.json")]
    dev = own + tune + extra
    w = fit(dev)
    held = cross_validated(dev)
    threshold, best, se = choose_threshold(held)
    figures: dict[str, float] = {"threshold": threshold, "best_threshold": best, "f1_se": se}
    figures |= {f"cv_{k}": v for k, v in kept(held, threshold).items()}
    figures |= {f"cv_at_best_{k}": v for k, v in kept(held, best).items() if k in ("precision_kept", "right_kept", "f1")}
    if check:  # never fitted on: totals only
        figures |= {f"check_{k}": v for k, v in report(check, w, threshold).items()}
        figures |= {f"check_at_best_{k}": v for k, v in report(check, w, best).items() if k in ("precision_kept", "right_kept")}
    if "--write" in sys.argv:
        sources = "the tune split and tests/reports" + (f",\n# and {len(extra_dirs)} local sets of real reports ({len(extra)} events; --dev)"
                                                         if extra_dirs else "")
        lines = ["# Weights of the confidence model (extract/confidence.py) and the threshold below which an",
                 f"# event is a candidate, fitted by bench/calibrate.py on the dev reports ({sources});",
                 "# do not edit by hand: run 'python bench/calibrate.py --write [--dev DIR ...]'.",
                 "feature\tweight", *(f"{k}\t{v}" for k, v in w.items()), f"threshold\t{threshold}"]
        WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
