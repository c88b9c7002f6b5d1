"""each change in the journal carries what synchronisation needs: its hybrid logical
clock stamp (which names the site), the version of the record it was made on and the
schema it was written under

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-05 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # added, not filled: changes made before a desk could synchronise stay as they were
    with op.batch_alter_table("change_journal") as table:
        table.add_column(sa.Column("stamp", sa.String(64), nullable=True))
        table.add_column(sa.Column("base_version", sa.Integer(), nullable=True))
        table.add_column(sa.Column("schema_version", sa.String(12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_journal") as table:
        table.drop_column("schema_version")
        table.drop_column("base_version")
        table.drop_column("stamp")
