"""synchronisation with a hub (#20): the replica's outbox, the hub's numbering of its
changes in commit order, and the conflicts a merge leaves for a person to resolve

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-05 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("position", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.Uuid(), nullable=False, unique=True),
    )
    op.add_column("change_journal", sa.Column("hub_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_change_journal_hub_seq", "change_journal", ["hub_seq"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE change_journal_hub_seq")
        # what a server holds already is numbered in the order it was written
        op.execute(
            "UPDATE change_journal j SET hub_seq = n.seq FROM (SELECT id, "
            "row_number() OVER (ORDER BY at, stamp, id) AS seq FROM change_journal) n "
            "WHERE j.id = n.id"
        )
        op.execute(
            "SELECT setval('change_journal_hub_seq', "
            "(SELECT coalesce(max(hub_seq), 0) + 1 FROM change_journal), false)"
        )
        op.execute(
            "CREATE INDEX ix_change_journal_unnumbered ON change_journal (id) WHERE hub_seq IS NULL"
        )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("field", sa.String(60), nullable=True),
        sa.Column("kept", sa.JSON(), nullable=True),
        sa.Column("lost", sa.JSON(), nullable=True),
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("op_site", sa.String(40), nullable=True),
        sa.Column("op_by", sa.Uuid(), nullable=True),
        sa.Column("op_at", sa.DateTime(), nullable=True),
        sa.Column("incoming_kept", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflict"),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "created_at"])
    op.create_table(
        "sync_alias",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("target", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_alias"),
    )


def downgrade() -> None:
    op.drop_table("sync_alias")
    op.drop_index("ix_sync_conflict_open", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_change_journal_unnumbered")
        op.execute("DROP SEQUENCE change_journal_hub_seq")
    op.drop_index("ix_change_journal_hub_seq", table_name="change_journal")
    with op.batch_alter_table("change_journal") as batch:
        batch.drop_column("hub_seq")
    op.drop_table("sync_outbox")
