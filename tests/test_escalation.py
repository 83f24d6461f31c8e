"""Escalation subscriptions: one alert when an area's week breaks out of its range, keyed by
area and week; never for a quiet area; kept apart from per-event subscriptions. On SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from conflictwire.alerts import subscriptions
from conflictwire.alerts.channels import describe, title
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.model import Article
from conflictwire.store.db import Store, now
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import clusters, outbox

WEEK = date(2024, 6, 3)  # a Monday
PLACES = ["Bankass", "Koro", "Djenné", "Douentza", "Ténenkou", "Sévaré"]


def _history(store: Store, admin1: str, per_week: int, weeks: int = 26) -> None:
    """`per_week` events a week in the area for the weeks before WEEK."""
    rows = []
    for w in range(1, weeks + 1):
        for i in range(per_week):
            rows.append({"id": f"h{admin1}{w}x{i}", "event_date": WEEK - timedelta(weeks=w) + timedelta(days=i % 7),
                         "time_precision": 1, "event_type": "Violence against civilians", "sub_event_type": "Attack",
                         "country": "Mali", "admin1": admin1, "location": admin1, "fatalities": 1, "confidence": 0.9,
                         "sources": 1, "updated_at": now(), "weapons": []})
    with store.engine.begin() as conn:
        conn.execute(clusters.insert(), rows)


def _alerts(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(outbox).order_by(outbox.c.seq))]


def _subscribe(store: Store, **kw: Any) -> dict[str, Any]:
    kid = store.key_id(store.create_key("desk", "reader"))
    assert kid is not None
    return subscriptions.create(store, kid, SubscriptionIn(name="s", **kw))


def test_a_week_that_breaks_out_alerts_once_per_area_and_week(store: Store) -> None:
    _history(store, "Mopti", 1)
    esc = _subscribe(store, kind="escalation", countries=["Mali"], admin1=["Mopti"])
    per_event = _subscribe(store, countries=["Mali"])
    for i, place in enumerate(PLACES):
        text = f"On {4 + i // 2} June 2024, gunmen killed {2 + i % 3} civilians in {place}, in Mali's Mopti region."
        assert ingest(store, [Article(doc_id=f"r{i}", text=text, published=date(2024, 6, 8))]).new == 1
    alerts = _alerts(store)
    mine = [a for a in alerts if a["subscription_id"] == esc["id"]]
    assert len(mine) == 1 and mine[0]["reason"] == "escalation"  # six reports, one week: one alert
    figures = mine[0]["payload"]["escalation"]
    assert figures["admin1"] == "Mopti" and figures["week"] == WEEK.isoformat()
    flagged = [figures[k] for k in ("events", "fatalities") if figures[k]["flag"]]
    assert flagged and all(f["observed"] > f["upper"] >= 1 for f in flagged)
    assert mine[0]["payload"]["event"]["admin1"] == "Mopti"  # the event that tipped it, with its sources
    assert "Escalation in Mopti, Mali" in describe(mine[0]["payload"]) and title(mine[0]["payload"]).startswith("escalation")
    # the per-event subscription heard of each event and of no escalation
    theirs = [a for a in alerts if a["subscription_id"] == per_event["id"]]
    assert len(theirs) == len(PLACES) and {a["reason"] for a in theirs} == {"new"}


def test_a_quiet_area_never_alerts(store: Store) -> None:
    _history(store, "Mopti", 2)
    _subscribe(store, kind="escalation", countries=["Mali"])
    for i, place in enumerate(PLACES[:2]):  # two events: its usual week
        ingest(store, [Article(doc_id=f"q{i}", text=f"On 4 June 2024, gunmen killed 2 civilians in {place}, in "
                                                      "Mali's Mopti region.", published=date(2024, 6, 8))])
    assert _alerts(store) == []


def test_an_escalation_subscription_names_areas_only() -> None:
    with pytest.raises(ValueError, match="areas only"):
        SubscriptionIn(name="x", kind="escalation", actors=["JNIM"])
    assert SubscriptionIn(name="x", kind="escalation", admin1=["Mopti"]).filters()["kind"] == "escalation"
