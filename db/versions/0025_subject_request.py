"""a data subject's requests (artt. 15-22 GDPR), due in a month, three when extended

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subject_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("extended", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("extension_reason", sa.String(length=300), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_subject_request_worker_id", "subject_request", ["worker_id"])
    op.create_index("ix_subject_request_due_on", "subject_request", ["due_on"])


def downgrade() -> None:
    op.drop_index("ix_subject_request_due_on", table_name="subject_request")
    op.drop_index("ix_subject_request_worker_id", table_name="subject_request")
    op.drop_table("subject_request")
