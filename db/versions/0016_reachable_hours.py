"""the hours a smart worker can be reached, which the agreement states (art. 18 c. 1
L. 81/2017)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 01:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("smart_working_request") as batch_op:
        batch_op.add_column(sa.Column("reachable_hours", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("smart_working_request") as batch_op:
        batch_op.drop_column("reachable_hours")
