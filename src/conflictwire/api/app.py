"""The REST API (`conflictwire serve`): merged events to read, reports to post, a change log.

Reads are open; writes need an API key (`conflictwire keys create NAME --role …`) as
`Authorization: Bearer …`: any key may subscribe (reader), posting reports, splitting,
correcting and judging events take an analyst's (analyst, admin).
"""

from __future__ import annotations

import math
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Response
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, model_validator

from conflictwire.alerts.delivery import Deliverer
from conflictwire.alerts.outbox import NEW_ALERTS
from conflictwire.api.alerts import router as alerts_router
from conflictwire.api.formats import atom_feed, to_csv, to_geojson
from conflictwire.api.guard import (
    MAX_COUNT,
    MAX_SEQ,
    NEED_KEY,
    TEXT_PATTERN,
    Guard,
    RateLimit,
    bearer,
    content,
    errors,
    install,
)
from conflictwire.api.review import router as review_router
from conflictwire.api.trends import router as trends_router
from conflictwire.geo.resolve import km
from conflictwire.ingest import InputError
from conflictwire.ingest.fetch import MAX_BYTES
from conflictwire.ingest.files import make_article
from conflictwire.store.db import EventFilter, Store
from conflictwire.store.ingest import ingest, split
from conflictwire.web.routes import mount as mount_dashboard


def _iso_date(value: object) -> object:
    # a date is a YYYY-MM-DD string: pydantic's lax mode would read 0 as 1970-01-01
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})]
Word = Annotated[str | None, Query(max_length=200, pattern=TEXT_PATTERN)]
MAX_BODY = MAX_BYTES + 2**20  # one report at the document cap, with room for its JSON


