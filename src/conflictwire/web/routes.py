"""The web dashboard's routes, mounted on the API app by `mount(app, store)`.

GET /                     the dashboard (static/index.html); its own JS, CSS under /static/
GET /web/basemap.json     country and admin-1 outlines and place labels (built by `make setup`)
GET /web/events.json      every merged event, compact (columns + rows) with the change seq
GET /web/events/{id}      one event with every report's text, for the evidence view
POST /web/export          {"ids": [...], "format": "csv"|"geojson"}: exactly the events shown
GET /events/stream        server-sent events: each change of the store as it happens
GET /web/review           the analyst's review page (static/review.html; the API does the work)
GET /web/taxonomy         ACLED's event types with their sub-types and the store's actor names
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.routing import BaseRoute

from conflictwire.api.formats import to_csv, to_geojson
from conflictwire.api.guard import MAX_SEQ, content, errors
from conflictwire.store.db import Store
from conflictwire.taxonomy import EVENT_TYPES
from conflictwire.web.data import EventCache, actor_names, by_ids, compact, last_seq, with_texts

HERE = Path(__file__).parent
STATIC = HERE / "static"
BUILD = HERE / "build"
POLL_SECONDS = 0.5
HEARTBEAT_SECONDS = 15.0


class ExportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ids: list[Annotated[str, Field(max_length=100)]] = Field(max_length=200_000)
    format: Literal["csv", "geojson"] = "csv"


def mount(app: FastAPI, store: Store) -> None:
    """Add the dashboard to the API app. Its /events/stream route is put first so that
    /events/{id} does not take it."""
    cache = EventCache(store)
    before = len(app.router.routes)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/web/review", include_in_schema=False)
    def review_page() -> FileResponse:
        return FileResponse(STATIC / "review.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/web/taxonomy", tags=["dashboard"])
    def taxonomy() -> dict[str, Any]:
        """ACLED's event types and sub-types, and every actor name the store holds (for the
        review form's choices)."""
        return {"event_types": {k: list(v) for k, v in EVENT_TYPES.items()}, "actors": actor_names(store)}

    @app.get("/web/basemap.json", include_in_schema=False)
    def basemap() -> FileResponse:
        path = BUILD / "basemap.json"
        if not path.is_file():
            raise HTTPException(404, "base map not built: run `make setup` (npm packages + conflictwire.web.basemap)")
        return FileResponse(path, media_type="application/json", headers={"Cache-Control": "max-age=3600"})

    @app.get("/web/events.json", tags=["dashboard"])
    def all_events() -> Response:
        """Every merged event as {columns, rows, seq}; follow /events/stream from seq on."""
        return Response(cache.body(), media_type="application/json", headers={"Cache-Control": "no-cache"})

    @app.get("/web/events/{cluster_id}", tags=["dashboard"], responses=errors(404))
    def event_with_texts(cluster_id: str) -> dict[str, Any]:
        """GET /events/{id} plus each report's text (evidence offsets point into it)."""
        cl = with_texts(store, cluster_id)
        if cl is None:
            raise HTTPException(404, f"no event {cluster_id}")
        return cl

    @app.post("/web/export", tags=["dashboard"], responses={**content("text/csv", "application/geo+json"), **errors(400, 413)})
    def export(body: ExportIn) -> Response:
        """The given events as CSV (ACLED columns) or GeoJSON, in the order given."""
        rows = by_ids(store, body.ids)
        if body.format == "geojson":
            return Response(to_geojson(rows), media_type="application/geo+json",
                            headers={"Content-Disposition": 'attachment; filename="conflictwire-events.geojson"'})
        return Response(to_csv(rows), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="conflictwire-events.csv"'})

    @app.get("/events/stream", tags=["dashboard"], responses=content("text/event-stream"))
    async def stream(request: Request, since: Annotated[int | None, Query(ge=0, le=MAX_SEQ)] = None,
                     last_event_id: Annotated[str | None, Header()] = None) -> StreamingResponse:
        """Server-sent events: one `change` event per entry of the change log after `since`
        (or the Last-Event-ID header; without either, from now), with the changed event as
        it now is (`event` is null when it was deleted)."""
        start = since
        if last_event_id and last_event_id.strip().isdigit() and int(last_event_id) <= MAX_SEQ:
            start = int(last_event_id.strip())
        if start is None:
            start = await run_in_threadpool(last_seq, store)
        return StreamingResponse(_events(request, store, start), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # the new routes go before the API's, so that /events/stream wins over /events/{id}
    ours: list[BaseRoute] = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[0:0] = ours


def _changed(store: Store, since: int) -> list[dict[str, Any]]:
    out = []
    for ch in store.changes(since, limit=200):
        cid = ch.get("cluster_id")
        row = by_ids(store, [cid]) if cid else []
        shown = row and row[0].get("review") != "rejected"  # a rejected event leaves the dashboard as a deleted one
        out.append({"seq": ch["seq"], "kind": ch["kind"], "cluster_id": cid,
                    "event": compact(row[0]) if shown else None})
    return out


async def _events(request: Request, store: Store, since: int) -> AsyncIterator[str]:
    yield "retry: 2000\n: conflictwire change stream\n\n"
    idle = 0.0
    while True:
        if await request.is_disconnected():
            return
        batch = await run_in_threadpool(_changed, store, since)
        for ch in batch:
            since = ch["seq"]
            yield f"id: {since}\nevent: change\ndata: {json.dumps(ch, separators=(',', ':'), default=str)}\n\n"
        if batch:
            idle = 0.0
            continue
        await asyncio.sleep(POLL_SECONDS)
        idle += POLL_SECONDS
        if idle >= HEARTBEAT_SECONDS:
            idle = 0.0
            yield ": keep-alive\n\n"
