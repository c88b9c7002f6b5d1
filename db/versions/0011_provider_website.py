"""a provider's web site, for the QR codes of the handout and the path summary

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 19:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch_op:
        batch_op.add_column(sa.Column("website", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organization") as batch_op:
        batch_op.drop_column("website")
