"""Subscriptions: what an API key wants to hear about, and a fast matcher for new events.

A subscription belongs to the key that made it; every read or delete names that key, so a
key never sees another's subscriptions. Filters are ANDed; within a list, any value matches.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)
from sqlalchemy import Connection, delete, func, select

from conflictwire.geo.resolve import km
from conflictwire.store.db import Store, now
from conflictwire.store.schema import subscriptions
from conflictwire.taxonomy import EVENT_TYPES, SUB_TO_TYPE


class Near(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    km: float = Field(gt=0, le=5000)


Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]


class SubscriptionIn(BaseModel):
    """A subscription as a client sends it. Empty lists and nulls mean 'any'."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, examples=["Mopti team, 50 km"])
    kind: Literal["events", "escalation"] = Field(
        "events", description="events: an alert per matching event; escalation: an alert when an area's week "
                              "breaks out of its usual range (trends/baseline.py), for the areas in countries/admin1")
    countries: list[Name] = Field(default_factory=list, max_length=300, examples=[["Mali"]])
    admin1: list[Name] = Field(default_factory=list, max_length=1000, examples=[["Mopti"]])
    near: Near | None = None
    actors: list[Name] = Field(default_factory=list, max_length=200, description="any actor whose name contains one of these",
                               examples=[["JNIM"]])
    event_types: list[Annotated[str, Field(json_schema_extra={"enum": sorted(EVENT_TYPES)})]] = Field(
        default_factory=list, max_length=20)
    sub_event_types: list[Annotated[str, Field(json_schema_extra={"enum": sorted(SUB_TO_TYPE)})]] = Field(
        default_factory=list, max_length=50)
    min_fatalities: StrictInt | None = Field(None, ge=0, le=10_000_000)
    on_new_source: StrictBool = Field(False, description="alert again when another report of the event arrives")
    on_toll_change: StrictBool = Field(True, description="alert again when the event's toll changes")
    webhook_url: str | None = Field(None, max_length=2000, pattern=r"^https?://", examples=["https://example.org/hook"])
    # the same pattern in every regex dialect (a client's JavaScript too): no spaces, no control characters
    email: str | None = Field(None, max_length=320, pattern=r"^[^@\x00-\x20\x7f-\x9f]+@[^@\x00-\x20\x7f-\x9f]+$")

    @field_validator("event_types", "sub_event_types")
    @classmethod
    def _known_types(cls, v: list[str], info: ValidationInfo) -> list[str]:
        known = EVENT_TYPES if info.field_name == "event_types" else SUB_TO_TYPE
        bad = [t for t in v if t not in known]
        if bad:
            raise ValueError(f"unknown {(info.field_name or '').replace('_', ' ')} {bad}; known: {sorted(known)}")
        return v

    @model_validator(mode="after")
    def _escalation_areas_only(self) -> SubscriptionIn:
        if self.kind == "escalation" and (self.near or self.actors or self.event_types or self.sub_event_types
                                          or self.min_fatalities is not None):
            raise ValueError("an escalation subscription names areas only (countries, admin1)")
        return self

    def filters(self) -> dict[str, Any]:
        return self.model_dump(include={"kind", "countries", "admin1", "near", "actors", "event_types", "sub_event_types",
                                        "min_fatalities"})


