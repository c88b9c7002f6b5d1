"""the agenda's index covers what it reads of an action

Revision ID: 0004
Revises: 0003
Created: 2026-11-22 03:40:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_case_action_due", table_name="case_action")
    op.create_index("ix_case_action_due", "case_action", ["status", "due_date", "goal_id", "title"])


def downgrade() -> None:
    op.drop_index("ix_case_action_due", table_name="case_action")
    op.create_index("ix_case_action_due", "case_action", ["status", "due_date"])
