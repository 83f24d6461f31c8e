"""Trends over HTTP: counts per group and week or month (GET /trends), and the escalation
baseline for one week (GET /trends/escalations).

Both take the /events filters. `near` narrows to its bounding box here (the counts are made
in SQL, where the exact radius is not); on /trends/escalations `from` and `to` are refused,
since `week` sets the window the model reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from conflictwire.api.guard import content, errors
from conflictwire.store.db import EventFilter, Store
from conflictwire.trends import aggregate

By = Literal["country", "admin1", "admin2", "actor1"]


def router(st: Store, filters: Callable[..., Any]) -> APIRouter:
    r = APIRouter(tags=["trends"])

    @r.get("/trends", responses={**content("application/json", "text/csv"), **errors(422)})
    def trends(
        f: tuple[EventFilter, Any] = Depends(filters),
        by: Annotated[By, Query(description="the group: admin1 and admin2 are keyed with their country")] = "country",
        interval: Annotated[Literal["week", "month"], Query(description="ISO week (from Monday) or month")] = "week",
        format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
    ) -> Response:
        """Per group and period (named by its first day): events, fatalities and events by type.
        Periods without events are left out."""
        rows = aggregate.store_periods(st, f[0], by, interval)
        if format == "csv":
            return Response(aggregate.to_csv(rows, by), media_type="text/csv")
        body = {"by": by, "interval": interval, "periods": rows}
        # (plain dicts and lists: no cycle to look for, ~10% of encoding 8,000 periods)
        return Response(json.dumps(body, default=str, check_circular=False), media_type="application/json")

    @r.get("/trends/escalations", responses=errors(422))
    def escalations(
        f: tuple[EventFilter, Any] = Depends(filters),
        by: Annotated[By, Query()] = "admin1",
        week: Annotated[str | None, Query(description="a day of the week to judge (YYYY-MM-DD); default: the "
                                          "latest complete week", pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] = None,
    ) -> dict[str, Any]:
        """For each group with events in the week or the model's window before it: the week's
        events, the expected count, the upper bound and whether it is above (and the same for
        fatalities). The model: trends/baseline.py (negative-binomial posterior predictive
        of the 26 weeks before, 5% false-alarm rate, at least 3 events)."""
        flt = f[0]
        if flt.since or flt.until:
            raise HTTPException(422, "from/to do not apply here: give week=YYYY-MM-DD")
        try:
            day = date.fromisoformat(week) if week else None
        except ValueError:
            raise HTTPException(422, "week must be a date YYYY-MM-DD") from None
        return aggregate.escalations(st, flt, by, day)

    return r
