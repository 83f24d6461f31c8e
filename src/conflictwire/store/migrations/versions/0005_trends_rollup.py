"""The trends rollup: `trend_days` (events and fatalities per name, event type and segment of
a week in a month) and the triggers on `clusters` that keep it, filled from the clusters stored.

Only what is missing is created: the table may exist (a database made from schema.py as it is
now); the triggers are replaced by this release's (store/rollup.py).
"""

from __future__ import annotations

from alembic import op

from conflictwire.store import rollup
from conflictwire.store.schema import metadata

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind=bind, tables=[metadata.tables["trend_days"]])
    rollup.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    rollup.uninstall(bind)
    metadata.drop_all(bind=bind, tables=[metadata.tables["trend_days"]])
