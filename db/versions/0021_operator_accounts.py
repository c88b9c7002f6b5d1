"""operators who sign in: a login, an argon2id password hash, the lockout's counters, and
the employers and social points a welfare manager is assigned

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04 03:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operator") as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("password_changed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint("uq_operator_login", ["login"])
    op.create_table(
        "operator_scope",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("operator_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=True),
        sa.Column("social_point_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"]),
        sa.ForeignKeyConstraint(["social_point_id"], ["social_point.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_operator_scope_operator_id", "operator_scope", ["operator_id"])


def downgrade() -> None:
    op.drop_index("ix_operator_scope_operator_id", table_name="operator_scope")
    op.drop_table("operator_scope")
    with op.batch_alter_table("operator") as batch_op:
        batch_op.drop_constraint("uq_operator_login", type_="unique")
        for column in (
            "locked_until",
            "failed_attempts",
            "disabled",
            "password_changed_at",
            "password_hash",
            "login",
        ):
            batch_op.drop_column(column)
