"""needs taken on by a case's assessment

Revision ID: 0003
Revises: 0002
Created: 2026-11-22 02:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite adds a column with its foreign key only by rebuilding the table.
    with op.batch_alter_table("need") as batch:
        batch.add_column(sa.Column("case_id", sa.Uuid(), nullable=True))
        batch.create_index(batch.f("ix_need_case_id"), ["case_id"], unique=False)
        batch.create_foreign_key(
            batch.f("fk_need_case_id_case_file"),
            "case_file",
            ["case_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("need") as batch:
        batch.drop_constraint(batch.f("fk_need_case_id_case_file"), type_="foreignkey")
        batch.drop_index(batch.f("ix_need_case_id"))
        batch.drop_column("case_id")
