"""The news scorer: spelling variants of one place count as that place (#17), and a match by the
coder's own name is never taken away by a match by spelling alone."""

from __future__ import annotations

from typing import Any

from conflictwire.eval import match_events, place_ok
from conflictwire.geo.gazetteer import default_gazetteer
from conflictwire.model import Event


def _event(location: str, admin1: str = "Mopti", country: str = "Mali") -> Event:
    places = default_gazetteer().lookup([location.lower()])[location.lower()]
    p = places[0]
    return Event(doc_id="d", event_id=location, event_type="Violence against civilians", sub_event_type="Attack",
                 country=country, admin1=admin1, location=p.name, latitude=p.latitude, longitude=p.longitude)


def _gold(*names: str, admin1: str = "Mopti") -> dict[str, Any]:
    return {"event_type": "Violence against civilians", "country": "Mali", "admin1": {"accept": [admin1]},
            "location": {"accept": list(names)}}


def test_another_spelling_of_the_coders_place_is_that_place() -> None:
    # the gazetteer writes Djiguibambo; a report (and its coder) may write Djiguibombo
    pred = _event("Djiguibambo")
    assert place_ok(pred, _gold("Djiguibombo"))
    assert not place_ok(pred, _gold("Djiguibombo"), spelling=False)


def test_a_spelling_in_another_region_or_a_far_village_is_not() -> None:
    pred = _event("Djiguibambo")
    assert not place_ok(pred, _gold("Djiguibombo", admin1="Gao"))
    assert not place_ok(pred, _gold("Boulkessi"))


def test_a_match_by_name_comes_before_a_match_by_spelling() -> None:
    # gold 0 is only another spelling near the prediction; gold 1 names it outright: the one
    # prediction goes to gold 1, whatever the order the coder wrote them in
    pred = _event("Djiguibambo")
    golds = [_gold("Djiguibombo"), _gold("Djiguibambo")]
    assert match_events([pred], golds) == {1: 0}


def test_a_gold_event_that_accepts_no_actor2_is_scored_not_crashed() -> None:
    from conflictwire.eval import NewsReport, score_news_doc

    gold = {"language": "en", "events": [{**_gold("Djiguibambo"), "actor2": {"accept": []}}]}
    report = NewsReport()
    score_news_doc(report, "x", gold, [_event("Djiguibambo")])
    fields = report.by_lang["en"]
    assert fields["recall"].value == 1.0 and fields["actor2"].total == 1 and fields["actor2"].value == 0.0
    assert any("actor2 want None" in m for m in report.misses)


def test_a_missed_gold_event_that_accepts_no_place_is_scored_not_crashed() -> None:
    from conflictwire.eval import NewsReport, score_news_doc

    gold = {"language": "en", "events": [{**_gold(), "location": {"accept": []}, "admin1": {"accept": []}}]}
    report = NewsReport()
    score_news_doc(report, "x", gold, [])
    assert report.by_lang["en"]["recall"].value == 0.0 and len(report.misses) == 1
