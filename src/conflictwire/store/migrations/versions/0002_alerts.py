"""Real-time alerts: subscriptions, the outbox and its deliveries, watched feeds and their items."""

from __future__ import annotations

from alembic import op

from conflictwire.store.schema import metadata

revision = "0002"
down_revision = "0001"

TABLES = ["subscriptions", "outbox", "deliveries", "feeds", "feed_items"]


def upgrade() -> None:
    metadata.create_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])


def downgrade() -> None:
    metadata.drop_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])
