"""Confidence that decides: events below the threshold are candidates, kept in the store and
shown on request, never in the default output or an alert."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from conflictwire import extract_text
from conflictwire.alerts import subscriptions
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.api.app import create_app
from conflictwire.extract import confidence
from conflictwire.model import Article
from conflictwire.store.db import EventFilter, Store
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import clusters, outbox
from conflictwire.web.data import EventCache

PUB = date(2024, 5, 6)
MOPTI = "Gunmen killed twelve civilians in Mopti, Mali, on Saturday, local officials said."
MOPTI_FR = "Des hommes armés ont tué douze civils samedi à Mopti, au Mali, selon des responsables locaux."


def _threshold(monkeypatch: pytest.MonkeyPatch, value: float) -> None:
    monkeypatch.setattr(confidence, "threshold", lambda: value)


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_the_threshold_is_read_from_the_fitted_file() -> None:
    assert 0.0 < confidence.threshold() < 1.0
    assert "threshold" not in confidence.weights()


def test_a_candidate_is_left_out_of_the_default_output_and_flagged_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    (ev,) = extract_text(MOPTI, published=PUB)
    assert not ev.candidate
    _threshold(monkeypatch, min(ev.confidence + 0.01, 1.0))
    assert extract_text(MOPTI, published=PUB) == []
    (cand,) = extract_text(MOPTI, published=PUB, include_candidates=True)
    assert cand.candidate and cand.confidence == ev.confidence and cand.location == "Mopti"
    assert cand.acled_row()["candidate"] is True


def test_the_store_keeps_candidates_shows_them_on_request_and_never_alerts_them(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    kid = store.key_id(store.create_key("team"))
    assert kid is not None
    subscriptions.create(store, kid, SubscriptionIn(name="team", countries=["Mali"], webhook_url="https://hooks.example/x"))
    _threshold(monkeypatch, 0.999)
    ingest(store, [Article(doc_id="en", text=MOPTI, published=PUB, language="en")])
    assert _count(store, clusters) == 1 and _count(store, outbox) == 0  # stored, not alerted
    assert store.clusters() == []
    (row,) = store.clusters(EventFilter(candidates=True))
    assert row["candidate"] is True and row["location"] == "Mopti"
    client = TestClient(create_app(store))
    assert client.get("/events").json()["events"] == []
    (listed,) = client.get("/events", params={"candidates": "true"}).json()["events"]
    assert listed["candidate"] is True
    assert "candidate" in client.get("/events", params={"candidates": "true", "format": "csv"}).text.splitlines()[0]
    assert json.loads(EventCache(store).body())["rows"] == []  # the dashboard lists what /events lists
    # a second report lifts the event over the threshold (here: the threshold comes down): its first alert is 'new'
    _threshold(monkeypatch, 0.0)
    ingest(store, [Article(doc_id="fr", text=MOPTI_FR, published=PUB, language="fr")])
    assert _count(store, clusters) == 1
    with store.engine.connect() as conn:
        assert [r.reason for r in conn.execute(select(outbox.c.reason))] == ["new"]
