"""who the worker actually cares for, and the attendance allowance (L. 205/2017 c. 255)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 00:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("household_member") as batch_op:
        batch_op.add_column(
            sa.Column("cared_for", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column(
                "attendance_allowance", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("household_member") as batch_op:
        batch_op.drop_column("attendance_allowance")
        batch_op.drop_column("cared_for")
