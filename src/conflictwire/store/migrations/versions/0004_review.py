"""Analyst review: roles on API keys (existing keys become analysts: they could post reports
and split events, which is what an analyst does), verdicts on clusters, locked corrections.

Earlier revisions create their tables from schema.py as it is now, so on a new database the
columns may exist already: only the missing ones are added.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from conflictwire.store.schema import metadata

revision = "0004"
down_revision = "0003"

NEW_COLUMNS: dict[str, list[sa.Column[Any]]] = {
    "api_keys": [sa.Column("role", sa.String(16), nullable=False, server_default="analyst"),
                 sa.Column("revoked_at", sa.DateTime(timezone=True))],
    "clusters": [sa.Column("review", sa.String(12)), sa.Column("reviewed_by", sa.String(120)),
                 sa.Column("reviewed_at", sa.DateTime(timezone=True))],
}


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table, columns in NEW_COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for column in columns:
            if column.name not in have:
                op.add_column(table, column)
    metadata.create_all(bind=bind, tables=[metadata.tables["corrections"]])


def downgrade() -> None:
    metadata.drop_all(bind=op.get_bind(), tables=[metadata.tables["corrections"]])
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column.name)
