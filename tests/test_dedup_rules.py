"""The merge rules that keep one record from joining different incidents (dedup/cluster.py),
on made-up rows and through the store; and the black-box check on the real reports of
../shared/data/news (post them all, read the merged events back, match each member to its
report's gold event)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conflictwire.dedup.cluster import Context, Window, choose, match, vague, window
from conflictwire.ingest import iter_inputs
from conflictwire.model import Article
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest

BASE: dict[str, Any] = {
    "country": "Mali", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": date(2024, 3, 10),
    "time_precision": 1, "actor1": "JNIM: Group for Support of Islam and Muslims", "actor2": "Military Forces of Mali",
    "location": "Boulkessi", "admin1": "Mopti", "admin2": "Douentza", "latitude": 15.06, "longitude": -1.17,
    "geo_precision": 1, "fatalities": 12, "fatalities_low": None, "fatalities_high": None,
}


def row(**kw: Any) -> dict[str, Any]:
    return {**BASE, **kw}


def test_events_of_one_article_never_merge() -> None:
    ev = row(article_id=7)
    assert match(ev, row(), Context()) is not None  # they would match …
    assert match(ev, row(), Context(articles=frozenset({7}))) is None  # … but the report told them apart


def test_an_undated_event_is_bounded_by_its_reports_publication() -> None:
    undated = row(event_date=None, time_precision=None, published=date(2024, 3, 12))
    assert window(undated) == Window(date(2024, 2, 10), date(2024, 3, 12))
    got = match(undated, row())
    assert got is not None and "publication" in got[1]
    # an event two years before the report was published is not this one
    assert match(undated, row(event_date=date(2022, 3, 10))) is None
    # nor one after it
    assert match(undated, row(event_date=date(2024, 3, 20))) is None


def test_with_no_bound_at_all_only_strong_agreement_merges() -> None:
    nothing = row(event_date=None, time_precision=None)  # no date, no publication date
    got = match(nothing, row(fatalities=13))
    assert got is not None and "no date bounds" in got[1]  # same town, named perpetrator, type, toll
    assert match(nothing, row(location="Mondoro", latitude=14.93, longitude=-1.95)) is None  # another town nearby
    assert match(nothing, row(actor1="Unidentified Armed Group (Mali)")) is None  # another perpetrator
    unnamed = {"actor1": "Unidentified Armed Group (Mali)"}
    assert match({**nothing, **unnamed}, row(**unnamed)) is not None  # … the army they fought is named
    civilians = {**unnamed, "actor2": "Civilians (Mali)"}
    assert match({**nothing, **civilians}, row(**civilians)) is None  # nobody named on either side
    assert match(nothing, row(event_type="Violence against civilians", sub_event_type="Attack")) is None
    assert match(nothing, row(fatalities=40)) is None  # tolls far apart
    # a vague word's toll ("dozens": 12 of 12-99) agrees with any figure, so it is no evidence
    assert match(nothing, row(fatalities=12, fatalities_low=12, fatalities_high=99)) is None
    # an undated cluster is bounded by its own reports' articles
    undated_cluster = row(event_date=None, time_precision=None)
    assert match(nothing, undated_cluster, Context(window=Window(date(2024, 2, 1), date(2024, 3, 1)))) is not None
    assert match(row(), undated_cluster, Context(window=Window(date(2023, 1, 1), date(2023, 2, 1)))) is None


def test_a_region_only_event_merges_inside_its_region_and_only_when_unambiguous() -> None:
    region = row(location="Mopti", admin2=None, latitude=14.49, longitude=-4.19, geo_precision=3)
    assert vague(region) and not vague(row(location="Mopti", geo_precision=1))  # the town is no region
    assert match(region, row()) is not None
    assert match(region, row(admin1="Ségou", location="Niono", latitude=14.25, longitude=-5.99)) is None
    one = [("a", row(), Context())]
    two = one + [("b", row(location="Mondoro", latitude=14.93, longitude=-1.95, actor1="Unidentified Armed Group (Mali)"), Context())]
    assert choose(region, one)[0] == "a"
    joined, reason = choose(region, two)
    assert joined is None and "could be it" in reason


def test_two_towns_and_two_kinds_of_violence_are_two_events() -> None:
    other = row(location="Mondoro", latitude=15.0, longitude=-1.3, event_type="Violence against civilians",
                sub_event_type="Attack", actor2="Civilians (Mali)")
    assert match(row(), other) is None
    assert match(row(), {**other, "event_type": "Battles"}) is not None  # same kind 15 km away: one event


def test_the_seed_page_alone_is_stored_as_its_three_events(shared_data: Path, tmp_path: Path) -> None:
    (article,) = list(iter_inputs([str(shared_data / "news" / "voice-of-africa-mali-base-lost.txt")]))
    assert isinstance(article, Article)
    store = Store(str(tmp_path / "seed.db"))
    summary = ingest(store, [article])
    assert summary.events == 3
    assert len(set(summary.clusters)) == 3
    assert all(store.cluster(c)["sources"] == 1 for c in summary.clusters)  # type: ignore[index]


def test_real_reports_never_merge_different_incidents(shared_data: Path) -> None:
    from conflictwire.eval_dedup import dedup_real

    report = dedup_real(shared_data / "news", "tune")  # the check split is scored by bench/dedup.py
    assert report.members > 50
    assert report.same_report_pairs == 0
    assert report.wrong_pairs == 0, report.wrong


@pytest.mark.parametrize("published", [None, date(2024, 3, 12)])
def test_the_reason_says_which_bound_was_used(tmp_path: Path, published: date | None) -> None:
    store = Store(str(tmp_path / "r.db"))
    a = "JNIM fighters attacked the army camp in Boulkessi on 10 March 2024, killing 12 soldiers."
    b = "Des combattants du JNIM ont attaqué le camp de l'armée à Boulkessi, tuant 12 soldats."
    ingest(store, [Article(doc_id="a", text=a, language="en"), Article(doc_id="b", text=b, language="fr", published=published)])
    with store.engine.connect() as conn:
        from sqlalchemy import select

        from conflictwire.store.schema import members
        reasons = [r.reason for r in conn.execute(select(members.c.reason))]
    merged = [r for r in reasons if r != "first report of this event"]
    assert len(merged) == 1
    # a report that tells no date is dated by its publication, give or take a week
    assert ("allowed 7" in merged[0]) if published else ("no date bounds" in merged[0])


def test_a_split_event_stays_apart(tmp_path: Path) -> None:
    from conflictwire.store.ingest import split

    store = Store(str(tmp_path / "s.db"))
    pub = date(2024, 5, 6)
    en = "Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said."
    fr = "Des hommes armés ont tué six soldats dimanche près de Djibo, au Burkina Faso, selon des sources sécuritaires."
    reports = [Article(doc_id="en", text=en, url="https://ex.org/en", published=pub, language="en"),
               Article(doc_id="fr", text=fr, url="https://ex.fr/fr", published=pub, language="fr")]
    ingest(store, reports)
    (cluster,) = store.clusters()
    full = store.cluster(cluster["id"])
    assert full is not None
    second = next(r for r in full["reports"] if r["reason"] != "first report of this event")
    split(store, cluster["id"], second["id"])
    ingest(store, reports)  # the same reports again: nothing changes, nothing re-merges
    third = Article(doc_id="x", text="Five soldiers were killed on Sunday in an attack near Djibo, Burkina Faso.",
                    url="https://ex.net/x", published=pub, language="en")
    ingest(store, [third])  # a new report joins one of them; the two stay two
    assert sorted(c["sources"] for c in store.clusters()) == [1, 2]


def test_a_corrected_article_does_not_merge_back_where_it_was_split_from(tmp_path: Path) -> None:
    from conflictwire.store.ingest import split

    store = Store(str(tmp_path / "c.db"))
    pub = date(2024, 5, 6)
    a = Article(doc_id="a", url="https://ex.org/a", published=pub, language="en",
                text="Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said.")
    b = Article(doc_id="b", url="https://ex.fr/b", published=pub, language="fr",
                text="Des hommes armés ont tué six soldats dimanche près de Djibo, au Burkina Faso, selon des sources.")
    ingest(store, [b, a])
    (cluster,) = store.clusters()
    full = store.cluster(cluster["id"])
    assert full is not None
    mine = next(r for r in full["reports"] if r["doc_id"] == "a")
    split(store, cluster["id"], mine["id"])
    corrected = a.model_copy(update={"text": a.text.replace("five", "seven")})
    assert ingest(store, [corrected]).updated == 1
    assert sorted(c["sources"] for c in store.clusters()) == [1, 1]  # still apart
