"""Quality floors on the reports the team wrote (development data, each set's README says how it
was run blind first): long reports (tests/reports_long/: titles and leads that tell two events,
bodies that go back, revised tolls, aftermath elsewhere) and wire and local-press reports
(tests/reports_wire/: round-ups, flash updates, communiqués, releases, handovers, late reports).
A floor catches a change that breaks a class; quality on unseen text is measured elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictwire.eval import eval_news

HERE = Path(__file__).parent


@pytest.mark.parametrize("folder, docs, precision, fatalities", [
    ("reports_long", 40, 0.7, 0.75),
    ("reports_wire", 60, 0.8, 0.85),
])
def test_written_reports_keep_their_quality_floor(folder: str, docs: int, precision: float, fatalities: float) -> None:
    report = eval_news(HERE / folder, ".gold.json")
    assert report.docs == docs
    for lang in ("en", "fr"):
        fields = report.by_lang[lang]
        assert fields["recall"].value >= 0.85, lang
        assert fields["precision"].value >= precision, lang
        assert fields["fatalities"].value >= fatalities, lang
        assert fields["sub_event_type"].value >= 0.9, lang
