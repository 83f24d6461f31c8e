"""Quality floor on the project's own test reports (tests/reports/, written for conflictwire).

These reports are not the dev data the rules were tuned on first; the floor catches a change
that breaks whole classes of reports. The figures themselves are printed by bench/quality.py.
"""

from __future__ import annotations

from pathlib import Path

from conflictwire.eval import eval_news

REPORTS = Path(__file__).parent / "reports"


def test_own_reports_keep_their_quality_floor() -> None:
    report = eval_news(REPORTS, ".expected.json")
    assert report.docs >= 40
    for lang in ("en", "fr"):
        fields = report.by_lang[lang]
        assert fields["type_recall"].value >= 0.65, lang
        assert fields["sub_event_type"].value >= 0.8, lang
        assert fields["actor1"].value >= 0.6, lang
        assert fields["fatalities"].value >= 0.55, lang
        assert fields["recall"].value >= 0.35, lang
