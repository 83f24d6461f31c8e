"""The store's tables, one SQLAlchemy Core schema for SQLite and PostgreSQL.

articles   one row per ingested report (canonical URL or text hash is its identity)
events     the events extracted from an article, every ACLED field, evidence and tolls as JSON
clusters   one real-world event: the reconciled fields of the events that report it
members    which event belongs to which cluster, and why it was joined
api_keys   hashed keys (writes need one)
changes    the living dataset's log: inserts, updates, merges, splits, deletes
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), nullable=False),
    Column("url", Text),
    Column("canonical_url", Text),
    Column("outlet", String(200)),
    Column("published", Date),
    Column("language", String(8)),
    Column("text_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("articles_canonical_url", "canonical_url"),
    Index("articles_text_hash", "text_hash"),
)

_EVENT_COLUMNS: list[Column[Any]] = [
    Column("event_date", Date), Column("time_precision", Integer),
    Column("event_type", String(60), nullable=False), Column("sub_event_type", String(60), nullable=False),
    Column("actor1", String(200)), Column("assoc_actor_1", String(200)), Column("inter1", Integer),
    Column("actor2", String(200)), Column("assoc_actor_2", String(200)), Column("inter2", Integer),
    Column("country", String(80)), Column("iso3", String(3)), Column("admin1", String(120)),
    Column("admin2", String(120)), Column("location", String(200)), Column("latitude", Float),
    Column("longitude", Float), Column("geo_precision", Integer), Column("geonames_id", Integer),
    Column("fatalities", Integer), Column("fatalities_low", Integer), Column("fatalities_high", Integer),
    Column("claimed_by", String(200)), Column("weapons", JSON), Column("outcome", String(60)),
    Column("confidence", Float),
]

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),  # the extractor's event_id
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    *_EVENT_COLUMNS,
    Column("evidence", JSON, nullable=False),
    Column("tolls", JSON, nullable=False),
    Index("events_article", "article_id"),
)

clusters = Table(
    "clusters", metadata,
    Column("id", String(32), primary_key=True),
    *[c._copy() for c in _EVENT_COLUMNS],
    Column("sources", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("clusters_date", "event_date"),
    Index("clusters_place", "country", "admin1"),
)

members = Table(
    "members", metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(32), ForeignKey("clusters.id", ondelete="CASCADE"), nullable=False),
    Column("reason", Text, nullable=False),  # why this event joined (or founded) the cluster
    Index("members_cluster", "cluster_id"),
)

api_keys = Table(
    "api_keys", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

changes = Table(
    "changes", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),  # insert, update, merge, split, delete
    Column("cluster_id", String(32)),
    Column("article_id", Integer),
    Column("detail", JSON, nullable=False),
    Index("changes_at", "at"),
)

EVENT_FIELDS = [c.name for c in _EVENT_COLUMNS]
