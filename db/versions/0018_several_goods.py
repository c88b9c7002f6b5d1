"""a service whose voucher names several goods or services together (DM 25/3/2016 art. 6
c. 3), which caps its value at € 258,23

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 00:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service") as batch_op:
        batch_op.add_column(
            sa.Column("several_goods", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("service") as batch_op:
        batch_op.drop_column("several_goods")
