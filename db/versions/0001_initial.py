"""initial store

Revision ID: 0001
Revises:
Created: 2026-11-22 00:22:15.900221
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Uuid(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_journal")),
    )
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.create_index("ix_change_journal_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "operator",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operator")),
    )
    op.create_table(
        "organization",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("vat_number", sa.String(length=16), nullable=True),
        sa.Column("municipality", sa.String(length=80), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("name_key", name=op.f("uq_organization_name_key")),
    )
    store_meta = op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    # Each store is a site: synchronisation and case numbers tell stores apart by it.
    op.bulk_insert(store_meta, [{"key": "site_id", "value": str(uuid.uuid4())}])
    op.create_table(
        "social_point",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.Column("municipality", sa.String(length=80), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("opening_hours", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_social_point_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_point")),
        sa.UniqueConstraint("code", name=op.f("uq_social_point_code")),
    )
    with op.batch_alter_table("social_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_point_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "worker",
        sa.Column("codice_fiscale", sa.String(length=16), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "sort_key",
            sa.String(length=240).with_variant(sa.String(length=240, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place_code", sa.String(length=4), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.Column("social_point_id", sa.Uuid(), nullable=True),
        sa.Column("work_site", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("municipality", sa.String(length=80), nullable=True),
        sa.Column("pregnancy_due_date", sa.Date(), nullable=True),
        sa.Column("disadvantaged", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_worker_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["social_point_id"],
            ["social_point.id"],
            name=op.f("fk_worker_social_point_id_social_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker")),
        sa.UniqueConstraint("codice_fiscale", name=op.f("uq_worker_codice_fiscale")),
        sa.UniqueConstraint("sort_key", name=op.f("uq_worker_sort_key")),
    )
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worker_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_worker_social_point_id"), ["social_point_id"], unique=False
        )

    op.create_table(
        "household_member",
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("codice_fiscale", sa.String(length=16), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("disability", sa.String(length=10), nullable=False),
        sa.Column("dependent", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
            name=op.f("fk_household_member_worker_id_worker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
        sa.UniqueConstraint(
            "worker_id", "codice_fiscale", name=op.f("uq_household_member_worker_id")
        ),
    )
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_member_worker_id"), ["worker_id"], unique=False
        )

    op.create_table(
        "worker_search_token",
        sa.Column(
            "token",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "sort_key",
            sa.String(length=240).with_variant(sa.String(length=240, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
            name=op.f("fk_worker_search_token_worker_id_worker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "token", "sort_key", "worker_id", name=op.f("pk_worker_search_token")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("worker_search_token", schema=None) as batch_op:
        batch_op.create_index("ix_worker_search_token_worker", ["worker_id", "token"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # Typed prefixes are narrow ranges: a fine histogram keeps the search's plans right.
        op.execute("ALTER TABLE worker_search_token ALTER COLUMN token SET STATISTICS 1000")


def downgrade() -> None:
    with op.batch_alter_table("worker_search_token", schema=None) as batch_op:
        batch_op.drop_index("ix_worker_search_token_worker")

    op.drop_table("worker_search_token")
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_member_worker_id"))

    op.drop_table("household_member")
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_social_point_id"))
        batch_op.drop_index(batch_op.f("ix_worker_organization_id"))

    op.drop_table("worker")
    with op.batch_alter_table("social_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_point_organization_id"))

    op.drop_table("social_point")
    op.drop_table("store_meta")
    op.drop_table("organization")
    op.drop_table("operator")
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.drop_index("ix_change_journal_entity")

    op.drop_table("change_journal")
