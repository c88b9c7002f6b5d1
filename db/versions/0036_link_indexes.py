"""links to a family member, a path's action, an enrollment or a need indexed: removing
one of those (a desk's own removal, or one synchronised from another desk) empties or
removes what names it without reading whole tables

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-05 00:00:00
"""

from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None

LINKS = (
    ("goal", "need_id"),
    ("enrollment", "member_id"),
    ("enrollment", "action_id"),
    ("voucher", "member_id"),
    ("voucher", "enrollment_id"),
    ("health_request", "member_id"),
    ("health_request", "action_id"),
    ("smart_working_request", "action_id"),
)


def upgrade() -> None:
    for table, column in LINKS:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(LINKS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