class ReportIn(BaseModel):
    """A report to extract and store: its text, its HTML, or a URL to fetch."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"anyOf": [{"required": ["text"]}, {"required": ["html"]},
                                                           {"required": ["url"]}]})

    text: str | None = Field(None, examples=["Des hommes armés ont tué six soldats dimanche près de Djibo."])
    html: str | None = None
    url: str | None = Field(None, examples=["https://example.org/story"])
    published: IsoDate | None = Field(None, examples=["2024-05-06"])
    language: str | None = Field(None, pattern="^(en|fr)$")
    country: str | None = Field(None, description="the source's country (name or ISO code), used when the text names none",
                                examples=["Burkina Faso"])
    id: str | None = Field(None, max_length=500)

    @model_validator(mode="after")
    def _one_source(self) -> ReportIn:
        if not (self.text or self.html or self.url):
            raise ValueError("give text, html or url")
        if len(self.text or "") + len(self.html or "") > MAX_BYTES:
            raise ValueError(f"report over the {MAX_BYTES // 2**20} MB cap")
        return self


class SplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_id: str = Field(max_length=100)


def create_app(store: Store | None = None, db: str | None = None, private_reads: bool = False,
               deliverer: Deliverer | None = None, max_body: int = MAX_BODY,
               writes_per_minute: float = 600, write_burst: int = 300) -> FastAPI:
    """The API over a store. With a `deliverer`, alerts are also sent from this process while
    it serves (reports posted here cause alerts too)."""
    st = store or Store(db)

    def writer(authorization: Annotated[str | None, Header()] = None) -> None:
        # posting reports and splitting events is an analyst's work (keys made before roles are analysts)
        info = st.key_info(bearer(authorization))
        if info is None:
            raise HTTPException(401, NEED_KEY, headers={"WWW-Authenticate": "Bearer"})
        if not info.can("analyst"):
            raise HTTPException(403, f"a {info.role} key may not do this: it needs an analyst key")

    def reader(authorization: Annotated[str | None, Header()] = None,
               key: Annotated[str | None, Query(max_length=200)] = None) -> None:
        if private_reads and not st.check_key(bearer(authorization) or key):
            raise HTTPException(401, NEED_KEY, headers={"WWW-Authenticate": "Bearer"})

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        worker = threading.Thread(target=deliverer.run, args=(stop,), daemon=True) if deliverer else None
        if worker:
            worker.start()
        yield
        stop.set()
        NEW_ALERTS.set()
        if worker:
            worker.join(timeout=15)

    app = FastAPI(title="conflictwire", version="0.1", description=__doc__, dependencies=[Depends(reader)], lifespan=lifespan,
                  responses=errors(401, 422) if private_reads else errors(422))
    app.add_middleware(Guard, check_key=st.check_key, max_body=max_body, public=frozenset({"/web/export"}),
                       private_reads=private_reads, rate_limit=RateLimit(writes_per_minute, write_burst))
    install(app)
    app.include_router(alerts_router(st))
    mount_dashboard(app, st)

    def filters(
        country: Word = None, admin1: Word = None, event_type: Word = None,
        sub_event_type: Word = None, actor: Word = None,
        min_fatalities: Annotated[int | None, Query(ge=0, le=MAX_COUNT)] = None,
        q: Word = None,
        since: Annotated[IsoDate | None, Query(alias="from")] = None,
        until: Annotated[IsoDate | None, Query(alias="to")] = None,
        bbox: Annotated[str | None, Query(description="west,south,east,north", examples=["-5.5,12,2.5,16"],
                                          pattern=_numbers(4))] = None,
        near: Annotated[str | None, Query(description="lat,lon,km", examples=["14.1,-1.6,50"], pattern=_numbers(3))] = None,
        candidates: Annotated[bool, Query(description="also events below the confidence threshold, flagged 'candidate'")] = False,
        include_rejected: Annotated[bool, Query(description="also events an analyst rejected")] = False,
    ) -> tuple[EventFilter, tuple[float, float, float] | None]:
        box = _floats(bbox, 4, "bbox") if bbox else None
        centre = _floats(near, 3, "near") if near else None
        if centre:
            lat, lon, radius = centre
            dlat = radius / 111.0
            dlon = radius / (111.0 * max(math.cos(math.radians(lat)), 0.01))
            box = (lon - dlon, lat - dlat, lon + dlon, lat + dlat)
        f = EventFilter(country, admin1, event_type, sub_event_type, actor, since, until, min_fatalities,
                        (box[0], box[1], box[2], box[3]) if box else None, q, candidates, include_rejected)
        return f, (centre[0], centre[1], centre[2]) if centre else None

    app.include_router(review_router(st, filters))
    app.include_router(trends_router(st, filters))

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"ok": True, "database": st.url.split("://")[0]}

    @app.get("/events", responses=content("application/json", "text/csv", "application/geo+json"))
    def list_events(
        f: tuple[EventFilter, tuple[float, float, float] | None] = Depends(filters),
        cursor: Annotated[str | None, Query(max_length=100, pattern=TEXT_PATTERN)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        format: Annotated[str, Query(pattern="^(json|geojson|csv)$")] = "json",
    ) -> Response:
        flt, centre = f
        rows = st.clusters(flt, after=cursor, limit=limit)
        if centre:
            rows = [r for r in rows if r["latitude"] is not None and km(centre[0], centre[1], r["latitude"], r["longitude"]) <= centre[2]]
        nxt = rows[-1]["id"] if len(rows) == limit else None
        if format == "csv":
            return Response(to_csv(rows), media_type="text/csv")
        if format == "geojson":
            return Response(to_geojson(rows), media_type="application/geo+json")
        import json

        return Response(json.dumps({"events": rows, "next_cursor": nxt}, default=str), media_type="application/json")

    @app.get("/events/{cluster_id}", responses=errors(404))
    def get_event(cluster_id: str) -> dict[str, Any]:
        cl = st.cluster(cluster_id)
        if cl is None:
            raise HTTPException(404, f"no event {cluster_id}")
        return cl

    @app.post("/events/{cluster_id}/split", dependencies=[Depends(writer)], responses=errors(400, 401, 403, 404, 413, 429))
    def split_event(cluster_id: str, body: SplitIn) -> dict[str, str]:
        try:
            return {"cluster_id": split(st, cluster_id, body.event_id)}
        except KeyError as e:
            raise HTTPException(404, str(e.args[0])) from None

    @app.post("/reports", dependencies=[Depends(writer)], status_code=201, responses=errors(400, 401, 403, 413, 429))
    def post_report(body: ReportIn) -> dict[str, Any]:
        if body.url and not (body.text or body.html):
            from conflictwire.ingest.files import iter_inputs

            items = list(iter_inputs([body.url], published=body.published, language=body.language, country=body.country))
        else:
            kind: Literal["text", "html"] = "html" if body.html else "text"
            try:
                items = [make_article(body.id or "api", body.html or body.text or "", kind=kind, doc_id=body.id,
                                      published=body.published, url=body.url, language=body.language,
                                      country=body.country)]
            except InputError as e:
                raise HTTPException(422, str(e)) from None
        bad = [i for i in items if isinstance(i, InputError)]
        if bad:
            raise HTTPException(422, str(bad[0]))
        summary = ingest(st, items)
        produced = [st.cluster(cid) for cid in dict.fromkeys(summary.clusters)]
        return {"new": summary.new, "updated": summary.updated, "unchanged": summary.unchanged,
                "events": [c for c in produced if c is not None]}

    @app.get("/changes")
    def get_changes(since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict[str, Any]:
        rows = st.changes(since, limit)
        return {"changes": rows, "last": rows[-1]["seq"] if rows else since}

    @app.get("/feed.atom", responses=content("application/atom+xml"))
    def feed(
        f: tuple[EventFilter, tuple[float, float, float] | None] = Depends(filters),
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> Response:
        return Response(atom_feed(st.clusters(f[0], limit=limit)), media_type="application/atom+xml")

    return app


def _numbers(n: int) -> str:
    number = r"-?[0-9]{1,5}(\.[0-9]{1,8})?"
    return rf"^{number}(,{number}){{{n - 1}}}$"


def _floats(value: str, n: int, name: str) -> tuple[float, ...]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        raise HTTPException(422, f"{name} must be {n} comma-separated numbers") from None
    if len(parts) != n or not all(math.isfinite(x) for x in parts):
        raise HTTPException(422, f"{name} must be {n} comma-separated numbers")
    return parts
