"""an index on the end of the L. 106/2025 leave, for the agenda's week of returns

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 01:05:00
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_worker_illness_leave_until", "worker", ["illness_leave_until"])


def downgrade() -> None:
    op.drop_index("ix_worker_illness_leave_until", table_name="worker")
