"""Subscriptions and their alerts over HTTP: CRUD, dead letters, an Atom feed and a
server-sent-event stream per subscription.

Every route names the subscriber by API key (`Authorization: Bearer …`, or `?key=` for feed
readers and browsers' EventSource, which cannot send headers); a key sees only its own
subscriptions — another key's are answered 404, as if they did not exist.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from conflictwire.alerts import delivery, subscriptions
from conflictwire.alerts.channels import describe, title
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.api.guard import MAX_SEQ, NEED_KEY, bearer, content, errors
from conflictwire.store.db import Store
from conflictwire.store.schema import outbox

KEEPALIVE_S = 15.0


class ReplayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    seqs: list[Annotated[int, Field(ge=0, le=MAX_SEQ)]] | None = Field(None, max_length=10_000)  # none: every dead letter


def router(st: Store, poll_s: float = 0.25) -> APIRouter:
    r = APIRouter(tags=["alerts"], responses=errors(401, 404))

    def key_id(authorization: Annotated[str | None, Header()] = None,
               key: Annotated[str | None, Query(max_length=200)] = None) -> int:
        kid = st.key_id(bearer(authorization) if authorization else key)
        if kid is None:
            raise HTTPException(401, NEED_KEY, headers={"WWW-Authenticate": "Bearer"})
        return kid

    def owned(sub_id: str, kid: int) -> dict[str, Any]:
        sub = subscriptions.get(st, kid, sub_id)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        return sub

    @r.post("/subscriptions", status_code=201, responses=errors(400, 413, 429))
    def create_subscription(body: SubscriptionIn, kid: int = Depends(key_id)) -> dict[str, Any]:
        """Create a subscription; the answer carries the webhook's signing secret, shown once."""
        return subscriptions.create(st, kid, body)

    @r.get("/subscriptions")
    def list_subscriptions(kid: int = Depends(key_id)) -> dict[str, Any]:
        return {"subscriptions": subscriptions.list_for_key(st, kid)}

    @r.get("/subscriptions/{sub_id}")
    def get_subscription(sub_id: str, kid: int = Depends(key_id)) -> dict[str, Any]:
        return owned(sub_id, kid)

    @r.delete("/subscriptions/{sub_id}", status_code=204, responses=errors(429))
    def delete_subscription(sub_id: str, kid: int = Depends(key_id)) -> Response:
        if not subscriptions.remove(st, kid, sub_id):
            raise HTTPException(404, f"no subscription {sub_id}")
        return Response(status_code=204)

    @r.get("/subscriptions/{sub_id}/alerts")
    def list_alerts(sub_id: str, kid: int = Depends(key_id), since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        owned(sub_id, kid)
        rows = _alerts(st, sub_id, since, limit)
        return {"alerts": rows, "last": rows[-1]["seq"] if rows else since}

    @r.get("/subscriptions/{sub_id}/dead-letters")
    def list_dead_letters(sub_id: str, kid: int = Depends(key_id)) -> dict[str, Any]:
        owned(sub_id, kid)
        return {"dead_letters": delivery.dead_letters(st, sub_id)}

    @r.post("/subscriptions/{sub_id}/dead-letters/replay", responses=errors(400, 413, 429))
    def replay_dead_letters(sub_id: str, body: ReplayIn | None = None, kid: int = Depends(key_id)) -> dict[str, int]:
        owned(sub_id, kid)
        return {"replayed": delivery.replay(st, sub_id, body.seqs if body else None)}

    @r.get("/subscriptions/{sub_id}/feed.atom", responses=content("application/atom+xml"))
    def subscription_feed(sub_id: str, kid: int = Depends(key_id), limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
        sub = owned(sub_id, kid)
        with st.engine.connect() as conn:
            top = conn.execute(select(func.max(outbox.c.seq)).where(outbox.c.subscription_id == sub_id)).scalar() or 0
        rows = _alerts(st, sub_id, max(0, top - 10 * limit), 10 * limit)[-limit:]
        return Response(_atom(sub, rows[::-1]), media_type="application/atom+xml")

    @r.get("/stream", responses=content("text/event-stream"))
    async def stream(request: Request, subscription: str, kid: int = Depends(key_id),
                     last_event_id: Annotated[str | None, Header()] = None) -> StreamingResponse:
        """Server-sent events: one `alert` event per alert of the subscription, its `id` the
        alert's sequence number. Reconnecting with `Last-Event-ID` resumes after it; without
        it, the stream starts with the next alert."""
        owned(subscription, kid)
        if last_event_id is not None and last_event_id.strip().isdigit() and int(last_event_id) <= MAX_SEQ:
            after = int(last_event_id)
        else:
            with st.engine.connect() as conn:
                after = conn.execute(select(func.max(outbox.c.seq)).where(outbox.c.subscription_id == subscription)).scalar() or 0

        async def events() -> AsyncIterator[str]:
            nonlocal after
            yield "retry: 2000\n\n"
            idle = 0.0
            while not await request.is_disconnected():
                rows = await asyncio.to_thread(_alerts, st, subscription, after, 100)
                for row in rows:
                    after = row["seq"]
                    yield f"id: {row['seq']}\nevent: alert\ndata: {json.dumps(row['payload'], separators=(',', ':'))}\n\n"
                if rows:
                    idle = 0.0
                    continue
                await asyncio.sleep(poll_s)
                idle += poll_s
                if idle >= KEEPALIVE_S:  # a comment line keeps proxies from closing an idle stream
                    idle = 0.0
                    yield ": keep-alive\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return r


def _alerts(st: Store, sub_id: str, after: int, limit: int) -> list[dict[str, Any]]:
    stmt = (select(outbox.c.seq, outbox.c.reason, outbox.c.cluster_id, outbox.c.idempotency_key, outbox.c.payload, outbox.c.created)
            .where(outbox.c.subscription_id == sub_id, outbox.c.seq > after).order_by(outbox.c.seq).limit(limit))
    with st.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def _atom(sub: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    from datetime import UTC, datetime

    def stamp(t: float) -> str:
        return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    feed = ET.Element("feed", xmlns="http://www.w3.org/2005/Atom")
    ET.SubElement(feed, "title").text = f"conflictwire alerts: {sub['name']}"
    ET.SubElement(feed, "id").text = f"urn:conflictwire:subscription:{sub['id']}"
    ET.SubElement(feed, "updated").text = stamp(rows[0]["created"]) if rows else "1970-01-01T00:00:00Z"
    for row in rows:
        alert, ev = row["payload"], row["payload"]["event"]
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = f"urn:conflictwire:alert:{row['idempotency_key']}"
        ET.SubElement(entry, "title").text = title(alert) if alert.get("escalation") else (
            f"{'Update: ' if row['reason'] != 'new' else ''}{ev.get('sub_event_type')} in "
            f"{ev.get('location') or ev.get('country') or 'unknown place'} ({ev.get('event_date') or 'date unknown'})")
        ET.SubElement(entry, "updated").text = stamp(row["created"])
        ET.SubElement(entry, "content", type="text").text = describe(alert)
        for s in alert.get("sources", []):
            if s.get("url"):
                ET.SubElement(entry, "link", rel="related", href=s["url"])
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)
