"""a worker disabled under art. 1 L. 68/1999, recorded as certified, for the employer's
90 days of notice (art. 19 c. 1 L. 81/2017)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("worker") as batch_op:
        batch_op.add_column(sa.Column("l68", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("worker") as batch_op:
        batch_op.drop_column("l68")
