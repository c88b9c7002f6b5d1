"""the social point where needs, case actions, enrollments, vouchers and requests were made

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

TABLES = (
    "need",
    "case_action",
    "enrollment",
    "voucher",
    "health_request",
    "smart_working_request",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("social_point_id", sa.Uuid(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_social_point_id_social_point"),
                "social_point",
                ["social_point_id"],
                ["id"],
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_social_point_id_social_point"), type_="foreignkey"
            )
            batch_op.drop_column("social_point_id")