@dataclass(frozen=True)
class Matcher:
    """One subscription's filters, compiled for matching thousands of events a second."""

    id: str
    countries: frozenset[str]
    admin1: frozenset[str]
    near: tuple[float, float, float] | None  # lat, lon, km
    actors: tuple[str, ...]
    event_types: frozenset[str]
    sub_event_types: frozenset[str]
    min_fatalities: int | None
    on_new_source: bool
    on_toll_change: bool
    channels: tuple[str, ...] = ()  # webhook, email: where its alerts go (SSE and Atom read the outbox)
    kind: str = "events"  # or escalation (alerts/escalation.py)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Matcher:
        f = row["filters"]
        near = f.get("near")
        return cls(
            id=row["id"],
            countries=frozenset(c.lower() for c in f.get("countries") or []),
            admin1=frozenset(a.lower() for a in f.get("admin1") or []),
            near=(near["lat"], near["lon"], near["km"]) if near else None,
            actors=tuple(a.lower() for a in f.get("actors") or []),
            event_types=frozenset(f.get("event_types") or []),
            sub_event_types=frozenset(f.get("sub_event_types") or []),
            min_fatalities=f.get("min_fatalities"),
            on_new_source=bool(row["on_new_source"]),
            on_toll_change=bool(row["on_toll_change"]),
            channels=tuple(c for c, on in (("webhook", row.get("webhook_url")), ("email", row.get("email"))) if on),
            kind=f.get("kind") or "events",
        )

    def matches(self, ev: dict[str, Any]) -> bool:
        """Does the event (a merged event's fields) pass every filter? Cheapest tests first."""
        if self.event_types and ev.get("event_type") not in self.event_types:
            return False
        if self.sub_event_types and ev.get("sub_event_type") not in self.sub_event_types:
            return False
        if self.min_fatalities is not None and (ev.get("fatalities") or 0) < self.min_fatalities:
            return False
        if self.countries and (ev.get("country") or "").lower() not in self.countries:
            return False
        if self.admin1 and (ev.get("admin1") or "").lower() not in self.admin1:
            return False
        if self.actors:
            names = " | ".join(str(ev.get(k) or "") for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")).lower()
            if not any(a in names for a in self.actors):
                return False
        if self.near:
            lat, lon = ev.get("latitude"), ev.get("longitude")
            if lat is None or lon is None or km(self.near[0], self.near[1], lat, lon) > self.near[2]:
                return False
        return True


# -- the library API (the CLI and the REST API are thin layers over these) -----------------
def create(store: Store, key_id: int, sub: SubscriptionIn) -> dict[str, Any]:
    """Store a subscription for the key; a webhook gets a fresh signing secret, returned here."""
    row = {
        "id": "sub_" + secrets.token_hex(8), "key_id": key_id, "name": sub.name, "filters": sub.filters(),
        "on_new_source": sub.on_new_source, "on_toll_change": sub.on_toll_change,
        "webhook_url": sub.webhook_url, "webhook_secret": "whsec_" + secrets.token_urlsafe(24) if sub.webhook_url else None,
        "email": sub.email, "created_at": now(),
    }
    with store.engine.begin() as conn:
        conn.execute(subscriptions.insert().values(**row))
    return public(row, with_secret=True)


def list_for_key(store: Store, key_id: int) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(subscriptions).where(subscriptions.c.key_id == key_id).order_by(subscriptions.c.created_at))
        return [public(dict(r._mapping)) for r in rows]


def get(store: Store, key_id: int, sub_id: str) -> dict[str, Any] | None:
    """The key's subscription, or None (also when it belongs to another key)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(subscriptions).where(subscriptions.c.id == sub_id, subscriptions.c.key_id == key_id)).first()
    return public(dict(row._mapping)) if row else None


def remove(store: Store, key_id: int, sub_id: str) -> bool:
    with store.engine.begin() as conn:
        done = conn.execute(delete(subscriptions).where(subscriptions.c.id == sub_id, subscriptions.c.key_id == key_id))
    return bool(done.rowcount)


_cache: dict[str, tuple[tuple[Any, ...], list[Matcher]]] = {}


def matchers(conn: Connection) -> list[Matcher]:
    """Every subscription, compiled; reloaded only when one was created or deleted (a
    subscription is never edited in place)."""
    version = tuple(conn.execute(select(func.count(), func.max(subscriptions.c.created_at), func.max(subscriptions.c.id))).one())
    where = str(conn.engine.url)
    hit = _cache.get(where)
    if hit and hit[0] == version:
        return hit[1]
    compiled = [Matcher.from_row(dict(r._mapping)) for r in conn.execute(select(subscriptions))]
    _cache[where] = (version, compiled)
    return compiled


def public(row: dict[str, Any], with_secret: bool = False) -> dict[str, Any]:
    """A subscription as the API shows it: filters flattened; the secret only when created."""
    out = {k: row[k] for k in ("id", "name", "on_new_source", "on_toll_change", "webhook_url", "email", "created_at")}
    out.update(row["filters"])
    if with_secret:
        out["webhook_secret"] = row["webhook_secret"]
    return out
