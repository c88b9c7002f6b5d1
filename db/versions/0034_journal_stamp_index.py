"""the journal's stamps compared in byte order on PostgreSQL and indexed: each new stamp
is made after the store's newest, whichever desk made it

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-05 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # a locale's collation may skip the dots: the stamp's text sorts as the stamps do
        # only byte by byte
        op.alter_column(
            "change_journal",
            "stamp",
            type_=sa.String(64, collation="C"),
            existing_type=sa.String(64),
            existing_nullable=True,
        )
    op.create_index("ix_change_journal_stamp", "change_journal", ["stamp"])


def downgrade() -> None:
    op.drop_index("ix_change_journal_stamp", table_name="change_journal")
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "change_journal",
            "stamp",
            type_=sa.String(64),
            existing_type=sa.String(64, collation="C"),
            existing_nullable=True,
        )
