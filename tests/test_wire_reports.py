"""Quality floor on the team's wire and local-press reports (tests/reports_wire/): round-ups,
flash updates, communiqués, claims, releases, handovers, late reports of old killings.
Development data since stop 28 (see its README); the floor catches a change that breaks a class."""

from __future__ import annotations

from pathlib import Path

from conflictwire.eval import eval_news

REPORTS = Path(__file__).parent / "reports_wire"


def test_wire_reports_keep_their_quality_floor() -> None:
    report = eval_news(REPORTS, ".gold.json")
    assert report.docs == 60
    for lang in ("en", "fr"):
        fields = report.by_lang[lang]
        assert fields["recall"].value >= 0.85, lang
        assert fields["precision"].value >= 0.8, lang
        assert fields["fatalities"].value >= 0.85, lang
        assert fields["sub_event_type"].value >= 0.9, lang
