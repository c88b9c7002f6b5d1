"""the information notice and the legal basis per purpose, recorded per worker

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 04:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_record",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=True),
        sa.Column("basis", sa.String(length=40), nullable=True),
        sa.Column("notice_version", sa.String(length=20), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_privacy_record_worker_id", "privacy_record", ["worker_id"])


def downgrade() -> None:
    op.drop_index("ix_privacy_record_worker_id", table_name="privacy_record")
    op.drop_table("privacy_record")
