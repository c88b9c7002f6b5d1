"""the cell key method a store prints with, fixed once: a store that already holds
people keeps the first table (ckm-1), since its counts may have left under it; a new
store takes the current one (ckm-2)

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-04 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

KEY = "disclosure_method"


def upgrade() -> None:
    # The same cell printed under two tables, from the same key, gives pairs of numbers
    # that only one small count can make: a store never changes table once it printed.
    bind = op.get_bind()
    meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    if bind.execute(sa.select(meta.c.value).where(meta.c.key == KEY)).first() is not None:
        return
    worker = sa.table("worker", sa.column("id"))
    issued = sa.table("issued_report", sa.column("id"))
    used = any(
        bind.execute(sa.select(table.c.id).limit(1)).first() is not None
        for table in (worker, issued)
    )
    op.bulk_insert(meta, [{"key": KEY, "value": "ckm-1" if used else "ckm-2"}])


def downgrade() -> None:
    pass  # the method stays: a later upgrade must print with the same table
