"""Subscriptions, the outbox and delivery: matching, same-transaction alerts, re-alerts,
signed webhooks with retries and dead letters, email, and the API's ownership rules."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from conflictwire.alerts import delivery, subscriptions
from conflictwire.alerts.channels import EmailSender, WebhookSender, sign, verify_signature
from conflictwire.alerts.delivery import Deliverer, RetryPolicy
from conflictwire.alerts.subscriptions import Matcher, SubscriptionIn
from conflictwire.api.app import create_app
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest, ingest_article
from conflictwire.store.schema import clusters, deliveries, outbox
from localnet import Receiver

PUB = date(2024, 5, 6)
DJIBO_EN = "Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said."
DJIBO_FR = "Des hommes armés ont tué six soldats dimanche près de Djibo, au Burkina Faso, selon des sources sécuritaires."
MOPTI = "Gunmen killed twelve civilians in Mopti, Mali, on Saturday, local officials said."


def art(doc_id: str, text: str, lang: str = "en") -> Article:
    return Article(doc_id=doc_id, text=text, url=f"https://news.example/{doc_id}", published=PUB, language=lang)


def matcher(**filters: Any) -> Matcher:
    sub = SubscriptionIn(name="t", **filters)
    return Matcher.from_row({"id": "s", "filters": sub.filters(), "on_new_source": False, "on_toll_change": True})


EVENT = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "country": "Mali", "admin1": "Mopti",
         "actor1": "Unidentified Armed Group (Mali)", "actor2": "Civilians (Mali)", "fatalities": 12,
         "latitude": 14.49, "longitude": -4.19}


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, True),
    ({"countries": ["mali"]}, True),
    ({"countries": ["Niger", "Burkina Faso"]}, False),
    ({"admin1": ["Mopti"]}, True),
    ({"admin1": ["Gao"]}, False),
    ({"near": {"lat": 14.35, "lon": -3.6, "km": 80}}, True),  # Bandiagara is ~65 km from Mopti
    ({"near": {"lat": 14.35, "lon": -3.6, "km": 40}}, False),
    ({"actors": ["civilians"]}, True),
    ({"actors": ["JNIM"]}, False),
    ({"event_types": ["Battles"]}, False),
    ({"sub_event_types": ["Attack"]}, True),
    ({"min_fatalities": 12}, True),
    ({"min_fatalities": 13}, False),
    ({"countries": ["Mali"], "min_fatalities": 20}, False),
])
def test_matcher_filters(filters: dict[str, Any], expected: bool) -> None:
    assert matcher(**filters).matches(EVENT) is expected


def test_bad_subscriptions_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown event types"):
        SubscriptionIn(name="x", event_types=["Massacres"])
    with pytest.raises(ValueError):
        SubscriptionIn(name="x", near={"lat": 95, "lon": 0, "km": 10})
    with pytest.raises(ValueError):
        SubscriptionIn(name="x", webhook_url="file:///etc/passwd")


def _subscribe(store: Store, **kw: Any) -> dict[str, Any]:
    kid = store.key_id(store.create_key("team"))
    assert kid is not None
    return subscriptions.create(store, kid, SubscriptionIn(name="team", **kw))


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_alerts_are_written_with_the_events_or_not_at_all(store: Store) -> None:
    _subscribe(store, countries=["Mali"], webhook_url="https://hooks.example/x")
    with pytest.raises(RuntimeError), store.engine.begin() as conn:
        done = ingest_article(conn, art("a", MOPTI), Pipeline())
        assert done.alerts == 1
        raise RuntimeError("the process dies before the commit")
    assert _count(store, clusters) == 0 and _count(store, outbox) == 0
    ingest(store, [art("a", MOPTI), art("b", DJIBO_EN)])  # Djibo is in Burkina Faso: no alert
    assert _count(store, clusters) == 2 and _count(store, outbox) == 1 and _count(store, deliveries) == 1


def test_realerts_follow_the_subscription(store: Store) -> None:
    quiet = _subscribe(store, countries=["Burkina Faso"], on_toll_change=False)
    chatty = _subscribe(store, countries=["Burkina Faso"], on_new_source=True)
    ingest(store, [art("en", DJIBO_EN)])
    ingest(store, [art("fr", DJIBO_FR, "fr")])  # the same event, another report, a higher toll
    with store.engine.connect() as conn:
        rows = conn.execute(select(outbox.c.subscription_id, outbox.c.reason, outbox.c.idempotency_key, outbox.c.payload)
                            .order_by(outbox.c.seq)).all()
    by_sub: dict[str, list[str]] = {}
    for r in rows:
        by_sub.setdefault(r.subscription_id, []).append(r.reason)
    assert by_sub[quiet["id"]] == ["new"]
    assert by_sub[chatty["id"]] == ["new", "toll"]
    assert len({r.idempotency_key for r in rows}) == len(rows)
    last = rows[-1].payload
    assert (last["event"]["fatalities_low"], last["event"]["fatalities_high"]) == (5, 6) and len(last["sources"]) == 2
    assert {s["url"] for s in last["sources"]} == {"https://news.example/en", "https://news.example/fr"}


def test_signatures() -> None:
    body = b'{"a":1}'
    header = sign("whsec_x", body)
    assert verify_signature("whsec_x", body, header)
    assert not verify_signature("whsec_y", body, header)
    assert not verify_signature("whsec_x", b'{"a":2}', header)
    assert not verify_signature("whsec_x", body, sign("whsec_x", body, int(time.time()) - 3600))  # a replay
    assert not verify_signature("whsec_x", body, "garbage")


def test_webhook_delivery_retries_then_dead_letters_then_replays(store: Store) -> None:
    rec = Receiver(fail_next=2).start()
    try:
        sub = _subscribe(store, webhook_url=rec.url + "/hook")
        policy = RetryPolicy(first_s=0.05, max_wait_s=0.1, give_up_after_s=0.6, lease_s=5)
        d = Deliverer(store, WebhookSender(timeout=2, allow_private=True), policy=policy)
        ingest(store, [art("a", MOPTI)])
        deadline = time.time() + 10
        while not rec.received and time.time() < deadline:
            d.run_once()
            time.sleep(0.02)
        assert len(rec.received) == 1  # after two refusals
        _, headers, body = rec.received[0]
        assert verify_signature(sub["webhook_secret"], body, headers["X-Conflictwire-Signature"])
        alert = rec.alerts()[0]
        assert headers["Idempotency-Key"] == alert["idempotency_key"] and alert["reason"] == "new"
        assert alert["event"]["location"] == "Mopti" and alert["sources"][0]["url"] == "https://news.example/a"

        rec.status = 503  # the receiver goes down for longer than the policy's give-up time
        ingest(store, [art("b", DJIBO_EN)])
        deadline = time.time() + 10
        while not delivery.dead_letters(store, sub["id"]) and time.time() < deadline:
            d.run_once()
            time.sleep(0.02)
        dead = delivery.dead_letters(store, sub["id"])
        assert len(dead) == 1 and dead[0]["last_error"] == "HTTP 503" and dead[0]["attempts"] >= 2
        rec.status = 200
        assert delivery.replay(store, sub["id"]) == 1
        d.run_once()
        assert len(rec.received) == 2 and rec.alerts()[1]["event"]["country"] == "Burkina Faso"
        assert delivery.dead_letters(store, sub["id"]) == []
    finally:
        rec.stop()


def test_webhooks_to_private_addresses_are_refused_by_default(tmp_path: Any) -> None:
    store = Store(str(tmp_path / "cw.db"))
    rec = Receiver().start()
    try:
        _subscribe(store, webhook_url=rec.url + "/hook")
        ingest(store, [art("a", MOPTI)])
        Deliverer(store, WebhookSender(timeout=2), policy=RetryPolicy(first_s=60)).run_once()
        assert rec.received == []
        with store.engine.connect() as conn:
            err = conn.execute(select(deliveries.c.last_error)).scalar_one()
        assert "non-public address" in err
    finally:
        rec.stop()


def test_email_alerts_over_smtp(tmp_path: Any) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    got: list[Any] = []

    class Inbox(Message):
        def handle_message(self, message: Any) -> None:
            got.append(message)

    import socket

    with socket.socket() as probe:  # a free port (the controller cannot be given port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctl = Controller(Inbox(), hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        store = Store(str(tmp_path / "cw.db"))
        _subscribe(store, email="officer@ngo.example", countries=["Mali"])
        ingest(store, [art("a", MOPTI)])
        Deliverer(store, email=EmailSender("127.0.0.1", port, "alerts@cw.example")).run_once()
        assert len(got) == 1
        msg = got[0]
        assert msg["To"] == "officer@ngo.example" and "Mopti" in msg["Subject"]
        assert "Fatalities: 12" in msg.get_payload() and "https://news.example/a" in msg.get_payload()
    finally:
        ctl.stop()


def test_subscription_api_ownership_and_feeds(store: Store) -> None:
    client = TestClient(create_app(store))
    k1, k2 = store.create_key("one"), store.create_key("two")
    h1, h2 = {"Authorization": f"Bearer {k1}"}, {"Authorization": f"Bearer {k2}"}
    body = {"name": "Mopti 100 km", "near": {"lat": 14.49, "lon": -4.19, "km": 100}, "min_fatalities": 1,
            "webhook_url": "https://hooks.example/h"}
    assert client.post("/subscriptions", json=body).status_code == 401
    assert client.post("/subscriptions", json={**body, "near": {"lat": 1}}, headers=h1).status_code == 422
    assert client.post("/subscriptions", content=b"{not json", headers={**h1, "Content-Type": "application/json"}).status_code == 422
    r = client.post("/subscriptions", json=body, headers=h1)
    assert r.status_code == 201 and r.json()["webhook_secret"].startswith("whsec_")
    sid = r.json()["id"]
    assert [s["id"] for s in client.get("/subscriptions", headers=h1).json()["subscriptions"]] == [sid]
    assert "webhook_secret" not in client.get(f"/subscriptions/{sid}", headers=h1).json()
    assert client.get("/subscriptions", headers=h2).json()["subscriptions"] == []
    assert client.get(f"/subscriptions/{sid}", headers=h2).status_code == 404
    assert client.delete(f"/subscriptions/{sid}", headers=h2).status_code == 404
    assert client.get(f"/subscriptions/{sid}/feed.atom", params={"key": k2}).status_code == 404

    assert client.post("/reports", json={"text": MOPTI, "published": "2024-05-06"}, headers=h2).status_code == 201
    alerts = client.get(f"/subscriptions/{sid}/alerts", headers=h1).json()["alerts"]
    assert len(alerts) == 1 and alerts[0]["payload"]["event"]["location"] == "Mopti"
    atom = client.get(f"/subscriptions/{sid}/feed.atom", params={"key": k1})
    assert atom.status_code == 200 and "Attack in Mopti" in atom.text and "Fatalities: 12" in atom.text
    assert client.get(f"/subscriptions/{sid}/dead-letters", headers=h1).json() == {"dead_letters": []}
    assert client.post(f"/subscriptions/{sid}/dead-letters/replay", headers=h1).json() == {"replayed": 0}
    assert client.post(f"/subscriptions/{sid}/dead-letters/replay", headers=h2).status_code == 404
    assert client.get("/stream", params={"subscription": sid, "key": k2}).status_code == 404
    assert client.delete(f"/subscriptions/{sid}", headers=h1).status_code == 204
    assert client.get(f"/subscriptions/{sid}", headers=h1).status_code == 404
