"""the leave for an oncological or chronic disabling illness (L. 106/2025), after which
the worker has priority for smart working

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 00:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("worker") as batch_op:
        batch_op.add_column(sa.Column("illness_leave_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("illness_leave_until", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("worker") as batch_op:
        batch_op.drop_column("illness_leave_until")
        batch_op.drop_column("illness_leave_from")
