"""indexes for what reports count by day: a quarter's contacts, needs, cases and
vouchers (issued and cancelled) read by range, not by scanning three years of them

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04 16:00:00
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_contact_at", "contact", "at"),
    ("ix_need_raised_on", "need", "raised_on"),
    ("ix_case_file_opened_on", "case_file", "opened_on"),
    ("ix_case_file_closed_on", "case_file", "closed_on"),
    ("ix_voucher_issued_on", "voucher", "issued_on"),
    ("ix_voucher_cancelled_on", "voucher", "cancelled_on"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column])


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
