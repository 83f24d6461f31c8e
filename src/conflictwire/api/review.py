"""Analyst review over HTTP: correct an event's fields (PATCH), give a verdict, read an
event's history, and the queue of events waiting for review.

Roles come with the key (`conflictwire keys create NAME --role reader|analyst|admin`): no key
is 401, a key whose role is too low is 403. Reading an event's history is open like every
read; correcting, judging and the queue are for analysts (and admins).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from conflictwire.api.guard import MAX_COUNT, NEED_KEY, TEXT_PATTERN, bearer, errors
from conflictwire.store import review
from conflictwire.store.db import EventFilter, KeyInfo, Store

Text = Annotated[str | None, Field(max_length=200, pattern=TEXT_PATTERN)]
Count = Annotated[int | None, Field(ge=0, le=MAX_COUNT)]
Comment = Annotated[str | None, Field(max_length=2000)]


class CorrectionIn(BaseModel):
    """The ACLED fields to set (any of them; null clears one) and why. Fields left out are
    left alone; every field set is locked at this value."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1})

    event_type: Text = None
    sub_event_type: Text = None
    actor1: Text = None
    assoc_actor_1: Text = None
    inter1: Annotated[int | None, Field(ge=1, le=8)] = None
    actor2: Text = None
    assoc_actor_2: Text = None
    inter2: Annotated[int | None, Field(ge=1, le=8)] = None
    country: Text = None
    admin1: Text = None
    admin2: Text = None
    location: Text = None
    latitude: Annotated[float | None, Field(ge=-90, le=90)] = None
    longitude: Annotated[float | None, Field(ge=-180, le=180)] = None
    geo_precision: Annotated[int | None, Field(ge=1, le=3)] = None
    event_date: date | None = None
    time_precision: Annotated[int | None, Field(ge=1, le=3)] = None
    fatalities: Count = None
    fatalities_low: Count = None
    fatalities_high: Count = None
    comment: Comment = None


class VerdictIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: Literal["confirmed", "rejected"]
    comment: Comment = None


def router(st: Store, filters: Callable[..., Any]) -> APIRouter:
    r = APIRouter(tags=["review"])

    def role(needed: str) -> Callable[..., KeyInfo]:
        def check(authorization: Annotated[str | None, Header()] = None) -> KeyInfo:
            info = st.key_info(bearer(authorization))
            if info is None:
                raise HTTPException(401, NEED_KEY, headers={"WWW-Authenticate": "Bearer"})
            if not info.can(needed):
                raise HTTPException(403, f"a {info.role} key may not do this: it needs an {needed} key")
            return info
        return check

    analyst = role("analyst")

    def invalid(e: review.ReviewError) -> JSONResponse:
        return JSONResponse({"detail": [{"loc": ["body", e.field], "msg": e.message, "type": "value_error"}]},
                            status_code=422)

    @r.patch("/events/{cluster_id}", responses=errors(400, 401, 403, 404, 413, 422, 429))
    def correct_event(cluster_id: str, body: CorrectionIn, who: KeyInfo = Depends(analyst)) -> Any:
        """Correct fields of an event; each one set is locked against later reports and re-extraction."""
        values = body.model_dump(exclude_unset=True)
        comment = values.pop("comment", None)
        if not values:
            raise HTTPException(422, "give at least one field to correct")
        try:
            review.correct(st, cluster_id, values, by=who.name, comment=comment)
        except KeyError:
            raise HTTPException(404, f"no event {cluster_id}") from None
        except review.ReviewError as e:
            return invalid(e)
        return st.cluster(cluster_id)

    @r.post("/events/{cluster_id}/review", responses=errors(400, 401, 403, 404, 413, 422, 429))
    def review_event(cluster_id: str, body: VerdictIn, who: KeyInfo = Depends(analyst)) -> Any:
        """Confirm or reject an event: a rejected one leaves /events, exports and alerts."""
        try:
            review.set_verdict(st, cluster_id, body.verdict, by=who.name, comment=body.comment)
        except KeyError:
            raise HTTPException(404, f"no event {cluster_id}") from None
        return st.cluster(cluster_id)

    @r.get("/events/{cluster_id}/history", responses=errors(404))
    def event_history(cluster_id: str) -> dict[str, Any]:
        """Every change of every field of the event: by extraction, merges and splits, analysts."""
        try:
            return {"event_id": cluster_id, "history": review.history(st, cluster_id)}
        except KeyError:
            raise HTTPException(404, f"no event {cluster_id}") from None

    @r.get("/review", responses=errors(401, 403))
    def review_queue(f: tuple[EventFilter, Any] = Depends(filters),
                     limit: Annotated[int, Query(ge=1, le=500)] = 50,
                     _: KeyInfo = Depends(analyst)) -> dict[str, Any]:
        """Events waiting for a verdict, least certain first, each with the fields in doubt."""
        return {"events": review.queue(st, f[0], limit)}

    return r
