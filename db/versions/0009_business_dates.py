"""business dates are data, apart from when a row was written

A need's day, a ledger movement's day, the day a request came in and the day a report
was issued become columns of their own; reports count by them instead of by the
technical stamps (naive UTC), which were read as dates before. Rows already stored get
the day their stamp falls on in Rome; a need raised in a contact gets the contact's day.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:30:00
"""

from collections import defaultdict
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ROME = ZoneInfo("Europe/Rome")
CHUNK = 500


def _rome_day(stamp: datetime) -> date:
    return stamp.replace(tzinfo=UTC).astimezone(ROME).date()


def _fill(table: str, column: str, days: dict[object, date]) -> None:
    """Sets column to each row's day, one statement per day and chunk of ids."""
    by_day: dict[date, list[object]] = defaultdict(list)
    for row_id, day in days.items():
        by_day[day].append(row_id)
    target = sa.table(table, sa.column("id", sa.Uuid()), sa.column(column, sa.Date()))
    connection = op.get_bind()
    for day, ids in by_day.items():
        for start in range(0, len(ids), CHUNK):
            connection.execute(
                target.update().where(target.c.id.in_(ids[start : start + CHUNK])),
                {column: day},
            )


def _stamped(table: str, stamp: str = "created_at") -> dict[object, date]:
    source = sa.table(table, sa.column("id", sa.Uuid()), sa.column(stamp, sa.DateTime()))
    rows = op.get_bind().execute(sa.select(source.c.id, source.c[stamp]))
    return {row_id: _rome_day(at) for row_id, at in rows}


def _add_and_fill(table: str, column: str, days: dict[object, date]) -> None:
    with op.batch_alter_table(table) as batch_op:
        batch_op.add_column(sa.Column(column, sa.Date(), nullable=True))
    _fill(table, column, days)
    with op.batch_alter_table(table) as batch_op:
        batch_op.alter_column(column, existing_type=sa.Date(), nullable=False)


def upgrade() -> None:
    need = sa.table(
        "need",
        sa.column("id", sa.Uuid()),
        sa.column("contact_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime()),
    )
    contact = sa.table("contact", sa.column("id", sa.Uuid()), sa.column("at", sa.DateTime()))
    rows = op.get_bind().execute(
        sa.select(need.c.id, need.c.created_at, contact.c.at).select_from(
            need.outerjoin(contact, contact.c.id == need.c.contact_id)
        )
    )
    # A contact's time is already Rome wall time; a need without one has only its stamp.
    raised = {i: met.date() if met is not None else _rome_day(at) for i, at, met in rows}
    _add_and_fill("need", "raised_on", raised)

    for table in ("health_request", "smart_working_request"):
        _add_and_fill(table, "received_on", _stamped(table))
    _add_and_fill("issued_report", "issued_on", _stamped("issued_report"))

    _add_and_fill("ledger_entry", "booked_on", _stamped("ledger_entry", "at"))
    with op.batch_alter_table("ledger_entry") as batch_op:
        batch_op.drop_index("ix_ledger_entry_budget")
        batch_op.drop_column("at")
        batch_op.create_index("ix_ledger_entry_budget", ["budget_id", "booked_on"])


def downgrade() -> None:
    with op.batch_alter_table("ledger_entry") as batch_op:
        batch_op.drop_index("ix_ledger_entry_budget")
        batch_op.add_column(sa.Column("at", sa.DateTime(), nullable=True))
    op.execute("UPDATE ledger_entry SET at = created_at")
    with op.batch_alter_table("ledger_entry") as batch_op:
        batch_op.alter_column("at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_column("booked_on")
        batch_op.create_index("ix_ledger_entry_budget", ["budget_id", "at"])
    with op.batch_alter_table("issued_report") as batch_op:
        batch_op.drop_column("issued_on")
    for table in ("health_request", "smart_working_request"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("received_on")
    with op.batch_alter_table("need") as batch_op:
        batch_op.drop_column("raised_on")
