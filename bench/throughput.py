"""Throughput: documents/s per core for conflictwire and for plain spaCy NER on the same texts.

Texts: ACLED notes (Sahel rows of ../shared/data/acled/dev.csv) and full articles
(../shared/data/news/*.txt, else the bundled samples). One process, so figures are per core.
Last line: name=value pairs.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from conflictwire.model import Article
from conflictwire.nlp import load_spacy
from conflictwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def texts() -> tuple[list[str], list[str]]:
    notes: list[str] = []
    acled = SHARED / "acled" / "dev.csv"
    if acled.exists():
        with acled.open(encoding="utf-8") as fh:
            notes = [r["notes"] for r in csv.DictReader(fh) if r["country"] in ("Mali", "Burkina Faso", "Niger")]
    news_dir = SHARED / "news"
    paths = sorted(news_dir.glob("*.txt")) if news_dir.is_dir() else []
    paths = paths or sorted((ROOT / "samples" / "reports").glob("*.txt"))
    articles = [p.read_text(encoding="utf-8") for p in paths]
    return notes, articles


def rate(fn, docs: list[str], min_seconds: float = 3.0) -> float:
    done, start = 0, time.perf_counter()
    while True:
        for d in docs:
            fn(d)
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


TOWNS = ["Mopti", "Djibo", "Gao", "Kidal", "Dori", "Tera", "Ayorou", "Menaka", "Timbuktu", "Bankass", "Koro", "Kaya"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
GROWTH_SHAPES = {
    "repeated": "Gunmen killed 5 in Mopti.\n",  # the hostile probe of issue 21
    "singular": "Gunmen killed the village chief and his son in Mopti.\n",
    "events": "".join(f"On {1 + i % 28} {MONTHS[i // 28 % 12]} {2000 + i // 336} gunmen killed {i % 9 + 2} civilians "
                      f"in {TOWNS[i % len(TOWNS)]}.\n\n" for i in range(336 * 20)),  # many incidents, each its own
}


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def timed(fn, text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def main() -> None:
    notes, articles = texts()
    pipe = Pipeline()
    ours = lambda t: pipe(Article(doc_id="b", text=t), None)  # noqa: E731
    ours(articles[0])  # warm up: lexicons, gazetteer
    nlp = load_spacy("en")
    spacy_ner = lambda t: nlp(t)  # noqa: E731
    figures: dict[str, float] = {}
    if notes:
        figures["notes_per_s"] = rate(ours, notes[:1500])
        figures["spacy_ner_notes_per_s"] = rate(spacy_ner, notes[:1500])
        figures["notes_ratio"] = figures["notes_per_s"] / figures["spacy_ner_notes_per_s"]
    figures["articles_per_s"] = rate(ours, articles)
    figures["spacy_ner_articles_per_s"] = rate(spacy_ner, articles)
    figures["articles_ratio"] = figures["articles_per_s"] / figures["spacy_ner_articles_per_s"]
    # a hostile document: 140 KB in one run-on "sentence" crowded with names and numbers (was
    # quadratic in the mentions: 34 s before the Spans index, textutil.py)
    runon = " ".join(f"Gunmen Killed {i} Soldiers Near Djibo And Boni" for i in range(3000))
    start = time.perf_counter()
    ours(runon)
    figures["runon_140kb_seconds"] = time.perf_counter() - start
    # a 2.4 MB document of real reports, read in sections (pipeline.SECTION): time grows with length
    if articles:
        long = "\n\n".join(articles) * max(1, 2_400_000 // max(1, len("\n\n".join(articles))))
        start = time.perf_counter()
        ours(long)
        figures["long_doc_mb"] = len(long) / 1e6
        figures["long_doc_seconds"] = time.perf_counter() - start
    # growth: the same shape at 25 KB and 100 KB (one section, where a step that scans every
    # mention for every sentence would show), and the probe at 1 MB
    for shape, unit in GROWTH_SHAPES.items():
        small, large = timed(ours, text_of(unit, 25_000)), timed(ours, text_of(unit, 100_000))
        figures[f"growth_4x_{shape}"] = large / small
    figures["probe_1mb_seconds"] = timed(ours, text_of(GROWTH_SHAPES["repeated"], 1_000_000))
    if articles:
        figures["reports_1mb_seconds"] = timed(ours, ("\n\n".join(articles) * 10)[:1_000_000])
    print(f"notes={len(notes)} articles={len(articles)}", file=sys.stderr)
    print(" ".join(f"{k}={v:.2f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
