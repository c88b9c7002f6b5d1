"""the store's secret for the cell key method, made with the store and never rolled back

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04 15:00:00
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

KEY = "disclosure_secret"


def upgrade() -> None:
    # A store that already printed reports keeps its secret: the noise stays the same.
    meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    found = op.get_bind().execute(sa.select(meta.c.value).where(meta.c.key == KEY)).first()
    if found is None:
        op.bulk_insert(meta, [{"key": KEY, "value": secrets.token_hex(32)}])


def downgrade() -> None:
    pass  # the secret stays: a later upgrade keeps the same noise
