"""a withdrawal from an agreement in force takes effect after its notice

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 11:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("smart_working_request") as batch_op:
        batch_op.add_column(sa.Column("withdrawal_effective_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("smart_working_request") as batch_op:
        batch_op.drop_column("withdrawal_effective_on")
