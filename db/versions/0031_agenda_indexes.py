"""the agenda's week read from indexes alone: each due action's goal, path and worker,
the paths' reviews by status and day, and the data subjects' open requests

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-05 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

# (name, table, columns before, columns after); None before: the index is new
CHANGED = (
    (
        "ix_worker_counted",
        "worker",
        ("id", "organization_id", "cell_key"),
        # a list's worker shown by name, and the manager's scope, without reading the row
        ("id", "organization_id", "cell_key", "social_point_id", "surname", "name"),
    ),
    (
        "ix_case_file_status",
        "case_file",
        ("status",),
        # the reviews due on open paths, with what the agenda lists of them
        ("status", "next_review", "number", "id", "worker_id", "owner_id", "social_point_id"),
    ),
    (
        "ix_case_file_agenda",
        "case_file",
        None,
        ("id", "status", "number", "worker_id", "owner_id", "social_point_id"),
    ),
    ("ix_goal_case_of", "goal", None, ("id", "case_id")),
    ("ix_subject_request_open", "subject_request", None, ("answered_on", "due_on")),
)


def _rebuild(after: bool) -> None:
    for name, table, before, now in CHANGED:
        if before is not None or not after:
            op.drop_index(name, table_name=table)
        columns = now if after else before
        if columns is not None:
            op.create_index(name, table, list(columns))
    bind = op.get_bind()
    for table in sorted({table for _name, table, _before, _after in CHANGED}):
        bind.execute(sa.text(f'ANALYZE "{table}"'))


def upgrade() -> None:
    _rebuild(after=True)


def downgrade() -> None:
    _rebuild(after=False)
