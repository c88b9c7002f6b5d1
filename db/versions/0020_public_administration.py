"""an employer that is a public administration (art. 1 c. 2 D.Lgs. 165/2001), whose
smart-working communications are due by the 20th of the following month

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04 03:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch_op:
        batch_op.add_column(
            sa.Column(
                "public_administration", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("organization") as batch_op:
        batch_op.drop_column("public_administration")
