"""The store's tables, one SQLAlchemy Core schema for SQLite and PostgreSQL.

articles   one row per ingested report (canonical URL or text hash is its identity)
events     the events extracted from an article, every ACLED field, evidence and tolls as JSON
clusters   one real-world event: the reconciled fields of the events that report it
members    which event belongs to which cluster, and why it was joined
trend_days the trends rollup: events and fatalities of clusters per name and segment of a
           week in a month, by event type, kept by triggers on clusters (store/rollup.py)
api_keys   hashed keys with their role: reader, analyst or admin (writes need one)
changes    the living dataset's log: inserts, updates, merges, splits, deletes, analysts'
           corrections and verdicts; each with the fields it changed (old and new values)
corrections  the fields an analyst corrected, locked at the analyst's value

subscriptions  what an API key wants to be alerted about, and where to deliver it
outbox         one row per alert, written in the transaction of the change that causes it
deliveries     one row per alert and channel (webhook, email): pending, delivered or dead
feeds          a watched feed's HTTP validators (ETag, Last-Modified)
feed_items     the items of a watched feed already ingested (marked in the ingest's transaction)

backfill_partitions  a backfill's committed partitions (identity: input, range, content hash),
                     written in the transaction of the partition's articles and events
backfill_errors      documents a backfill could not read or extract, with the reason
backfill_pending     events a backfill stored but has not clustered yet (its de-duplication pass)
Times used for scheduling are epoch seconds (floats): the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
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
    Column("review", String(12)),  # None (unreviewed), confirmed, rejected
    Column("reviewed_by", String(120)),  # the key's name
    Column("reviewed_at", DateTime(timezone=True)),
    Index("clusters_date", "event_date"),
    Index("clusters_place", "country", "admin1"),
)

trend_days = Table(  # the key columns hold '' for no name: a unique key treats NULLs as distinct
    "trend_days", metadata,
    Column("grain", String(8), primary_key=True),  # the names kept: country, admin1, admin2, actor1 (rollup.py)
    Column("country", String(80), primary_key=True),
    Column("admin1", String(120), primary_key=True),
    Column("admin2", String(120), primary_key=True),
    Column("actor1", String(200), primary_key=True),
    Column("week", Date, primary_key=True),  # the segment: the days of one week (its Monday) in
    Column("month", Date, primary_key=True),  # one month (its 1st)
    Column("candidate", Boolean, primary_key=True),  # confidence below the threshold
    Column("rejected", Boolean, primary_key=True),  # an analyst rejected the events
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("events", Integer, nullable=False),
    Column("fatalities", BigInteger, nullable=False),
    Column("types", Text, nullable=False),  # JSON: events by event type ({"Battles": 3, ...})
    Column("deaths", Text, nullable=False),  # JSON: fatalities by event type, none for 0
    sqlite_with_rowid=False,  # rows stored in key order: a grain is read as one range
    # room in each page for an upserted row's new version, which PostgreSQL then writes without
    # a new index entry (a heap-only tuple): 3/4 of the updates of a 300,000-event fill against
    # 1/4 at 100, and a table of 43 MB against 62 MB (the time was the same)
    postgresql_with={"fillfactor": 70},
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
    Column("role", String(16), nullable=False, server_default="analyst"),  # reader, analyst, admin
    Column("revoked_at", DateTime(timezone=True)),
)

changes = Table(
    "changes", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),  # insert, update, merge, split, delete, correct, review
    Column("cluster_id", String(32)),
    Column("article_id", Integer),
    Column("detail", JSON, nullable=False),
    Index("changes_at", "at"),
)

EVENT_FIELDS = [c.name for c in _EVENT_COLUMNS]

corrections = Table(
    "corrections", metadata,
    Column("cluster_id", String(32), ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("value", JSON),  # the analyst's value: reports merged later never overwrite it
    Column("by", String(120), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("comment", Text),
)

subscriptions = Table(
    "subscriptions", metadata,
    Column("id", String(32), primary_key=True),
    Column("key_id", Integer, ForeignKey("api_keys.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("filters", JSON, nullable=False),  # countries, admin1, near, actors, types, min_fatalities
    Column("on_new_source", Boolean, nullable=False),
    Column("on_toll_change", Boolean, nullable=False),
    Column("webhook_url", Text),
    Column("webhook_secret", String(80)),
    Column("email", String(320)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("subscriptions_key", "key_id"),
)

outbox = Table(
    "outbox", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # the SSE event id
    Column("subscription_id", String(32), ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False),
    Column("cluster_id", String(32), nullable=False),
    Column("reason", String(16), nullable=False),  # new, source, toll, updated
    Column("idempotency_key", String(120), nullable=False, unique=True),
    Column("payload", JSON, nullable=False),  # the event and its sources as they were
    Column("created", Float, nullable=False),
    Index("outbox_sub", "subscription_id", "seq"),
    Index("outbox_sub_cluster", "subscription_id", "cluster_id"),
)

deliveries = Table(
    "deliveries", metadata,
    Column("outbox_seq", Integer, ForeignKey("outbox.seq", ondelete="CASCADE"), primary_key=True),
    Column("channel", String(16), primary_key=True),  # webhook, email
    Column("status", String(12), nullable=False),  # pending, delivered, dead
    Column("attempts", Integer, nullable=False),
    Column("next_attempt", Float, nullable=False),
    Column("lease_until", Float),  # a worker holds it until then
    Column("last_error", Text),
    Column("delivered", Float),
    Index("deliveries_due", "status", "next_attempt"),
)

feeds = Table(
    "feeds", metadata,
    Column("url", String(2000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("polled", Float),
)

feed_items = Table(
    "feed_items", metadata,
    Column("feed_url", String(2000), primary_key=True),
    Column("item_key", String(64), primary_key=True),  # hash of the entry's id or link
    Column("seen", Float, nullable=False),
    Column("article_id", Integer),
    Column("error", Text),
)

backfill_partitions = Table(
    "backfill_partitions", metadata,
    Column("key", String(64), primary_key=True),  # sha256 of kind, input, range and content hash
    Column("kind", String(8), nullable=False),  # jsonl, files, warc
    Column("path", Text, nullable=False),
    Column("start", BigInteger, nullable=False),  # byte offset (jsonl, warc) or file index (files)
    Column("stop", BigInteger, nullable=False),
    Column("digest", String(64), nullable=False),  # sha256 of the partition's bytes
    Column("docs", Integer, nullable=False),
    Column("events", Integer, nullable=False),
    Column("errors", Integer, nullable=False),
    Column("committed_at", DateTime(timezone=True), nullable=False),
)

backfill_errors = Table(
    "backfill_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("partition_key", String(64), nullable=False),
    Column("source", Text, nullable=False),  # the document: file, line, WARC record
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("backfill_errors_partition", "partition_key"),
)

backfill_pending = Table(
    "backfill_pending", metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", Integer, nullable=False),
    Column("idx", Integer, nullable=False),  # the event's rank in its report: clustering order
    Index("backfill_pending_order", "article_id", "idx"),
)
