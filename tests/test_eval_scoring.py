"""The news scorer: spelling variants of one place count as that place (#17), and a match by the
coder's own name is never taken away by a match by spelling alone."""

from __future__ import annotations

from datetime import date
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


def test_the_coders_days_are_read_from_the_date_note_but_the_page_s_own() -> None:
    from conflictwire.eval import gold_days

    assert gold_days({"date": "Wednesday evening (2017-02-22 given publication 2017-02-24)"}) == [date(2017, 2, 22)]
    assert gold_days({"date": "2016-01-15 or 2016-01-16 (the night between)"}) == [date(2016, 1, 15), date(2016, 1, 16)]
    assert gold_days({"date": "not stated (Oct 2022 per date prefix)"}) == []
    assert gold_days({"date": "lundi", "event_date": "2019-08-19"}) == [date(2019, 8, 19)]


def test_a_matched_event_s_date_is_scored_within_a_day_where_the_page_has_a_date() -> None:
    from conflictwire.eval import NewsReport, score_news_doc

    gold = {"language": "en", "published": "2017-02-24", "events": [{**_gold("Djiguibambo"), "date": "2017-02-22 (Wednesday)"}]}
    for day, ok in ((date(2017, 2, 23), True), (date(2017, 2, 24), False), (None, False)):
        report = NewsReport()
        score_news_doc(report, "x", gold, [_event("Djiguibambo").model_copy(update={"event_date": day})])
        assert report.by_lang["en"]["date"].value == (1.0 if ok else 0.0)
    report = NewsReport()  # a page with no date: a weekday has no year, no date is scored
    score_news_doc(report, "x", {**gold, "published": None}, [_event("Djiguibambo")])
    assert report.by_lang["en"]["date"].total == 0


def test_a_coder_who_accepts_no_region_accepts_an_event_left_at_its_country() -> None:
    pred = Event(doc_id="d", event_id="e", event_type="Battles", sub_event_type="Armed clash",
                 country="Burkina Faso", admin1=None, location="Burkina Faso")
    gold = {"event_type": "Battles", "country": "Burkina Faso", "location": {"accept": [None]},
            "admin1": {"accept": [None, "Sahel"]}}
    assert place_ok(pred, gold)
    assert not place_ok(pred, {**gold, "admin1": {"accept": ["Sahel"]}})
    assert not place_ok(pred.model_copy(update={"country": "Mali"}), gold)
