"""an administrator who also follows workers: a small programme's one account

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 04:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operator") as batch_op:
        batch_op.add_column(
            sa.Column("also_manager", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("operator") as batch_op:
        batch_op.drop_column("also_manager")
