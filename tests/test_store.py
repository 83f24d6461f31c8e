"""The store, de-duplication and the REST API, on a temporary SQLite database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from conflictwire.api.app import create_app
from conflictwire.model import Article
from conflictwire.store.db import EventFilter, Store
from conflictwire.store.ingest import canonical_url, ingest, split

PUB = date(2024, 5, 6)
EN = "Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said."
FR = "Des hommes armés ont tué six soldats dimanche près de Djibo, au Burkina Faso, selon des sources sécuritaires."


def art(doc_id: str, text: str, url: str | None = None, lang: str = "en") -> Article:
    return Article(doc_id=doc_id, text=text, url=url, published=PUB, language=lang)


def test_canonical_urls() -> None:
    assert canonical_url("HTTPS://Ex.org/a/?utm_source=x&id=3#top") == "https://ex.org/a?id=3"


def test_ingest_is_idempotent_and_follows_changes(store: Store) -> None:
    first = ingest(store, [art("a", EN, "https://ex.org/a")])
    assert (first.new, first.events) == (1, 1)
    again = ingest(store, [art("a", EN, "https://ex.org/a?utm_medium=x"), art("copy", EN, "https://other.org/b")])
    assert again.unchanged == 2 and again.new == 0
    changed = ingest(store, [art("a", EN.replace("five", "seven"), "https://ex.org/a")])
    assert changed.updated == 1
    (cluster,) = store.clusters()
    assert cluster["fatalities"] == 7 and cluster["sources"] == 1
    assert [c["kind"] for c in store.changes()].count("update") == 1


def test_reports_in_two_languages_merge_and_can_be_split(store: Store) -> None:
    ingest(store, [art("en", EN, "https://ex.org/en"), art("fr", FR, "https://ex.fr/fr", "fr")])
    (cluster,) = store.clusters()
    assert cluster["sources"] == 2
    assert (cluster["fatalities"], cluster["fatalities_low"], cluster["fatalities_high"]) == (5, 5, 6)
    full = store.cluster(cluster["id"])
    assert full is not None and len(full["reports"]) == 2
    joined = [r for r in full["reports"] if r["reason"] != "first report of this event"]
    assert "km apart" in joined[0]["reason"] and "dates 0 day(s)" in joined[0]["reason"]
    split(store, cluster["id"], joined[0]["id"])
    assert sorted(c["sources"] for c in store.clusters()) == [1, 1]


def test_near_misses_stay_apart(store: Store) -> None:
    ingest(store, [
        art("a", EN, "https://ex.org/1"),
        art("b", "Gunmen killed five soldiers near Djibo, Burkina Faso, on 20 April 2024.", "https://ex.org/2"),
        art("c", "Gunmen killed five soldiers near Dori, Burkina Faso, on Sunday, sources said.", "https://ex.org/3"),
    ])
    assert len(store.clusters()) == 3


def test_filters(store: Store) -> None:
    ingest(store, [art("a", EN, "https://ex.org/1"),
                   art("m", "Jihadists killed 12 soldiers near Boni, Mali, on Sunday.", "https://ex.org/2")])
    assert [c["location"] for c in store.clusters(EventFilter(country="mali"))] == ["Boni"]
    assert [c["location"] for c in store.clusters(EventFilter(bbox=(-2.0, 13.5, -1.0, 14.5)))] == ["Djibo"]
    assert len(store.clusters(EventFilter(min_fatalities=10))) == 1
    assert len(store.clusters(EventFilter(q="jihadists"))) == 1


def test_api(store: Store) -> None:
    client = TestClient(create_app(store))
    assert client.get("/healthz").json()["ok"] is True
    assert client.post("/reports", json={"text": EN}).status_code == 401
    key = store.create_key("tests")
    auth = {"Authorization": f"Bearer {key}"}
    r = client.post("/reports", json={"text": EN, "published": "2024-05-06", "language": "en"}, headers=auth)
    assert r.status_code == 201 and [e["location"] for e in r.json()["events"]] == ["Djibo"]
    bad = client.post("/reports", json={"published": "2024-05-06"}, headers=auth)
    assert bad.status_code == 422 and "text, html or url" in bad.text
    assert client.post("/reports", json={"text": "x" * (11 * 2**20)}, headers=auth).status_code == 413  # over the body cap: refused before it is parsed
    assert client.post("/reports", content=b"{not json", headers={**auth, "Content-Type": "application/json"}).status_code == 422
    narnia = client.post("/reports", json={"text": EN, "country": "Narnia"}, headers=auth)
    assert narnia.status_code == 422 and "unknown country" in narnia.text
    hinted = client.post("/reports", json={"text": "Police fired teargas at striking teachers on Monday.", "country": "NE",
                                           "published": "2024-05-06"}, headers=auth)
    assert hinted.status_code == 201 and hinted.json()["events"][0]["country"] == "Niger"
    empty = client.post("/reports", json={"html": "<html><body>  </body></html>"}, headers=auth)
    assert empty.status_code == 422 and "no article text" in empty.text
    events = client.get("/events", params={"country": "Burkina Faso"}).json()["events"]
    assert len(events) == 1
    one = client.get(f"/events/{events[0]['id']}").json()
    assert one["reports"][0]["evidence"]["location"][0]["text"] == "Djibo"
    assert client.get("/events/nope").status_code == 404
    csv_text = client.get("/events", params={"format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("event_id,event_date,time_precision,event_type,sub_event_type,actor1")
    geo = client.get("/events", params={"format": "geojson", "near": "14.1,-1.6,30"}).json()
    assert geo["features"][0]["geometry"]["coordinates"][1] == pytest.approx(14.1, abs=0.1)
    assert client.get("/events", params={"bbox": "1,2"}).status_code == 422  # a validation error like any other
    assert client.get("/changes", params={"since": 0}).json()["changes"]
    ET.fromstring(client.get("/feed.atom").text)
    assert "/reports" in client.get("/openapi.json").json()["paths"]


def test_pairwise_scores() -> None:
    from conflictwire.dedup.score import pairwise

    truth = {"a": "1", "b": "1", "c": "2"}
    perfect = pairwise(truth, {"a": "x", "b": "x", "c": "y"})
    assert perfect["pair_f1"] == 1.0 and perfect["clusters_per_event"] == 1.0
    split_all = pairwise(truth, {"a": "x", "b": "y", "c": "z"})
    assert split_all["pair_recall"] == 0.0 and split_all["clusters_per_event"] == 1.5


def test_dedup_set_merges_its_reports() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("dedup_bench", Path(__file__).parents[1] / "bench" / "dedup.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.run()
    assert figures["pair_f1"] >= 0.95 and figures["clusters_per_event"] <= 1.2
    second = bench.run(bench.SECOND, bench.load_second())  # written independently of the rules
    assert second["pair_f1"] >= 0.95 and second["clusters_per_event"] <= 1.2


def test_private_reads_and_exports(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq
    from typer.testing import CliRunner

    from conflictwire.cli import app

    ingest(store, [art("a", EN, "https://ex.org/1")])
    client = TestClient(create_app(store, private_reads=True))
    assert client.get("/events").status_code == 401
    key = store.create_key("reader")
    assert client.get("/events", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    if store.url.startswith("sqlite"):
        db = store.url.removeprefix("sqlite:///")
        out = tmp_path / "events.parquet"
        result = CliRunner().invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert pq.read_table(out).num_rows == 1
        result = CliRunner().invoke(app, ["export", "--db", db, "--format", "geojson"])
        assert '"FeatureCollection"' in result.output


class _Conflict(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


def test_an_article_rolled_back_for_a_deadlock_is_stored_on_a_second_try(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    from conflictwire.store import ingest as ingest_module

    real, calls = ingest_module.ingest_article, []

    def flaky(conn, art, pipeline, *, alerts=True):  # type: ignore[no-untyped-def]
        calls.append(art.doc_id)
        if len(calls) == 1:  # what psycopg raises when PostgreSQL breaks a deadlock
            raise OperationalError("INSERT ...", {}, _Conflict("40P01"))
        return real(conn, art, pipeline, alerts=alerts)

    monkeypatch.setattr(ingest_module, "ingest_article", flaky)
    summary = ingest(store, [art("a", EN)])
    assert (summary.new, summary.failed, calls) == (1, 0, ["a", "a"])
    assert len(store.clusters()) == 1  # once, not twice

    def broken(conn, art, pipeline, *, alerts=True):  # type: ignore[no-untyped-def]
        calls.append(art.doc_id)
        raise OperationalError("SELECT 1", {}, _Conflict("53100"))  # disk full: no retry, stop

    monkeypatch.setattr(ingest_module, "ingest_article", broken)
    calls.clear()
    with pytest.raises(OperationalError):
        ingest(store, [art("b", FR, lang="fr"), art("c", EN.replace("five", "two"))])
    assert calls == ["b"]
