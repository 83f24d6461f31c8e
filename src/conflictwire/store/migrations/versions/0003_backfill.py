"""Backfill at scale: committed partitions, the error list, events awaiting de-duplication."""

from __future__ import annotations

from alembic import op

from conflictwire.store.schema import metadata

revision = "0003"
down_revision = "0002"

TABLES = ["backfill_partitions", "backfill_errors", "backfill_pending"]


def upgrade() -> None:
    metadata.create_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])


def downgrade() -> None:
    metadata.drop_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])
