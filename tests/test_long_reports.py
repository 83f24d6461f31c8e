"""Quality floor on the team's long reports (tests/reports_long/): titles and leads that tell two
events, bodies that go back to the first, revised tolls, aftermath told elsewhere. Development
data since stop 27 (see its README); the floor catches a change that breaks the class."""

from __future__ import annotations

from pathlib import Path

from conflictwire.eval import eval_news

REPORTS = Path(__file__).parent / "reports_long"


def test_long_reports_keep_their_quality_floor() -> None:
    report = eval_news(REPORTS, ".gold.json")
    assert report.docs == 40
    for lang in ("en", "fr"):
        fields = report.by_lang[lang]
        assert fields["recall"].value >= 0.85, lang
        assert fields["precision"].value >= 0.7, lang
        assert fields["fatalities"].value >= 0.75, lang
        assert fields["sub_event_type"].value >= 0.9, lang
