"""an adopted or fostered child's entry into the family, from which maternity counts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 23:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("household_member") as batch_op:
        batch_op.add_column(sa.Column("entered_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("household_member") as batch_op:
        batch_op.drop_column("entered_on")
