"""each counted record keeps its cell key in its row, so that the database counts a
quarter (a count and a sum of keys per cell) instead of Python keying every record

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05 00:00:00
"""

import hashlib
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

TABLES = (
    "worker",
    "household_member",
    "contact",
    "need",
    "case_file",
    "goal",
    "enrollment",
    "voucher",
    "ledger_entry",
    "health_request",
    "smart_working_request",
)
SECRET = "disclosure_secret"
# The days reports count by, indexed with what they count (revision 0028 indexed the day
# alone): a quarter read from the indexes, not from rows scattered over three years.
REPLACED = (
    ("ix_contact_at", "contact"),
    ("ix_need_raised_on", "need"),
    ("ix_case_file_opened_on", "case_file"),
    ("ix_case_file_closed_on", "case_file"),
    ("ix_goal_case_id", "goal"),
    ("ix_household_member_worker_id", "household_member"),
)
COUNTED = (
    ("ix_worker_counted", "worker", ("id", "organization_id", "cell_key")),
    (
        "ix_contact_counted",
        "contact",
        ("at", "worker_id", "channel", "social_point_id", "cell_key", "duration_minutes"),
    ),
    ("ix_need_counted", "need", ("raised_on", "worker_id", "kind", "cell_key")),
    ("ix_goal_counted", "goal", ("case_id", "outcome", "cell_key")),
    (
        "ix_household_member_counted",
        "household_member",
        ("worker_id", "relation", "birth_date", "entered_on", "disability"),
    ),
    ("ix_case_file_opened_counted", "case_file", ("opened_on", "worker_id", "cell_key")),
    (
        "ix_case_file_closed_counted",
        "case_file",
        ("closed_on", "worker_id", "closing_reason", "cell_key", "opened_on", "id"),
    ),
)


def _key(secret: bytes, record: bytes) -> int:
    # domain.disclosure.record_key as it stood at this revision: the keys of records
    # already counted stay the ones their printed cells were drawn from
    return int.from_bytes(hashlib.blake2b(record, key=secret[:64], digest_size=4).digest(), "big")


def upgrade() -> None:
    bind = op.get_bind()
    meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    found = bind.execute(sa.select(meta.c.value).where(meta.c.key == SECRET)).scalar()
    if not found:  # revision 0027 made one; a store emptied of it by hand gets it again
        found = secrets.token_hex(32)
        bind.execute(sa.delete(meta).where(meta.c.key == SECRET))
        op.bulk_insert(meta, [{"key": SECRET, "value": found}])
    secret = bytes.fromhex(found)
    for table in TABLES:
        op.add_column(table, sa.Column("cell_key", sa.BigInteger(), nullable=True))
    if bind.dialect.name == "postgresql":
        _fill_postgresql(bind, secret)
    else:
        _fill_sqlite(bind, secret)
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column("cell_key", existing_type=sa.BigInteger(), nullable=False)
    for name, table in REPLACED:
        op.drop_index(name, table_name=table)
    for name, table, columns in COUNTED:
        op.create_index(name, table, list(columns))
    # the planner told of the new indexes: without it SQLite keeps to the worker's own
    # index, a lookup of its row for every record counted
    for table in sorted({table for _name, table, _columns in COUNTED}):
        bind.execute(sa.text(f'ANALYZE "{table}"'))


def _fill_sqlite(bind: sa.Connection, secret: bytes) -> None:
    driver = bind.connection.dbapi_connection
    assert driver is not None
    driver.create_function(  # type: ignore[attr-defined]
        "welfare_cell_key", 1, lambda text: _key(secret, bytes.fromhex(text)), deterministic=True
    )
    for table in TABLES:
        bind.execute(sa.text(f'UPDATE "{table}" SET cell_key = welfare_cell_key(id)'))


def _fill_postgresql(bind: sa.Connection, secret: bytes) -> None:
    bind.execute(sa.text("CREATE TEMPORARY TABLE cell_keys (id uuid, cell_key bigint)"))
    driver = bind.connection.dbapi_connection
    assert driver is not None
    for table in TABLES:
        ids = bind.execute(sa.text(f'SELECT id FROM "{table}"')).scalars().all()
        copying = "COPY cell_keys (id, cell_key) FROM STDIN"
        with driver.cursor() as cursor, cursor.copy(copying) as copy:  # type: ignore[attr-defined]
            for record in ids:
                copy.write_row((record, _key(secret, record.bytes)))
        bind.execute(
            sa.text(
                f'UPDATE "{table}" AS t SET cell_key = k.cell_key FROM cell_keys AS k '
                "WHERE k.id = t.id"
            )
        )
        bind.execute(sa.text("TRUNCATE cell_keys"))
    bind.execute(sa.text("DROP TABLE cell_keys"))


def downgrade() -> None:
    for name, table, _columns in COUNTED:
        op.drop_index(name, table_name=table)
    for name, table in REPLACED:
        op.create_index(name, table, [name.removeprefix(f"ix_{table}_")])
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("cell_key")
