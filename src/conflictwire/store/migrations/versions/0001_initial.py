"""The first schema: articles, events, clusters, members, API keys, change log.

The baseline creates the tables as schema.py describes them at this revision; later revisions
alter them step by step.
"""

from __future__ import annotations

from alembic import op

from conflictwire.store.schema import metadata

revision = "0001"
down_revision = None


TABLES = ["articles", "events", "clusters", "members", "api_keys", "changes"]


def upgrade() -> None:
    metadata.create_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])


def downgrade() -> None:
    metadata.drop_all(bind=op.get_bind(), tables=[metadata.tables[t] for t in TABLES])
