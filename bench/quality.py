"""Extraction quality on the evaluation sets that are present:

- ACLED notes, Sahel rows of ../shared/data/acled/dev.csv (and all countries); sahel_src_*:
  the same with each note's country given as the source's country (`extract --country`, a
  feed's `country:`), since a note often leaves its country to the dataset's column;
- real news reports with gold events, ../shared/data/news/;
- the project's own test reports, tests/reports/ (written for conflictwire, en and fr);
- the news reports' `tune` and `check` splits apart (news_tune_*, news_check_*: the gap is what
  matters), the team's written reports (tests/reports_long/, tests/reports_wire/: development
  data) and the held-out ones (tests/reports_heldout/: totals only, like `check`).

Last line: name=value pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflictwire.eval import eval_acled, eval_news

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def main() -> None:
    figures: dict[str, float] = {}
    acled = SHARED / "acled" / "dev.csv"
    if acled.exists():
        sahel = eval_acled(acled, countries=["Mali", "Burkina Faso", "Niger"])
        for k, v in sahel.fields.items():
            figures[f"sahel_{k}"] = v.value
        figures["sahel_notes_per_s"] = sahel.rows / sahel.seconds
        hinted = eval_acled(acled, countries=["Mali", "Burkina Faso", "Niger"], source_country=True)
        for k in ("event_type", "actor1", "actor_either_side", "admin1", "location", "fatalities"):
            figures[f"sahel_src_{k}"] = hinted.fields[k].value
        if "--all" in sys.argv:
            everything = eval_acled(acled)
            for k, v in everything.fields.items():
                figures[f"all_{k}"] = v.value
    else:
        print(f"skipped: {acled} not present", file=sys.stderr)
    sets: list[tuple[str, Path, str, str | None]] = [
        ("news", SHARED / "news", ".gold.json", None), ("news_tune", SHARED / "news", ".gold.json", "tune"),
        ("news_check", SHARED / "news", ".gold.json", "check"), ("own", ROOT / "tests" / "reports", ".expected.json", None),
        ("long", ROOT / "tests" / "reports_long", ".gold.json", None), ("wire", ROOT / "tests" / "reports_wire", ".gold.json", None),
        ("heldout", ROOT / "tests" / "reports_heldout", ".gold.json", None)]
    for name, directory, suffix, split in sets:
        if not directory.is_dir():
            print(f"skipped: {directory} not present", file=sys.stderr)
            continue
        report = eval_news(directory, suffix, split=split)
        for lang, fields in sorted(report.by_lang.items()):
            for k, v in fields.items():
                figures[f"{name}_{lang}_{k}"] = v.value
        if "--model-places" in sys.argv:  # the opt-in spaCy fallback for unknown place names
            report = eval_news(directory, suffix, model_places=True)
            for lang, fields in sorted(report.by_lang.items()):
                for k in ("recall", "precision"):
                    figures[f"{name}_model_{lang}_{k}"] = fields[k].value
    print(" ".join(f"{k}={v:.3f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
