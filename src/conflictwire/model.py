"""The records that flow through conflictwire: Article in, Event out, Span as evidence."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

# ACLED column order for CSV output (plus conflictwire's evidence-related extras at the end).
EVENT_FIELDS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonames_id",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "claimed_by",
    "weapons",
    "outcome",
)


class Span(BaseModel):
    """A character range of the article text that a field value came from."""

    start: int
    end: int
    text: str


class Article(BaseModel):
    """One document to extract from: cleaned text plus what we know about where it came from."""

    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    country: str | None = Field(default=None, description="the source's country (ISO2), when a feed or the user gives it: "
                                "used only when the text names none")
    dropped: list[str] = Field(default_factory=list, description="boilerplate lines removed")

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        key = url or " ".join(text.split()).lower()
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class TollMention(BaseModel):
    """One toll the report gives for an event, as said: the event's fatalities are reduced
    from these (see the README's coding notes)."""

    start: int
    end: int
    text: str
    kind: str  # killed, wounded, missing, abducted, displaced, killed_or_wounded
    side: str  # attackers, forces, civilians, militia, unknown
    source: str  # army, government, locals, claim, medical, ngo_un, report
    value: int | None = None
    low: int | None = None
    high: int | None = None
    revision: bool = False


class Event(BaseModel):
    """One ACLED-style event with the evidence span of every filled field."""

    doc_id: str
    event_id: str
    event_date: date | None = None
    time_precision: int | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonames_id: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    claimed_by: str | None = None
    weapons: list[str] = Field(default_factory=list)
    outcome: str | None = None
    evidence: dict[str, list[Span]] = Field(default_factory=dict)
    tolls: list[TollMention] = Field(default_factory=list)
    confidence: float = 0.5
    candidate: bool = False  # confidence below the threshold: stored, shown on request, never alerted
    background: bool = False
    reason: str | None = None

    def acled_row(self) -> dict[str, Any]:
        """Flat row in ACLED column order (lists joined with ';')."""
        row: dict[str, Any] = {"doc_id": self.doc_id, "event_id": self.event_id}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, list):
                value = ";".join(value)
            row[name] = value
        row["confidence"] = round(self.confidence, 2)
        row["candidate"] = self.candidate
        return row
